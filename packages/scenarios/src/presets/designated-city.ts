import type { ScenarioInput } from '../schema/index.ts';
import { municipalLeakCauses, municipalLeakTotal } from './municipal-leak-causes.ts';
import { applicationPackages, hostingMisconfigurations, maintenanceWindows } from './operations-hazards.ts';
import { hokkaido } from './hokkaido.ts';
import { nationalDefaults as national } from './national-defaults.ts';
import { closedLine, dailyBackupInterval, dataCentreBuilding, dataCentreOperations, hallFacilityOutageHours, hallReplacementHours, hostingCosts as presetHostingCosts, maintenanceResponseHours, placeAll, service, standardRtoHours, welfareRtoHours } from './preset-builders.ts';
import { weeklyOffsiteInterval } from './preset-builders.ts';
import { cityLineMedianIntensity, hallFacilityOutageAnnualRate, smallVendorExitAnnualRate } from './preset-builders.ts';
import { extraCopy, secondRoute } from './measures.ts';
import { communityCloudSaving, hostingCostFactor, insiderMisuse, staffShortage, standardisationMigration, vendorEngineerHourlyCost } from './people-and-costs.ts';
import { dataCentreFire, hallFire, typhoons } from './wind-and-fire.ts';
import { careApplications, careApplicationsOnline, childAllowanceFilings, familyRegisterNotifications, familyRegisterNotificationsOnline, publicAssistanceApplications, publicAssistanceApplicationsOnline, disasterCertificatesBaseline, residentOnlineTaxFilings, residentTaxConsultations, welfareSurgeOnlineShare, welfareSurgeStartAfterDays } from './service-rates.ts';
import { siteAndGroundSources } from './site-and-ground-sources.ts';
import { disasterTravelMultiplier, drillAssemblyHours, evacuationSupportShare, listedResidentContacts, residentTaxpayers, vendorRepairHours, welfarePersons, websiteFormPersons } from './people-sources.ts';

const evacuationSupport = evacuationSupportShare(0.262, '[hokkaido-ageing-2018] 札幌 26.2%');

type Input = ScenarioInput;
type SystemInput = Input['systems'][number];
type BackupInput = NonNullable<SystemInput['backups']>[number];
type LinkInput = NonNullable<Input['links']>[number];
type SiteInput = Input['sites'][number];

// One belief, one source string: every number that is the population cites it the same way.
const POPULATION_SOURCE = '[sapporo-census-2015] 札幌 1,953,784 residents in 2015: a 札幌-sized city of about 2,000,000';

/**
 * Running cost of one system by hosting kind, from its share of the city's standalone budget of about
 * 70億円 a year (about 3,500円 per resident; [soumu-it-cost-2018] gives 3,742円 on average). Every other kind starts from the same cost (a joint-cloud figure is
 * the whole shared cost at standalone price for 4 members); `costs.hostingCostFactor` carries what is
 * not known precisely: the government cloud after migration, housing, and the saving from sharing (the
 * national survey's groups, whose shared clouds were cheapest in every size band).
 */
const hostingCosts = (onpremYen: number): SystemInput['annualCostYen'] =>
  presetHostingCosts(onpremYen, 'assumption: this system\'s share of the 70億円/年 standalone IT budget (about 3,500円 per resident; [soumu-it-cost-2018] 3,742円 on average); today\'s operating cost, the same base for housing and the government cloud (what each adds or saves, and the change after migration, is in costs.hostingCostFactor)', {
    housing: { factor: 1 },
    'community-cloud': { factor: 4, source: 'assumption: the whole shared cost at standalone price, 4 members; the group\'s saving is in costs.hostingCostFactor' },
    'public-cloud': { factor: 1 },
  });

const hardwareFailureAnnualRate = {
  value: 0.03,
  source:
    'assumption: about 3% a year, a server incident causing an unplanned outage of a non-clustered system; [ddia-2e-hardware-faults] memory alone crashes more than 1% of machines a year even with ECC, and power supplies and RAID controllers fail too (less often than disks, no rate given), so 1% is a floor; no per-server rate of all causes was read',
};
const coreRestoreHours = { lognormal90: [8, 72], source: 'assumption: restore and verify a city-sized database, one to several working days; [ota-city-2023-ssd-failure] a ward that lost its platform\'s data had its core systems back in about two days and the rest in five, rebuild and restore together (the split is not published)' } satisfies SystemInput['restoreHours'];
const smallRestoreHours = { lognormal90: [4, 24], source: 'assumption: restore a departmental server from disk' } satisfies SystemInput['restoreHours'];
/** A vendor engineer's trip across 札幌 by car, from city businesses' trips to the city hall. */
const acrossCityTravelHours = {
  value: 0.6,
  source:
    '[graffer-sapporo-online-notice] 札幌 city staff: a business filing at the counter spent 30 min to 2 h on the round trip to the city hall (businesses outside the city more): one way 15–60 min, (15 + 60) ÷ 2 ≈ 37 min ≈ 0.6 h',
};
const nationalNoRto = '[soumu-ict-bcp] no national target recovery time outside the 20 standardised businesses: each city sets its own';

/**
 * The generators of the city's hall and of its own data centre: a large body's equipment meets the
 * national 72-hour target as the prefectures' does, and fails when called on as standby generators did
 * in the 2011 earthquake.
 */
const cityGeneratorHours = {
  value: 72,
  source: '[fdma-72h-2018] the national target is 72 h without outside fuel; [fdma-generator-2018] all 47 prefectures have a generator and 41 (87.2%) run it 72 h or more (municipalities 39.3%): a designated city\'s generator is taken at the target the large bodies meet',
} satisfies SiteInput['generatorHours'];
const cityGeneratorFailure = {
  value: 0.05,
  source: '[nega-generators-2011] 233 of 4,811 standby generators where the 2011 earthquake reached 6 or more did not start or stopped: 233 / 4,811 ≈ 0.048 ≈ 0.05 for a generator called on; [fdma-generator-2018] all prefectures have one, and the city\'s hall is equipped as they are',
} satisfies SiteInput['generatorFailureProbability'];

const nightly = dailyBackupInterval;
const dailyInMainDc = { site: 'main-dc', intervalHours: nightly, offline: false } satisfies BackupInput;
const dailyToBackupDc = {
  site: 'backup-dc',
  intervalHours: dailyBackupInterval,
  offline: false,
} satisfies BackupInput;
const weeklyOfflineAtBackupDc = {
  site: 'backup-dc',
  intervalHours: weeklyOffsiteInterval,
  offline: true,
} satisfies BackupInput;
const dailyAtHousing = { site: 'housing-dc', intervalHours: nightly, offline: false } satisfies BackupInput;
const dailyAtCommunityCloud = { site: 'community-cloud-dc', intervalHours: nightly, offline: false } satisfies BackupInput;
const dailySnapshotInGovCloud = {
  site: 'gov-cloud',
  intervalHours: dailyBackupInterval,
  offline: false,
} satisfies BackupInput;
const coreBackups = [dailyInMainDc, dailyToBackupDc, weeklyOfflineAtBackupDc];
const otherBackups = [dailyInMainDc, dailyToBackupDc];

// Written with the preset's own key order (defaults first), which `presets show` prints.
const dataCentre = (extra: Pick<SiteInput, 'id' | 'name' | 'kind' | 'location' | 'groundElevationM' | 'recoveredBy' | 'annualCostYen'> & Partial<SiteInput>): SiteInput => ({
  coastal: false,
  ...dataCentreBuilding,
  powerRegion: 'hokkaido',
  ...dataCentreOperations,
  ...extra,
});

/** A line from the city hall, mostly underground. */
const line = (id: string, to: string[], routes: { value: number; source: string }, annualCostYenPerRoute: { value: number; source: string }): LinkInput =>
  closedLine({
    id,
    from: 'city-hall',
    to,
    routes,
    quakeFragility: {
      medianJmaIntensity: cityLineMedianIntensity,
      beta: { value: 0.5, source: 'assumption: wide spread, cuts depend on the route' },
    },
    overLgwan: false,
    annualCostYenPerRoute,
  });
const dualHomed = { value: 2, source: 'assumption: a city dual-homes its data-centre lines' };
const cityRoute = { value: 3600000, source: 'assumption: about 30万円 a month per high-bandwidth closed route' };

const system = (
  id: string,
  name: { ja: string; en: string },
  segment: SystemInput['segment'],
  fields: Pick<SystemInput, 'critical' | 'rtoHours' | 'persons' | 'dataClasses'> & Partial<SystemInput>,
  onpremYen: number,
): SystemInput => ({
  id,
  name,
  segment,
  site: 'main-dc',
  vendor: 'major-sier',
  hardwareFailureAnnualRate,
  restoreHours: coreRestoreHours,
  backups: coreBackups,
  annualCostYen: hostingCosts(onpremYen),
  ...fields,
});

/** The core systems the variants move: the 基幹業務 on the My Number segment. */
const CORE = [
  'resident-registry',
  'family-register',
  'residential-tax',
  'property-tax',
  'national-health-insurance',
  'long-term-care',
  'welfare',
  'public-assistance',
  'child-allowance',
  'health-management',
] as const;
type VariantSystems = NonNullable<NonNullable<Input['variants']>[string]['systems']>;
const moveCore = (placement: VariantSystems[string]): VariantSystems => placeAll(CORE, placement);

/** The copies every variant keeps in the city's backup data centre (see `variants`). */
const backupDcCopies = [extraCopy(CORE, dailyToBackupDc), extraCopy(CORE, weeklyOfflineAtBackupDc)];

/**
 * 仮想市: a virtual 政令指定都市 of 2,000,000 modelled on 札幌 — heavy snow, a digital bureau of about 200
 * IT staff, fourteen systems in the city's own data centre with a backup data centre in 旭川, ward offices
 * as alternate offices — and the same four hosting options as the small town. Every number names its
 * source or says why it is an assumption.
 *
 * @example
 * const scenario = scenarioSchema.parse(designatedCity);
 * resolveVariant(scenario, 'public-cloud').systems[0].site; // 'gov-cloud'
 */
export const designatedCity: ScenarioInput = {
  name: '仮想市',
  startDate: '2027-04-01',
  description:
    'A virtual designated city (政令指定都市) of about 2,000,000 residents in wards, modelled on 札幌: a digital bureau of about 200 IT staff, systems in the city\'s own data centre with nightly and weekly copies in a backup data centre in 旭川, compared with a commercial housing data centre in 石狩, a 4-member community cloud and the government cloud in Tokyo.',
  municipality: {
    population: { value: 2000000, source: POPULATION_SOURCE },
    households: { value: 940000, source: '[sapporo-census-2015] 2.13 persons a household in 札幌 (2015): about 940,000 for 2,000,000' },
    ageShares: {
      under15: { value: 0.101, source: '[sapporo-population-projection] 札幌 10.1% under 15 projected for 2020' },
      from15to64: { value: 0.637, source: '[sapporo-population-projection] [hokkaido-ageing-2018] the remainder, 1 − 0.101 − 0.262' },
      over65: { value: 0.262, source: '[hokkaido-ageing-2018] 札幌 26.2% aged 65 or over on the resident register of 2018-01-01, the latest count carried here; the share has been rising since' },
    },
    evacuationSupportShare: evacuationSupport,
    evacuationListPreSharedShare: { value: 0.4, source: '[cao-evacuation-list-2025] 40.1% of listed persons shared in normal times' },
    officeSite: 'city-hall',
    // 札幌市役所.
    location: { latitude: 43.062, longitude: 141.354 },
    coast: false,
  },
  bcp: {
    alternateOfficeSetupHours: {
      value: 24,
      source:
        'assumption: the ward offices (区役所) take over as alternate offices within a day, reaching the data centres over the city\'s own network; informed by one case where no hours were published ([kyodo-uto-hall-2016] after the 2016 foreshock 宇土市 moved its work into its annex on the hall\'s network and kept its counters running) and [asahi-kumamoto-halls-2016] a town without such a building (大津町) needed 4 days',
    },
    fuelResupplyAfterHours: {
      value: 48,
      source: 'assumption: a priority fuel-supply agreement delivering within 48 h ([fdma-72h-2018]: 消防庁 asks for one and a week of readiness)',
    },
  },
  people: {
    itStaff: {
      count: { value: 200, source: '[ict-bcp-sample-town] about one IT person per 10,000 residents: about 200 IT-related staff' },
      assembleHours: {
        workday: { value: 0.5, source: 'assumption: at work in the bureau' },
        night: drillAssemblyHours.cityNight,
        holiday: drillAssemblyHours.holiday,
      },
      disasterAvailabilityShare: {
        value: 0.7,
        source:
          '[ishikawa-staff-attendance-2025] a prefecture\'s staff after the 2024 Noto quake: 86–87% at work on working days, 37–40% on holidays; over a week of 5 working days and 2 days off, (5 × 86.5% + 2 × 38.7%) / 7 ≈ 73%, 0.7 taken',
      },
      disasterDutyHours: { value: 72, source: '[soumu-ict-bcp] the ICT-BCP 初動 period: about 72 h' },
      hourlyCostYen: {
        value: 3100,
        source: '[sapporo-koho-pay-2023] 札幌 paid 631万円 a staff member in FY2022 ÷ [sasaguri-work-hours] 38.75 h a week × 52 = 2,015 h: about 3,100円 (pay only, no employer contributions)',
      },
      overtimeMultiplier: national.overtimeMultiplier,
    },
    vendors: [
      {
        id: 'major-sier',
        name: { ja: '大手SIer（札幌支社）', en: 'Major systems integrator (Sapporo branch)' },
        location: { latitude: 43.068, longitude: 141.351 },
        engineers: { value: 60, source: 'assumption: the branch team assigned to the city\'s 基幹系' },
        travelHours: acrossCityTravelHours,
        disasterTravelMultiplier,
        townsServed: { value: 30, source: 'assumption: the branch\'s Hokkaido public-sector customers' },
        contract: 'premium',
        responseHours: maintenanceResponseHours,
        repairHours: vendorRepairHours,
        rebuildHours: { lognormal90: [24, 80], source: 'assumption: a clustered city system, 3–10 business days × 8 h (2–5 days for one host)' },
        hourlyCostYen: {
          value: 8700,
          source:
            '[nikkei-computer-se-rate-2003] an SE at Fujitsu or NEC about 150万円 a month ([itpro-itr-se-rate-2008] large vendors\' mid-level SEs 95万–190万円) ÷ [labour-standards-act] 40 h a week × 52 ÷ 12 ≈ 173 h a month: about 8,700円 an hour',
        },
        exitAnnualRate: { value: 0.005, source: 'assumption: a national SIer rarely withdraws; [vendor-withdrawal-toyokeizai] mid-size vendors did' },
        compromiseAnnualRate: { value: 0.002, source: national.sources.supplyChainCompromise },
        dataHeldShare: national.vendorExtractShare,
        otherTownAffectedProbability: {
          value: 0.14,
          source:
            '[cao-iburi-damage-2018] one case: the 2018 胆振東部 quake, which shook 札幌 to 6弱, reached 5弱 or more in 26 municipalities counting 札幌 once, of Hokkaido\'s 180 ([allgo-hokkaido-municipalities]), so 25 of the other 179: 25 ÷ 179 ≈ 0.14 for a customer elsewhere in Hokkaido (the island-wide blackout that followed is not counted)',
        },
      },
      {
        id: 'local-vendor',
        name: { ja: '地場ベンダー（札幌）', en: 'Local vendor (Sapporo)' },
        location: { latitude: 43.055, longitude: 141.34 },
        engineers: { value: 15, source: 'assumption: a local vendor\'s field team' },
        travelHours: acrossCityTravelHours,
        disasterTravelMultiplier,
        townsServed: { value: 20, source: 'assumption: groupware and web customers around 札幌' },
        contract: 'next-business-day',
        responseHours: maintenanceResponseHours,
        repairHours: vendorRepairHours,
        rebuildHours: { lognormal90: [8, 24], source: 'assumption: groupware, mail and web servers rebuild in 1–3 working days' },
        hourlyCostYen: vendorEngineerHourlyCost,
        exitAnnualRate: smallVendorExitAnnualRate,
        compromiseAnnualRate: { value: 0.002, source: national.sources.supplyChainCompromise },
        dataHeldShare: { value: 0.05, source: 'assumption: mail, shared files and web forms only' },
        otherTownAffectedProbability: {
          value: 0.86,
          source:
            '[cao-iburi-damage-2018] one case: in the 2018 胆振東部 quake 6 of the 7 other municipalities around 札幌 in the 石狩 subprefecture ([ishikari-subprefecture-municipalities] 6 cities, 1 town, 1 village) had 5弱 or more — 江別, 千歳, 恵庭, 北広島, 石狩 and 新篠津, not 当別: 6 ÷ 7 ≈ 0.86',
        },
      },
    ],
  },
  sites: [
    {
      id: 'city-hall',
      name: { ja: '市役所本庁舎', en: 'City hall' },
      kind: 'onprem',
      location: { latitude: 43.062, longitude: 141.354 },
      coastal: false,
      groundElevationM: { value: 17, source: '[jma-amedas-stations] the 札幌 observatory in central 札幌 (北2条西) stands at 17 m' },
      floorAboveGroundM: {
        value: 12,
        source: '[nikkei-xtech-floor-height-2009] an office storey is about 4 m: the network room three storeys up, above the public floors (the preset\'s picture of the high-rise hall), stands about 3 × 4 = 12 m above the ground',
      },
      generatorAboveGroundM: {
        value: 0,
        source:
          'the two older city halls whose generator was located in what was read both had it below ground: 熊谷\'s in the basement machine room, to move to the roof only with a later retrofit ([kumagaya-hall-generator-2015]), and 沼津\'s in the basement, its move put off for cost and space ([yamashita-numazu-generator-2015]): at or below ground level, 0 m (two cases; 札幌\'s own hall not read; [nhk-hiroshima-halls-2023] 7 of 19 Hiroshima halls had none or one at or below ground)',
      },
      lineEntryAboveGroundM: { value: 0, source: 'assumption: lines come in through the basement' },
      fragility: {
        medianJmaIntensity: siteAndGroundSources.retrofittedHighRiseHallMedian,
        beta: siteAndGroundSources.buildingFragilityBeta,
      },
      siteAmplification: { value: 1.8, source: 'assumption: alluvial fan, AVS30 ≈ 300 m/s → 10^(2.367 − 0.852·log10 300) (Fujimoto & Midorikawa 2006)' },
      generatorHours: cityGeneratorHours,
      generatorFailureProbability: cityGeneratorFailure,
      powerRegion: 'hokkaido',
      recoveredBy: 'major-sier',
      replacementHours: hallReplacementHours,
      facilityOutageAnnualRate: hallFacilityOutageAnnualRate,
      facilityOutageHours: hallFacilityOutageHours,
      annualCostYen: {
        value: 2179000000,
        source:
          '[fuji-budget-r8] one case: 富士市 budgets network 104,101, security 37,044 and office automation (terminals, copiers, finance and document systems, GIS and other internal tools) 509,662 of its 2,235,456千円 IT budget, the rest being the core systems it runs with 富士宮市: 650,807 ÷ 2,235,456 = 29.1% × the city\'s budget (2,000,000 residents × [soumu-it-cost-2018] 3,742円 a resident, the national average, = 74.8億円) ≈ 21.8億円 a year (was 16億円, assumed: the rest of the 70億円/年). The office systems counted apart here (groupware, mail, website, online applications) may sit partly in that share too',
      },
    },
    {
      id: 'main-dc',
      name: { ja: '市情報センター（自営データセンター）', en: 'City data centre (own)' },
      kind: 'onprem',
      location: { latitude: 43.045, longitude: 141.32 },
      coastal: false,
      groundElevationM: { value: 17, source: '[jma-amedas-stations] the 札幌 observatory in central 札幌 (北2条西) stands at 17 m' },
      floorAboveGroundM: siteAndGroundSources.dataCentreFirstFloorM,
      fragility: {
        medianJmaIntensity: siteAndGroundSources.retrofittedMidRiseMedian,
        beta: siteAndGroundSources.buildingFragilityBeta,
      },
      siteAmplification: { value: 1.8, source: 'assumption: alluvial fan, AVS30 ≈ 300 m/s' },
      generatorHours: cityGeneratorHours,
      generatorFailureProbability: cityGeneratorFailure,
      powerRegion: 'hokkaido',
      recoveredBy: 'major-sier',
      replacementHours: hallReplacementHours,
      facilityOutageAnnualRate: hallFacilityOutageAnnualRate,
      facilityOutageHours: hallFacilityOutageHours,
      annualCostYen: { value: 1200000000, source: 'assumption: building, power, cooling and the operations contract of the city data centre' },
    },
    dataCentre({
      id: 'backup-dc',
      name: { ja: 'バックアップ データセンター（旭川）', en: 'Backup data centre (Asahikawa)' },
      kind: 'housing',
      location: { latitude: 43.771, longitude: 142.365 },
      groundElevationM: { value: 110, source: '[kamikawa-survey-monument-asahikawa] 旭川 city hall, in the same basin, stands at 111.95 m: about 110 m' },
      recoveredBy: 'major-sier',
      annualCostYen: { value: 100000000, source: 'assumption: backup storage racks, replication lines and tape handling' },
    }),
    dataCentre({
      id: 'housing-dc',
      name: { ja: 'ハウジング データセンター（石狩）', en: 'Housing data centre (Ishikari)' },
      kind: 'housing',
      location: { latitude: 43.2, longitude: 141.35 },
      groundElevationM: { value: 5, source: '[jma-amedas-stations] the 石狩 station on the 石狩 plain (生振) stands at 5 m' },
      siteAmplification: { value: 1.8, source: 'assumption: alluvial plain, AVS30 ≈ 300 m/s' },
      recoveredBy: 'major-sier',
      annualCostYen: { value: 300000000, source: '[gov-cloud-pilot-cost-items] data-centre fees were 189.2 of 4,787.3 百万円 (3.95%) of the pilot bodies\' running cost as they were × 2,000,000 residents × [soumu-it-cost-2018] 3,742円 a resident (the national average) = 74.8億円 ≈ 3億円' },
    }),
    dataCentre({
      id: 'community-cloud-dc',
      name: { ja: '広域共同クラウド データセンター（北広島）', en: 'Joint regional cloud data centre (Kitahiroshima)' },
      kind: 'community-cloud',
      location: { latitude: 42.985, longitude: 141.563 },
      groundElevationM: { value: 30, source: '[jma-amedas-stations] the 恵庭島松 station, about 7 km south of the site at the same edge of the 石狩 lowland, stands at 30 m' },
      memberTowns: {
        value: 4,
        source:
          'four published shared-cloud groups of core systems: [gcc-tokyo-cloud-2022] 3 cities (立川, 三鷹, 日野), [tkc-ibaraki-cloud-2014] 4 (常陸大宮, 那珂, かすみがうら, 五霞), [sakai-hirosaki-cloud-2018] 4 at the start (弘前 with 大鰐, 田舎館, 西目屋), [jt-tokushima-cloud-2021] 4 towns: (3 + 4 + 4 + 4) ÷ 4 ≈ 3.75, 4 taken, the city and three neighbours ([soumu-it-cost-2018] groups of all sizes average about 6)',
      },
      recoveredBy: 'provider',
      annualCostYen: {
        value: 1200000000,
        source:
          '[gov-cloud-pilot-cost-items] data-centre fees were 189.2 of 4,787.3 百万円 (3.95%) of the pilot bodies\' running cost, shared clouds among them × 2,000,000 residents × [soumu-it-cost-2018] 3,742円 a resident (the national average) = 74.8億円 ≈ 3億円 a member, as at the housing centre, × the 4 members ≈ 12億円 for the group, of which the city pays its 3億円 (was 4億円, assumed)',
      },
    }),
    {
      ...national.govCloudTokyo,
      annualCostYen: { value: 200000000, source: 'assumption: ガバメントクラウド accounts, 運用管理補助 and connection for a city' },
    },
  ],
  links: [
    line('main-dc-line', ['main-dc'], dualHomed, {
      value: 900000,
      source:
        '[tokyo-sewer-fibre-lease] a public body leases cores of its own fibre at 134円 a metre a core a year: a pair of cores over the 3.35 km between the modelled city hall and data centre (straight line) ≈ 2 × 3,350 × 134 ≈ 90万円 a year, taken as what keeping one route of the city\'s own fibre costs',
    }),
    line('backup-dc-line', ['backup-dc'], { value: 1, source: 'assumption: one replication line; only backups live there' }, cityRoute),
    line('housing-line', ['housing-dc'], dualHomed, {
      value: 4100000,
      source:
        '[tokyo-sewer-fibre-lease] a public body leases cores of its fibre at 134円 a metre a core a year (Tokyo\'s tariff taken for 札幌): a pair of cores over the 15.35 km between the modelled city hall and the 石狩 data centre (straight line) ≈ 2 × 15,350 × 134 ≈ 411万円 a year per route',
    }),
    line('community-cloud-line', ['community-cloud-dc'], dualHomed, {
      value: 5100000,
      source:
        '[tokyo-sewer-fibre-lease] a public body leases cores of its fibre at 134円 a metre a core a year (Tokyo\'s tariff taken for 札幌): a pair of cores over the 19.0 km between the modelled city hall and the 北広島 data centre (straight line) ≈ 2 × 19,030 × 134 ≈ 510万円 a year per route',
    }),
    line('gov-cloud-line', ['gov-cloud'], { value: 1, source: 'assumption: one closed line to the government cloud' }, cityRoute),
  ],
  systems: [
    system('resident-registry', { ja: '住民記録', en: 'Resident registry' }, 'myNumber', {
      critical: true,
      rtoHours: standardRtoHours,
      persons: { value: 2000000, source: POPULATION_SOURCE },
      dataClasses: ['general', 'myNumber'],
    }, 600000000),
    system('family-register', { ja: '戸籍', en: 'Family register' }, 'myNumber', {
      critical: true,
      rtoHours: standardRtoHours,
      persons: { value: 2000000, source: 'assumption: persons with their 本籍 in the city, about as many as residents' },
      dataClasses: ['general', 'myNumber'],
    }, 200000000),
    system('residential-tax', { ja: '個人住民税', en: 'Residential tax' }, 'myNumber', {
      critical: false,
      rtoHours: standardRtoHours,
      persons: residentTaxpayers(2000000),
      dataClasses: ['general', 'financial', 'myNumber'],
    }, 600000000),
    system('property-tax', { ja: '固定資産税（家屋台帳）', en: 'Property tax (building register)' }, 'myNumber', {
      critical: false,
      rtoHours: standardRtoHours,
      persons: { value: 900000, source: 'assumption: owners of land and buildings, including non-residents' },
      dataClasses: ['general', 'financial', 'myNumber'],
    }, 400000000),
    system('national-health-insurance', { ja: '国民健康保険', en: 'National health insurance' }, 'myNumber', {
      critical: true,
      rtoHours: standardRtoHours,
      persons: { value: 371000, source: '[mhlw-nhi-finance-2023] 23.09 million people in 国民健康保険 (FY2023) ÷ [jcci-population-2023] 124.35 million residents (2023-10): 18.6% × 2,000,000 ≈ 371,000' },
      dataClasses: ['general', 'sensitive', 'myNumber'],
    }, 400000000),
    system('long-term-care', { ja: '介護保険', en: 'Long-term care insurance' }, 'myNumber', {
      critical: true,
      rtoHours: standardRtoHours,
      persons: { value: 524000, source: '[hokkaido-ageing-2018] 札幌 26.2% aged 65 or over × 2,000,000 ≈ 524,000: the 第1号被保険者' },
      dataClasses: ['general', 'sensitive', 'myNumber'],
    }, 400000000),
    system('welfare', { ja: '障害福祉（避難行動要支援者名簿）', en: 'Disability welfare (evacuation-support list)' }, 'myNumber', {
      critical: true,
      rtoHours: welfareRtoHours,
      persons: welfarePersons(2000000, evacuationSupport, false),
      dataClasses: ['general', 'sensitive', 'myNumber'],
      holdsEvacuationSupportList: true,
    }, 300000000),
    system('public-assistance', { ja: '生活保護', en: 'Public assistance' }, 'myNumber', {
      critical: true,
      rtoHours: standardRtoHours,
      persons: { value: 68000, source: '[sapporo-public-assistance-2010] 札幌 33.8 per 1,000 on public assistance in FY2010, the latest city figure carried here, × 2,000,000 ≈ 68,000' },
      dataClasses: ['general', 'sensitive', 'financial', 'myNumber'],
    }, 200000000),
    system('child-allowance', { ja: '児童手当', en: 'Child allowance' }, 'myNumber', {
      critical: false,
      rtoHours: standardRtoHours,
      persons: {
        value: 326000,
        source:
          '[sapporo-population-projection] 10.1% under 15 × 2,000,000 = 202,000 children, and one recipient per household with children: [nippon-households-children-2022] 49.3% of them have one child, 38.0% two, 12.7% three or more (counted as three), about 1.63 a household, so 202,000 ÷ 1.63 ≈ 124,000 parents; 202,000 + 124,000 = 326,000',
      },
      dataClasses: ['general', 'financial', 'myNumber'],
    }, 150000000),
    system('health-management', { ja: '健康管理（予防接種・健診）', en: 'Health management (vaccinations, check-ups)' }, 'myNumber', {
      critical: false,
      rtoHours: standardRtoHours,
      persons: {
        value: 1600000,
        source: '[nhk-covid-vaccination-2022] 79.9% of Japan\'s population had at least one COVID-19 dose by 2022-01-04, each recorded by the municipality that gave it: 79.9% × 2,000,000 ≈ 1,600,000 (check-ups without a dose not added: a lower bound)',
      },
      dataClasses: ['general', 'sensitive', 'myNumber'],
    }, 200000000),
    system('groupware', { ja: 'グループウェア・ファイルサーバ', en: 'Groupware and file server' }, 'lgwan', {
      critical: false,
      rtoHours: { value: 72, source: `assumption: staff fall back to phone and paper; ${nationalNoRto}` },
      persons: { value: 100000, source: 'assumption: residents in shared files of the bureaus and ten ward offices' },
      dataClasses: ['general'],
      vendor: 'local-vendor',
      restoreHours: smallRestoreHours,
      backups: otherBackups,
    }, 300000000),
    system('lgwan-mail', { ja: 'LGWANメール', en: 'LGWAN mail' }, 'lgwan', {
      critical: false,
      rtoHours: { value: 48, source: `assumption: notices from the prefecture and the state arrive by LGWAN mail; ${nationalNoRto}` },
      persons: { value: 20000, source: 'assumption: residents named in mail and attachments' },
      dataClasses: ['general'],
      vendor: 'local-vendor',
      requiresLgwan: true,
      restoreHours: smallRestoreHours,
      backups: otherBackups,
    }, 100000000),
    system('website', { ja: '市ホームページ', en: 'City website' }, 'internet', {
      critical: false,
      rtoHours: { value: 12, source: `assumption: disaster information must stay online; ${nationalNoRto}` },
      persons: websiteFormPersons(2000000),
      dataClasses: ['general'],
      vendor: 'local-vendor',
      restoreHours: smallRestoreHours,
      backups: otherBackups,
    }, 50000000),
    system('online-applications', { ja: '電子申請', en: 'Online applications' }, 'internet', {
      critical: false,
      rtoHours: { value: 48, source: `assumption: residents can fall back to the counter; ${nationalNoRto}` },
      persons: { value: 200000, source: 'assumption: residents who applied online in the retention period' },
      dataClasses: ['general'],
      vendor: 'local-vendor',
      restoreHours: smallRestoreHours,
      backups: otherBackups,
    }, 100000000),
  ],
  services: [
    service('certificates', { ja: '住民票・印鑑証明等', en: 'Residence and seal certificates' }, ['resident-registry'], {
      counter: { value: 1740, source: '[narashino-certificates-2017] about 2.0 certificates per resident-year, less [konbini-issuance-2024] about 0.26 per person at convenience stores nationally in FY2023: about 1,740' },
      online: { value: 260, source: '[konbini-issuance-2024] about 0.26 convenience-store certificates per person in FY2023, the national rate (a large city may use them more)' },
      // コンビニ交付 reaches J-LIS's 証明書交付センター over the LGWAN: the 2022-01-26 LGWAN outage stopped it
      // for about 4.5 h while counters went on (日経xTECH 2022-01-28, https://xtech.nikkei.com/atcl/nxt/news/18/12116/).
      networks: { online: ['lgwan'] },
      // Fiscal-year end and spring moves (assumption; the schema takes plain numbers here).
      monthlyMultipliers: { march: 1.6, april: 1.4 },
    }),
    service('family-register-counter', { ja: '戸籍届出', en: 'Family-register notifications' }, ['family-register'], {
      counter: familyRegisterNotifications,
      online: familyRegisterNotificationsOnline,
    }),
    service('tax-counter', { ja: '税務窓口（申告・税証明）', en: 'Tax counter (filing, tax certificates)' }, ['residential-tax'], {
      counter: residentTaxConsultations,
      online: residentOnlineTaxFilings,
      // The 申告 season, mid-February to mid-March (assumption).
      monthlyMultipliers: { february: 2, march: 2.5 },
    }),
    service('nhi-counter', { ja: '国保窓口', en: 'Health-insurance counter' }, ['national-health-insurance'], {
      counter: { value: 100, source: 'assumption: enrolments, withdrawals and cards for the insured, about 17% of residents ([sapporo-nhi-2025] 339,367 insured on average in FY2023 ÷ [sapporo-census-2015] 1,953,784 residents ≈ 17%); no count of the yearly enrolments and withdrawals was found' },
      online: { value: 30, source: 'assumption: マイナポータル applications' },
    }),
    service('care-counter', { ja: '介護保険窓口', en: 'Long-term care counter' }, ['long-term-care'], {
      counter: careApplications(0.262, '[hokkaido-ageing-2018] 札幌 26.2%'),
      online: careApplicationsOnline,
    }),
    service('welfare-consultation', { ja: '福祉相談', en: 'Welfare consultation' }, ['welfare'], {
      counter: { value: 80, source: 'assumption: disability and welfare consultations in the ward offices' },
      online: { value: 0, source: 'assumption: consultations are in person' },
      // After a 6弱 at the city hall, over 90 days (assumption; the schema takes plain numbers here).
      surge: {
        afterJmaIntensityAtLeast: 5.5,
        extraPer1000Residents: listedResidentContacts(evacuationSupport),
        startAfterDays: welfareSurgeStartAfterDays,
        overDays: 90,
        onlineShare: welfareSurgeOnlineShare,
      },
    }),
    service('public-assistance-counter', { ja: '生活保護窓口', en: 'Public-assistance counter' }, ['public-assistance'], {
      counter: publicAssistanceApplications,
      online: publicAssistanceApplicationsOnline,
    }),
    service('child-allowance-counter', { ja: '児童手当窓口', en: 'Child-allowance counter' }, ['child-allowance'], {
      counter: childAllowanceFilings.counter,
      online: childAllowanceFilings.online,
    }),
    service('health-services', { ja: '予防接種・健診予約', en: 'Vaccination and check-up bookings' }, ['health-management'], {
      counter: { value: 100, source: 'assumption: bookings and records at ward health centres' },
      online: { value: 200, source: 'assumption: online bookings' },
    }),
    service('online-applications', { ja: '電子申請', en: 'Online applications' }, ['online-applications'], {
      counter: { value: 0, source: 'assumption: an online-only channel' },
      online: {
        value: 88,
        source: '[nakano-online-applications-2022] a Tokyo ward\'s general-purpose online-application service took 30,507 applications in FY2022 ÷ [nakano-population-2020] 344,880 residents × 1,000 ≈ 88 (a city\'s own published count; FY2022 includes COVID-19 forms)',
      },
    }),
    service('disaster-certificates', { ja: '罹災証明書', en: 'Disaster-victim certificates' }, ['resident-registry', 'property-tax'], {
      counter: disasterCertificatesBaseline,
      online: { value: 0.1, source: 'assumption: a few online applications for small cases besides the counter figure, which counts every household' },
      // From 6強 at the city hall, over about 3 months ([kumamoto-risai-2016]; plain numbers in the schema).
      surge: {
        afterJmaIntensityAtLeast: 6,
        extraPer1000Residents: { value: 130, source: '[kumamoto-risai-2016] 熊本市: about 128 applications per 1,000 residents in 3 months' },
        startAfterDays: { value: 4, source: '[sapporo-risai-2018] 札幌 opened applications on day 4 in 2018' },
        overDays: 90,
        onlineShare: { value: 0.2, source: 'assumption: online applications with photos for minor damage' },
      },
    }),
  ],
  hazards: {
    earthquake: {
      regions: [
        hokkaido.ishikariRegion('city-hall', {
          value: 0.27,
          source: '[gsi-global-map-japan] measured on the map: 27% of the 80 km disc around 札幌 is sea (石狩湾, and the Pacific off 苫小牧); the city has no coast, so their tsunamis reach no site of it',
        }),
        hokkaido.kamikawaRegion('backup-dc'),
        national.kantoRegion,
      ],
      intensitySigma: siteAndGroundSources.intensitySigma,
      tsunamiMinMagnitude: { value: 6.5, source: '[jma-akita-tsunami-qa] tsunamis arise from about M6.5 (none reaches this inland city)' },
      blackoutJmaIntensityAtLeast: { value: 6, source: national.sources.blackoutIntensity },
      blackoutProbability: { value: 0.3, source: 'the share of the struck grid\'s customers that a strong quake blacked out, in the four quakes whose count and grid size were both read: all 2.95 million in Hokkaido in 2018 ([tokyo-sports-hokkaido-blackout-2018]), 1.00; 4.05 million at once in TEPCO\'s area in 2011 and 2.1 million in 2022 ([himasobi-tepco-blackouts-2022]) of its about 29 million metered customers ([tepco-pg-company-role]), 0.14 and 0.07; up to 476,600 after the 2016 Kumamoto main shock ([kkt-kumamoto-outage-2016]) of Kyushu Electric\'s 7.70 + 0.93 = 8.63 million customers ([kyuden-databook-2013]), 0.055: (1.00 + 0.14 + 0.07 + 0.055) / 4 ≈ 0.32 ≈ 0.3 (four quakes; in 2022 the 6強 shaking was in the neighbouring Tohoku grid, so without it (1.00 + 0.14 + 0.055) / 3 ≈ 0.40; a site is one customer)' },
      blackoutHours: national.hokkaidoBlackoutHours,
      regionalDisasterJmaIntensityAtLeast: {
        value: 5.5,
        source: '[niihama-quake-footing] a city goes to its highest footing (disaster headquarters, third staffing level) from 震度6弱; [jma-intensity-1996] 6弱 is instrumental intensity 5.5 to under 6.0 (the classes split at the half, 5弱 from 4.5)',
      },
      assemblyDelayMultiplier: { value: 2, source: '[nhk-noto-roads-2024] after the 2024 Noto earthquake trips took about twice the usual time on the reopened roads: ×2 (one quake, measured a week on; the first hours, before roads are cleared, may be slower)' },
    },
    heavySnow: {
      // December to February (calendar months).
      months: [12, 1, 2],
      annualRate: {
        value: 2.8,
        source:
          'days a year with 20 cm or more of new snow, from the JMA normals: 小樽, the neighbouring station to the west, 4.2 (帯広 2.1) ([narakanko-sapporo-heavy-snow-days]; 札幌\'s own row not read); 札幌 gets 479 cm of snow a year to 小樽\'s 556 cm, while the normal of the year\'s largest daily fall is about the same, 34 and 32 cm, and 113 + 137 + 116 = 366 cm of 札幌\'s falls in December–February, the months modelled ([narakanko-sapporo-otaru-snow]): 4.2 × 479 / 556 ≈ 3.6 days a year, × 366 / 479 ≈ 2.8 in those months (scaling by the snowfall, which the alike largest falls suggest does not overstate it; consecutive heavy days may make one storm). Such a day stops trains: [asahi-hokkaido-snow-jan12] 40 cm at 小金湯 in 札幌 and the 札幌–airport line stopped all day',
      },
      durationHours: {
        lognormal90: [12, 72],
        source:
          'the storms that stopped 札幌\'s trains and buses: a local overnight snow (50 cm at 北区太平) stopped the 小樽–ほしみ line until about 16:00 the next day ([fnn-sapporo-snow-jan22]), about half a day: the 5% point at 12 h; the record 60 cm of 5–6 February 2022 stopped every train at 札幌 station on the 7th, JR aiming to run again on the 8th ([nikkei-sapporo-snow-2022]), and after the record 38 cm in 12 h of a 25 January ([livedoor-sapporo-snow-jan25]) JR Hokkaido Bus ran none of its routes until the 26th and only some on the 27th ([fnn-sapporo-snow-jan27]): two to three days for the worst, the 95% point at 72 h',
      },
      powerOutageProbability: {
        value: 0.002,
        source:
          '[asahi-hokkaido-snow-jan12] a snow that piled banks taller than a person in 中央区 and stopped the 札幌–airport line all day left about 6,200 customers without power across Hokkaido, of the 2.95 million the grid serves ([tokyo-sports-hokkaido-blackout-2018]): 6,200 / 2,950,000 ≈ 0.002 (one storm; a site is one customer)',
      },
      powerOutageHours: {
        lognormal90: [7, 72],
        source:
          'the one Hokkaido snow outage whose restoration was followed hour by hour, the 2012 blizzard at 室蘭 and 登別 (the same utility): restoration began just after 10:00 on the first morning, about 6.5 h after the lines failed at about 03:40, and about 11,500 of the first 39,500 customers were back by 11:00 ([muromin-snow-outage-2012]): the 5% point at about 7 h; about 6,000 of the peak 56,000 ([mainichi-muroran-snow-outage-2012]) were still out on the night of the 29th, about 64 h on, and almost all back by 09:00 on the 30th, about 78 h ([asahi-hokkaido-snow-restored-2012]): the 95% point at about 72 h (one storm that felled a tower; the 6,200-customer 札幌 storm of [asahi-hokkaido-snow-jan12] gave no restoration times)',
      },
      lineCutProbability: { value: 0.02, source: 'assumption: aerial sections of the routes' },
      assemblyDelayMultiplier: {
        value: 3,
        source:
          'trips across 札幌 in heavy snow: a 10-minute bus commute took 40 minutes on a blizzard morning with the trains stopped ([ntv-sapporo-blizzard-21]), ×4, and a 20-minute drive about 40 minutes the day buses ran again after a record snow ([fnn-sapporo-snow-jan27]), ×2: the mean of the two readings, (4 + 2) / 2 = 3',
      },
    },
    power: hokkaido.gridOutages,
    lgwan: national.lgwan,
    staffShortage: staffShortage({
      value: 0.2,
      source:
        '[sec-clinic-workplace-influenza-2020] of 200 workers, those whose workplace had an influenza outbreak (77%) saw a tenth or less of it catch it (43%), about a fifth (19%), 3 in 10 (8%), half (5%) or more (2%): taking each answer at its share (more than half as 0.7), each colleague of a sick member catches it with p = (0.1 × 43 + 0.2 × 19 + 0.3 × 8 + 0.5 × 5 + 0.7 × 2) / 77 ≈ 0.187; an outbreak among the city\'s 200 IT staff ([ict-bcp-sample-town]) takes the one who brings it and each of the other 199 with p: (1 + 199 × 0.187) / 200 ≈ 0.19 ≈ 0.2',
    }),
    riverFlood: {
      regions: [
        {
          // The 豊平川's planned-scale flood reaches the city hall shallowly. The maximum-assumed map
          // ([sapporo-hazard-map-2022]) was not read at the hall, nor at the city's data centre: neither
          // a deeper flood nor a flood of the data centre is given here (a GAP, not a finding).
          id: 'toyohira-planned',
          name: { ja: '豊平川 計画規模', en: 'Toyohira river, planned-scale rainfall' },
          annualRate: {
            value: 0.0067,
            source: '[shintotsukawa-hazard-map-2018] once in 150 years, the planned scale of the 石狩川 system\'s maps, taken for its tributary the 豊平川, whose map assumed 310 mm in three days ([hokkaido-np-sapporo-flood-2018])',
          },
          depthAboveGroundMBySite: {
            'city-hall': { uniform: [0.05, 0.5], source: '[hokkaido-np-sapporo-flood-2018] a breach near 幌平橋 floods the city centre between Susukino and Sapporo station under 0.5 m' },
          },
          recedeHours: { lognormal90: [6, 48], source: 'assumption: shallow water in the centre drains within hours to two days' },
          powerOutageHours: { lognormal90: [6, 48], source: 'assumption: feeders in the flooded centre switched off while the water is up; [aera-joso-hall-2021] two days at 常総 (deeper)' },
          lineRepairHours: { lognormal90: [48, 120], source: '[ntt-west-typhoon23-2004] the downpour of 20 October 2004 cut NTT West trunk cables, back after 2 and 5 days (two flooded telephone buildings after 4, the water\'s stay included): the span of 2–5 days taken as the 5–95% range of the repair' },
          buildingRestorationHours: {
            lognormal90: [336, 1440],
            source: '[mabi-branch-2018] 真備 branch: counters back on the floor above after about a month, all after about 40 days',
          },
          assemblyDelayMultiplier: { value: 1.5, source: 'assumption: flooded underpasses and roads in the centre; trains run' },
        },
      ],
    },
    // Typhoons over Sapporo's grid and over the government cloud's. City lines: Kansai's restoration tail.
    typhoon: typhoons(
      [
        { powerRegion: 'hokkaido', place: '札幌', latitudeDeg: 43.06 },
        { powerRegion: 'tokyo', place: 'Tokyo', latitudeDeg: 35.7 },
      ],
      {
        tail: 'kansai',
        powerOutageProbability: {
          value: 0.23,
          source:
            '[nhk-kansai-outages-2018] about 920,000 customers out in Osaka prefecture on the afternoon of the 2018 typhoon, of [osaka-households-2015] 3,921,923 households: 920,000 / 3,921,923 ≈ 0.23 ([asahi-kansai-outages-2018] 731,000 still out at 23:00; households stand in for customers)',
        },
        lineCutProbability: {
          value: 0.06,
          source:
            '[ntt-east-typhoon15-2019] 170,000 lines out at the peak of the 2019 Chiba typhoon (exchanges out of backup power; poles and cables down at about 1,300 places), of [chiba-households-2020] 2,792,826 households: 170,000 / 2,792,826 ≈ 0.06 (the one typhoon whose line outages were counted against a whole prefecture; households stand in for lines; [tepco-typhoon15-review-2020] about 2,000 poles damaged)',
        },
        buildingDamageProbability: {
          value: 0.0008,
          source:
            '[nhk-chiba-houses-2019-10-09] a month after the 2019 Chiba typhoon 198 houses were destroyed and 1,958 half-destroyed in the prefecture, of [chiba-households-2020] 2,792,826 households: (198 + 1,958) / 2,792,826 ≈ 0.0008 (one storm; houses stand in for the site\'s building — a reinforced-concrete 庁舎 or data centre fares better, while counting households rather than buildings makes the share smaller)',
        },
      },
    ),
    // The city hall keeps the network room and the offices; the city's own data centre and the others
    // are data centres. The government cloud is left out: a fire in a zone is one of its zone outages.
    fire: {
      sites: [
        hallFire('city-hall', {
          value: 0.02,
          source:
            'the one hall fire found burnt about 800 m² ([saitama-np-shiraoka-fire-2025], a hall without sprinklers); 札幌\'s 19-storey hall has 42,216 m² ([bb-building-sapporo-city-hall]): a fire of that size reaches the network room with probability 800 / 42,216 ≈ 0.019 ≈ 0.02 (the room taken as anywhere in the hall; sprinklers would make it rarer)',
        }),
        dataCentreFire('main-dc'),
        dataCentreFire('backup-dc'),
        dataCentreFire('housing-dc'),
        dataCentreFire('community-cloud-dc'),
      ],
    },
    applicationFailures: applicationPackages({
      core: [...CORE],
      certificateSystem: 'resident-registry',
      batchFailureAnnualRate: { value: 2, source: 'assumption: a city runs more night batches than a town; one fails about twice a year (no count found)' },
    }),
    maintenance: maintenanceWindows({ lognormal90: [10000000, 50000000], source: 'assumption: the vendor\'s migration and testing of one city system on new servers, 1,000万–5,000万円' }, {
      // The city's own data centre rides through its electrical inspection on UPS and generator.
      powerOffInspection: false,
    }),
  },
  threats: {
    ransomware: {
      annualRate: { value: 0.004, source: 'assumption: twice the small town\'s 2e-3 for a larger attack surface' },
      entrySegments: ['internet'],
      crossSegmentProbability: hokkaido.crossSegmentProbability,
      encryptProbability: {
        onprem: national.ransomwareEncryptTownRunProbability,
        housing: national.ransomwareEncryptTownRunProbability,
        'community-cloud': { value: 0.2, source: 'assumption: run and monitored by the provider ([soumu-jichitai-cloud-promotion]: central monitoring)' },
        'public-cloud': { value: 0.1, source: 'assumption: provider-run platform with separate administration' },
      },
      dataTheftProbability: national.ransomwareDataTheftProbability,
      containmentHours: national.ransomwareContainmentHours,
      rebuildWithoutBackupHours: { lognormal90: [720, 4380], source: 'assumption: rebuilding city-scale records without a backup takes 1–6 months' },
    },
    leaks: [
      ...municipalLeakCauses(municipalLeakTotal(2_000_000)),
      ...hostingMisconfigurations(
        {
          'public-cloud': { value: 0.05, source: 'assumption: an open storage bucket or share once in 20 years across many cloud workloads' },
          onprem: {
            value: 0.1,
            source: 'assumption: twice the government cloud\'s 0.05 — hundreds of servers in the city\'s own rooms, shares and firewall rules changed by hand every week; the city\'s SOC finds some but sets none',
          },
          housing: {
            value: 0.12,
            source: 'assumption: the same hand-set servers as on-premises, plus the remote-maintenance paths into the data centre',
          },
          'community-cloud': {
            value: 0.04,
            source: 'assumption: one operator\'s standard configuration for 4 cities under change control, on a closed network: fewer errors per city than hand-set servers, fewer exposed surfaces than public-cloud storage',
          },
        },
      ),
    ],
    insiderMisuse: insiderMisuse(
      2000000,
      { value: 0.05, source: 'assumption: records carried out by staff or a contractor once in 20 years in a city of many contractors; [amagasaki-usb-2023] a city\'s case' },
    ),
  },
  providers: {
    cloud: national.cloudOutages,
    sharedSiteRestoreHoursPerTown: national.sharedSiteRestoreHoursPerTown,
    vendorExit: {
      noticeMonths: { uniform: [12, 24], source: 'assumption: a large customer gets a longer notice' },
      migrationCostYenPerSystem: {
        lognormal90: [440000000, 2200000000],
        source:
          '[jp24h-standardisation-cost-2023] the 62 core cities expected 18.1億円 each for moving their systems to new standard packages (re-procurement, data conversion, tests), and [chukakushi-2024] they hold about 367,000 residents each: about 4,930円 a resident × 2,000,000 ÷ the city\'s 10 core systems ≈ 9.9億円 a system as the median, as for its housing migration; assumption: a factor of √5 either way (4.4億–22億円) as the 5–95% range',
      },
      cutoverOutageProbability: national.cutoverOutageProbability,
      cutoverOutageHours: national.cutoverOutageHours,
      conversionDefectProbability: national.conversionDefectProbability,
      conversionDefectPersonsShare: national.conversionDefectPersonsShare,
    },
  },
  costs: {
    notificationLetterYen: national.notificationLetterYen,
    callCentreYenPerDay: national.callCentreYenPerDay,
    callCentreDaysBase: national.callCentreDaysBase,
    callCentreDaysPer10000Persons: national.callCentreDaysPer10000Persons,
    callCentreFromPersons: national.callCentreFromPersons,
    forensicsYen: national.forensicsYen,
    forensicsYenPerServer: national.forensicsYenPerServer,
    pressConferenceYen: {
      value: 300000,
      source: '[daily-press-hall-2009] one case: a 300-seat hall hired for a three-hour press conference before over 500 reporters cost about 30万円 (green room extra): 300,000',
    },
    compensationYenPerPerson: national.compensationYenPerPerson,
    equipmentReplacementYenPerSystem: {
      value: 460000000,
      source: '[gov-cloud-pilot-cost-items] hardware lease was 821.6 of 4,787.3 百万円 (17.2%) of the pilot bodies\' five-year running cost × 5 years of 2,000,000 residents × [soumu-it-cost-2018] 3,742円 (the national average, 74.8億円/年) ÷ the city\'s 14 systems (terminals and network spread over them) ≈ 4.6億円',
    },
    staffHoursPerAction: {
      value: 24,
      source:
        '[sanin-izumo-web-leak-2025] one case: after publishing a 2,084-person leak the section answered enquiries on its own telephone 9:00–17:00 for three days, at least one person on the line: 3 × 8 = 24 h for that one action (a lower bound; letters and reports come on top)',
    },
    hostingCostFactor: hostingCostFactor(communityCloudSaving),
    scheduled: [
      standardisationMigration('2027-04-01', CORE, {
        // Housing forgoes the subsidy, so the city pays the whole migration itself.
        housing: {
          lognormal90: [440000000, 2200000000],
          source:
            '[jp24h-standardisation-cost-2023] the 62 core cities expected 18.1億円 each on average for the migration, and [chukakushi-2024] they hold 22.75 million residents (about 367,000 each): about 4,930円 a resident × 2,000,000 ≈ 98.7億円 ÷ the city\'s 10 core systems ≈ 9.9億円 a system as the median (the designated cities themselves put their costs at 3–16 times the subsidy cap); assumption: a factor of √5 either way (4.4億–22億円) as the 5–95% range, as the cost need not scale with residents',
        },
        community: [50000000, 250000000],
        publicCloud: {
          lognormal90: [124000000, 620000000],
          source:
            '[jp24h-standardisation-cost-2023] before the top-up the 62 core cities expected 18.1億円 of migration cost against an average cap of 3.4億円; [soumu-minister-subsidy-2023] the fund then grew from 1,825 to 6,988億円 (×3.83): a cap of 3.4 × 3.83 ≈ 13.0億円 leaves 18.1 − 13.0 = 5.1億円 (28% of the cost) to the city; 28% of the 9.9億円 a system costs it in full (as for housing, by [chukakushi-2024] residents) ≈ 2.8億円 a system as the median; assumption: the caps rose in proportion to the fund, and a factor of √5 either way as the 5–95% range (1.24億–6.2億円)',
        },
      }),
    ],
  },
  policy: 'jp-municipal',
  variants: {
    // Every option takes the same measures (issue 15: like for like): two routes on the line to its
    // hosting site, and the nightly and weekly offline copies in the city's backup data centre. The ward
    // offices are every option's alternate offices (bcp). Only where the systems run differs.
    onprem: {
      label: { ja: '現状：市の自営データセンター + 回線2経路・バックアップDCへの日次/週次オフライン複製', en: 'As is: the city\'s own data centre + two line routes, nightly and weekly offline copies at the backup data centre' },
      systems: moveCore({ backups: [dailyInMainDc] }),
      measures: [secondRoute('main-dc-line'), ...backupDcCopies],
    },
    housing: {
      label: { ja: 'ハウジング（石狩DC）+ 回線2経路・バックアップDCへの日次/週次オフライン複製', en: 'Housing in a commercial data centre (Ishikari) + two line routes, nightly and weekly offline copies at the backup data centre' },
      systems: {
        ...moveCore({ site: 'housing-dc', backups: [dailyAtHousing] }),
        groupware: { site: 'housing-dc', backups: [dailyAtHousing, dailyToBackupDc] },
      },
      measures: [secondRoute('housing-line'), ...backupDcCopies],
    },
    'community-cloud': {
      label: { ja: '広域共同クラウド（4市）+ 回線2経路・バックアップDCへの日次/週次オフライン複製', en: 'Joint cloud of 4 cities + two line routes, nightly and weekly offline copies at the backup data centre' },
      systems: moveCore({ site: 'community-cloud-dc', backups: [dailyAtCommunityCloud] }),
      measures: [secondRoute('community-cloud-line'), ...backupDcCopies],
    },
    'public-cloud': {
      label: { ja: 'ガバメントクラウド（マルチAZ）+ 回線2経路・バックアップDCへの日次/週次オフライン複製', en: 'Government cloud, multi-AZ + two line routes, nightly and weekly offline copies at the backup data centre' },
      systems: moveCore({ site: 'gov-cloud', deployment: 'multiAz', backups: [dailySnapshotInGovCloud] }),
      measures: [secondRoute('gov-cloud-line'), ...backupDcCopies],
    },
  },
};
