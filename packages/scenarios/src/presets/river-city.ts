import type { ScenarioInput } from '../schema/index.ts';
import { municipalLeakCauses, municipalLeakTotal } from './municipal-leak-causes.ts';
import { applicationPackages, hostingMisconfigurations, maintenanceWindows } from './operations-hazards.ts';
import { nationalDefaults as national } from './national-defaults.ts';
import { alternateOffice, extraCopy, secondRoute } from './measures.ts';
import { communityCloudSaving, hostingCostFactor, insiderMisuse, staffShortage, standardisationMigration, vendorEngineerHourlyCost } from './people-and-costs.ts';
import { dataCentreFire, hallFire, typhoons } from './wind-and-fire.ts';
import { careApplications, careApplicationsOnline, childAllowanceFilings, familyRegisterNotifications, familyRegisterNotificationsOnline, publicAssistanceApplications, publicAssistanceApplicationsOnline, disasterCertificatesBaseline, residentOnlineTaxFilings, residentTaxConsultations, welfareSurgeOnlineShare, welfareSurgeStartAfterDays } from './service-rates.ts';
import { closedLine, dailyBackupInterval, dataCentreBuilding, dataCentreOperations, hallFacilityOutageHours, hallReplacementHours, budgetLineCosts, hostingCosts as presetHostingCosts, maintenanceResponseHours, placeAll, service, standardRtoHours, terraceAmplification, welfareRtoHours } from './preset-builders.ts';
import { singleLineRoute, weeklyOffsiteInterval } from './preset-builders.ts';
import { vaultAnnualCostYen, vaultReplacementHours } from './preset-builders.ts';
import { hallFacilityOutageAnnualRate, smallVendorExitAnnualRate, townLineMedianIntensity } from './preset-builders.ts';
import { siteAndGroundSources } from './site-and-ground-sources.ts';
import { disasterTravelMultiplier, drillAssemblyHours, evacuationSupportShare, listedResidentContacts, residentTaxpayers, vendorRepairHours, welfarePersons, websiteFormPersons } from './people-sources.ts';

const evacuationSupport = evacuationSupportShare(35621 / 114803, '[census-2020-sano] 35,621 of 114,803');

type Input = ScenarioInput;
type SystemInput = Input['systems'][number];
type BackupInput = NonNullable<SystemInput['backups']>[number];
type SiteInput = Input['sites'][number];
type FloodRegion = NonNullable<Input['hazards']['riverFlood']>['regions'][number];

/** The city's IT budget: 3,096円 per resident (the 10–20万 band's figure) × 114,803 residents ≈ 3.55億円 a year. */
const budget = '[soumu-it-cost-2018] 3,096円 per resident a year in the 100,000–200,000 band × 114,803 ≈ 3.55億円';

/**
 * Running cost of one system by hosting kind, from its share of the city's standalone budget. Every
 * other kind starts from the same cost (a community-cloud figure is the whole shared cost at standalone
 * price for six cities, each paying 1/6); what each kind really costs is not known precisely, so
 * `costs.hostingCostFactor` carries it as a range: the government cloud after the standardisation
 * migration, housing, a group's saving.
 */
const hostingCosts = (onpremYen: number): SystemInput['annualCostYen'] =>
  presetHostingCosts(onpremYen, `assumption: this system's share of the budget (${budget}); today's operating cost, the same base for housing and the government cloud (what each adds or saves, and the change after migration, is in costs.hostingCostFactor)`, {
    housing: { factor: 1 },
    'community-cloud': { factor: 6, source: 'assumption: the whole shared cost at standalone price, 6 cities; the group\'s saving is in costs.hostingCostFactor' },
    'public-cloud': { factor: 1 },
  });

/**
 * The 戸籍 system's running cost, read from two cities' budgets rather than shared out of the total: it
 * runs apart from the package systems, and each city pays its own vendor for it.
 */
const familyRegisterCosts = budgetLineCosts(
  7450000,
  '[fuji-budget-r8] 富士市 budgets 7,205千円 a year to run its 戸籍 system; [satte-koseki-blog] 幸手市 paid 2,319,840 + 5,373,360 = 7,693,200円 (maintenance and use) in FY2014: two cities, (7,205,000 + 7,693,200) ÷ 2 ≈ 745万円 a year (was 2,000万円, assumed: a share of the budget); the same base for housing and the government cloud (what each adds or saves is in costs.hostingCostFactor)',
  '[fuji-budget-r8] [satte-koseki-blog] two cities\' 戸籍 systems at about 745万円 a year each × [soumu-it-cost-2018] 379 municipalities in 62 groups ≈ 6 members: the whole shared cost at standalone price ≈ 4,470万円; the group\'s saving is in costs.hostingCostFactor',
);

/**
 * The tax system's running cost, read from one city's contract rather than shared out of the total:
 * what 岡崎市 pays to build and keep its tax system for five years, per resident, at this city's size.
 */
const taxSystemCosts = budgetLineCosts(
  39310000,
  '[okazaki-toyohashi-tax-system-2013] one case: 岡崎市 pays 4億6,042.5万円 to build its tax system (市民税, 固定資産税, 軽自動車税 and the rest, 8 taxes) and 1億9,610.3万円 for five years\' upkeep, 6億5,652.8万円 in all: ÷ 5 years = 1億3,130.6万円 a year ÷ [okazaki-population-2016] 383,493 residents = 342円 a resident × 114,803 ≈ 3,931万円 a year (was 4,000万円, assumed: a share of the budget). The system is shared with 豊橋 at a data centre, so this is a low figure: the city put the same taxes on its own computers at about 16億円 over five years; the same base for housing and the government cloud (what each adds or saves is in costs.hostingCostFactor)',
  '[okazaki-toyohashi-tax-system-2013] [okazaki-population-2016] a tax system at about 3,931万円 a year for this city × [soumu-it-cost-2018] 379 municipalities in 62 groups ≈ 6 members: the whole shared cost at standalone price ≈ 2.36億円; the group\'s saving is in costs.hostingCostFactor',
);

/**
 * The website's running cost, read from a city of about the same size rather than shared out of the
 * total: what 貝塚市 spends on the policy whose one stated task is running its website.
 */
const websiteCosts = budgetLineCosts(
  20230000,
  '[kaizuka-website-policy-2013] one case: 貝塚市 (89,800 residents) spent 20,229千円 in FY2013 (19,430千円 in FY2012) on the policy whose stated task is running the city website and its mobile version: about 2,023万円 a year, taken as it is for a city of similar size (a website\'s cost follows its pages more than its residents) (was 500万円, assumed: a share of the budget); the same base for housing and the government cloud (what each adds or saves is in costs.hostingCostFactor)',
  '[kaizuka-website-policy-2013] a city website at about 2,023万円 a year × [soumu-it-cost-2018] 379 municipalities in 62 groups ≈ 6 members: the whole shared cost at standalone price ≈ 1.21億円; the group\'s saving is in costs.hostingCostFactor',
);

const hardwareFailureAnnualRate = { value: 0.03, source: 'assumption: a server incident causing an unplanned outage of a non-clustered system about once in 30 years; [ddia-2e-hardware-faults] memory alone crashes more than 1% of machines a year even with ECC, so 1% is a floor; no per-server rate of all causes was read' };
const coreRestoreHours = { lognormal90: [6, 48], source: 'assumption: restore and verify one package database of a city, most of a day to a few days; published totals of rebuild and restore together, [khb-higashimatsushima-server-fault] about 38.5 h and [ota-city-2023-ssd-failure] about two days for the core systems, do not split the two' } satisfies SystemInput['restoreHours'];
const smallRestoreHours = { lognormal90: [2, 12], source: 'assumption: restore one small server from disk' } satisfies SystemInput['restoreHours'];
const noNationalRto = 'no national default RTO outside the 20 standardised businesses; each city sets its own';

// Backups: nightly beside the servers (lost with the room), weekly tape to the vendor's vault on higher
// ground — what the city restores from after a flood of the server room or ransomware.
const nightly = dailyBackupInterval;

const dailyInServerRoom = { site: 'city-hall', intervalHours: nightly, offline: false } satisfies BackupInput;
const weeklyToVault = {
  site: 'vendor-vault',
  intervalHours: weeklyOffsiteInterval,
  offline: true,
} satisfies BackupInput;
const dailyAtHousing = { site: 'housing-dc', intervalHours: nightly, offline: false } satisfies BackupInput;
const dailyAtCommunityCloud = { site: 'community-cloud-dc', intervalHours: nightly, offline: false } satisfies BackupInput;
const dailyToSecondSite = {
  site: 'community-cloud-backup-dc',
  intervalHours: dailyBackupInterval,
  offline: false,
} satisfies BackupInput;
const dailySnapshotInGovCloud = {
  site: 'gov-cloud',
  intervalHours: dailyBackupInterval,
  offline: false,
} satisfies BackupInput;

type SystemFields = Pick<SystemInput, 'critical' | 'rtoHours' | 'persons' | 'dataClasses'> & Partial<Pick<SystemInput, 'holdsEvacuationSupportList' | 'requiresLgwan'>>;

/** A system in the city-hall server room, supported by `vendor`, keys in the schema's order. */
const cityHallSystem =
  (vendor: string, restoreHours: SystemInput['restoreHours'], backups: BackupInput[]) =>
  (id: string, name: { ja: string; en: string }, segment: SystemInput['segment'], fields: SystemFields, cost: number | SystemInput['annualCostYen']): SystemInput => ({
    id,
    name,
    segment,
    site: 'city-hall',
    critical: fields.critical,
    rtoHours: fields.rtoHours,
    persons: fields.persons,
    dataClasses: fields.dataClasses,
    ...(fields.holdsEvacuationSupportList === undefined ? {} : { holdsEvacuationSupportList: fields.holdsEvacuationSupportList }),
    vendor,
    ...(fields.requiresLgwan === undefined ? {} : { requiresLgwan: fields.requiresLgwan }),
    hardwareFailureAnnualRate,
    restoreHours,
    backups,
    annualCostYen: typeof cost === 'number' ? hostingCosts(cost) : cost,
  });
/** The 基幹系 package systems, copied nightly beside the servers and weekly to the vault. */
const coreSystem = cityHallSystem('package-vendor', coreRestoreHours, [dailyInServerRoom, weeklyToVault]);
/** Office systems (groupware, mail, web) of the local vendor, copied nightly beside the servers. */
const officeSystem = cityHallSystem('local-vendor', smallRestoreHours, [dailyInServerRoom]);

/** The core systems the variants move. */
const CORE = ['resident-registry', 'family-register', 'residential-tax', 'national-health-insurance', 'long-term-care', 'welfare', 'public-assistance', 'child-allowance'];

/** A data centre of the Kanto plain, inland and outside the flood areas, with the presets' building and operations. */
const dataCentre = (fields: Pick<SiteInput, 'id' | 'name' | 'kind' | 'location' | 'groundElevationM' | 'recoveredBy' | 'annualCostYen'> & Partial<SiteInput>): SiteInput => ({
  id: fields.id,
  name: fields.name,
  kind: fields.kind,
  location: fields.location,
  coastal: false,
  groundElevationM: fields.groundElevationM,
  ...dataCentreBuilding,
  siteAmplification: terraceAmplification,
  powerRegion: 'tochigi',
  ...(fields.memberTowns === undefined ? {} : { memberTowns: fields.memberTowns }),
  recoveredBy: fields.recoveredBy,
  ...dataCentreOperations,
  ...(fields.replacementHours === undefined ? {} : { replacementHours: fields.replacementHours }),
  annualCostYen: fields.annualCostYen,
});

const providerRebuild = dataCentreOperations.replacementHours satisfies SiteInput['replacementHours'];
const closedRoute = {
  value: 6200000,
  source: `[gov-cloud-pilot-cost-items] lines were 83.54 of 4,787.26 百万円 (1.75%) of the pilot bodies' running cost as they were × the city's budget (${budget}) ≈ 620万円 a year, on the one route a city's line has ([soumu-white-paper-2017-kumamoto-continuity]); the alternate office's closed lines alike; the government cloud's dearer lines (×3.5 in the pilot) sit in its running-cost factor, which measures whole running costs after migration`,
};
/** A line from the city hall (or the alternate office), mostly on poles. */
const cityLine = (id: string, to: string[], routes: { value: number; source: string }, overLgwan: boolean, annualCostYenPerRoute: { value: number; source: string }, from = 'city-hall') =>
  closedLine({
    id,
    from,
    to,
    routes,
    quakeFragility: {
      medianJmaIntensity: townLineMedianIntensity,
      beta: { value: 0.5, source: 'assumption: wide spread, cuts depend on the route' },
    },
    overLgwan,
    annualCostYenPerRoute,
  });

// The alternate office's lines, prepared in the BCP, have one route each as a town's lines do.
const alternateOfficeRoute = singleLineRoute;
/** The alternate office's own lines to each remote site the variants use, like the city hall's. */
const alternateOfficeLines = [
  cityLine('alternate-office-housing-line', ['housing-dc'], alternateOfficeRoute, false, closedRoute, 'alternate-office'),
  cityLine('alternate-office-community-cloud-line', ['community-cloud-dc', 'community-cloud-backup-dc'], alternateOfficeRoute, true, {
    value: 600000,
    source: 'assumption: an LGWAN access line of its own, extra bandwidth only',
  }, 'alternate-office'),
  cityLine('alternate-office-gov-cloud-line', ['gov-cloud'], alternateOfficeRoute, false, closedRoute, 'alternate-office'),
];

/** The measures every variant takes (see `variants`). */
const alternateOfficeIn72h = alternateOffice({ value: 72, source: national.sources.alternateOffice72h });
/** The weekly tape of the core systems carried to the vendor's vault on higher ground, whatever hosts them. */
const vaultCopy = extraCopy(CORE, weeklyToVault);

// The flood scenarios at the city hall. 佐野市's hazard map (2020) draws the maximum-assumed floods of the
// 渡良瀬川, 秋山川 and 旗川 in four depth bands; the band at the hall itself was not read (a GAP), so the
// depths below are assumptions within the map's bands. The alternate office (on the hills of the 田沼
// area), the vendor vault and the data centres are taken as outside every flood area (assumption).
const floodTimes = {
  recedeHours: {
    lognormal90: [48, 192],
    source:
      'the two levee breaches whose drain time was read: at 真備 about 1,200 ha stood under water on the morning of 7 July 2018, about 500 ha on the 9th, and homes and roads were almost clear on the 11th ([nhk-mabi-drained-2018]), about 4 days (96 h); at 常総 the levee broke at 12:50 on 10 September 2015 ([ntv-joso-breach-2015]) and homes and public buildings were mostly clear by the 18th ([ntv-joso-drained-2015]), about 8 days (192 h): the median at 真備\'s √(48 × 192) = 96 h and the 95% point at 常総\'s 192 h (two cases, both pumped out; [akiyama-breach-2019] 佐野\'s own 2019 breach was closed the next night, its drain time not read)',
  },
  powerOutageHours: { lognormal90: [24, 96], source: '[aera-joso-hall-2021] power came back to 常総\'s flooded city hall after two full days (2015)' },
  lineRepairHours: { lognormal90: [48, 120], source: '[ntt-west-typhoon23-2004] the downpour of 20 October 2004 cut NTT West trunk cables, back after 2 and 5 days (two flooded telephone buildings after 4, the water\'s stay included): the span of 2–5 days taken as the 5–95% range of the repair' },
  buildingRestorationHours: {
    lognormal90: [336, 1440],
    source: '[mabi-branch-2018] 真備 branch: counters back on the floor above after about a month, all after about 40 days (2 weeks to 2 months here)',
  },
  assemblyDelayMultiplier: { value: 2, source: '[jiji-marumori-2019] 丸森町\'s hall was reachable only by boat for about two days (2019)' },
} satisfies Partial<FloodRegion>;

const floodRegions: FloodRegion[] = [
  {
    id: 'river-maximum',
    name: { ja: '渡良瀬川・秋山川 想定最大規模', en: 'Watarase and Akiyama rivers, maximum-assumed rainfall' },
    annualRate: { value: 0.001, source: '[ibaraki-np-flood-halls-2017] the 2015 Flood Control Act maps assume rainfall of about once in a thousand years' },
    depthAboveGroundMBySite: {
      'city-hall': {
        uniform: [0.5, 3],
        source: 'assumption: the 0.5–3 m band of [sano-hazard-map-2020] (the hall\'s own band not read); [akiyama-breach-2019] the 2019 breach 500 m from 佐野市 station flooded 700 homes above floor',
      },
    },
    ...floodTimes,
  },
  {
    id: 'river-planned',
    name: { ja: '秋山川 計画規模', en: 'Akiyama river, planned-scale rainfall' },
    annualRate: {
      value: 0.0005,
      source:
        'floods reaching a flood-exposed hall, about 1.5e-3 a year in all: 4 halls flooded or cut off in 2015–2019 ([aera-joso-hall-2021] 常総, [jiji-marumori-2019] 丸森 with 大子 and 飯山) among about 510 with a flood-exposed HQ ([fdma-generator-flood-2015] 199 = 38.9%); the maximum-assumed flood takes 0.001 of it, the planned-scale breach the rest — the rainfall comes once in 100 years ([shintotsukawa-hazard-map-2018]) but the levees are built to hold it',
    },
    depthAboveGroundMBySite: {
      'city-hall': { uniform: [0.1, 1], source: 'assumption: shallower than the maximum-assumed flood, the map\'s bands below 1 m' },
    },
    ...floodTimes,
    recedeHours: { lognormal90: [6, 36], source: 'assumption: shallower water drains within about a day' },
  },
  {
    id: 'inland',
    name: { ja: '内水氾濫', en: 'Inland (pluvial) flooding' },
    annualRate: {
      value: 0.14,
      source:
        'storm drains are built for the downpour of a return period and overflow when a heavier one falls: two cities\' plans use 7 years ([kakogawa-sewer-vision-2028] 44 mm/h, [noboribetsu-storm-sewer-plan] 49.1 mm/h), so 1 / 7 ≈ 0.14 a year (佐野\'s own return period not read)',
      },
    depthAboveGroundMBySite: {
      'city-hall': {
        uniform: [0.05, 0.5],
        source:
          'assumption: shallow water on the streets, below the generator and the line entries (0.5 m); deep inland water as at 丸森 ([jiji-marumori-2019] about 1.2 m in 2019) is rare and inside the national rate of floods reaching a hall that the river scenarios carry',
      },
    },
    recedeHours: { lognormal90: [2, 24], source: 'assumption: drains catch up within hours to a day' },
    powerOutageHours: {
      fixed: 0,
      source:
        'the one inland flood read around tall buildings, 武蔵小杉 in 2019: sewer backflow put the streets under water, up to about 30 cm at one tower ([nikkei-xtech-kosugi-tower-2019]); of the 11 towers in the area 2 lost power and water when their own basement switchgear and pumps flooded ([2nn-kosugi-towers-2019]), and no loss of the grid\'s supply was reported: the grid stayed up, 0 h (one case; a building\'s own flooded switchgear is the flood reaching its generator and floor, modelled apart)',
    },
    lineRepairHours: floodTimes.lineRepairHours,
    buildingRestorationHours: floodTimes.buildingRestorationHours,
    assemblyDelayMultiplier: { value: 1.5, source: 'assumption: flooded underpasses and roads slow staff down' },
  },
];

/**
 * 仮想川辺市: a virtual inland city of about 115,000 modelled on 佐野市, 栃木県 — on the 渡良瀬川 and
 * 秋山川, whose levee broke near the city centre in 2019 — with eleven IT staff, its systems in the
 * city-hall server room, a vendor vault on higher ground, and the same four hosting options as the
 * other presets. River flooding is its key hazard; earthquakes come from the inland crust and from the
 * Kanto sources; there is no tsunami.
 *
 * @example
 * const scenario = scenarioSchema.parse(riverCity);
 * variantIds(scenario); // ['onprem', 'housing', 'community-cloud', 'public-cloud']
 */
export const riverCity: ScenarioInput = {
  name: '仮想川辺市',
  startDate: '2027-04-01',
  description:
    'A virtual inland city of about 115,000 residents modelled on 佐野市, Tochigi (渡良瀬川 and 秋山川; the 秋山川 levee broke near the centre in 2019): eleven IT staff, systems in the city-hall server room two floors up, a generator and line entry near the ground, compared with a housing data centre in 宇都宮, a 6-city community cloud and the government cloud in Tokyo.',
  municipality: {
    population: { value: 115000, source: '[census-2020-sano] 114,803 residents in 2020' },
    households: { value: 48000, source: '[census-2020-sano] 48,009 households in 2020' },
    ageShares: {
      under15: { value: 0.113, source: '[census-2020-sano] 13,011 aged 0–14 of 114,803 (11.3%)' },
      from15to64: { value: 0.577, source: '[census-2020-sano] the remainder, 66,171 of 114,803 (57.6%; 0.577 so that the shares sum to 1)' },
      over65: { value: 0.31, source: '[census-2020-sano] 35,621 aged 65 or over of 114,803 (31.0%)' },
    },
    evacuationSupportShare: evacuationSupport,
    evacuationListPreSharedShare: { value: 0.4, source: '[cao-evacuation-list-2025] 40.1% of listed persons shared in normal times' },
    officeSite: 'city-hall',
    // 佐野市役所 (高砂町).
    location: { latitude: 36.3145, longitude: 139.5783 },
    coast: false,
  },
  // Where the alternate office is; every variant opens it within 72 h (the alternateOffice measure).
  bcp: { alternateOfficeSite: 'alternate-office' },
  people: {
    itStaff: {
      count: { value: 11, source: '[ict-bcp-sample-town] about one IT person per 10,000 residents: 11 for 114,803' },
      assembleHours: {
        workday: { value: 0.5, source: 'assumption: at a desk elsewhere in the hall' },
        night: drillAssemblyHours.cityNight,
        holiday: drillAssemblyHours.holiday,
      },
      disasterAvailabilityShare: {
        value: 0.42,
        source:
          '[kyodo-noto-attendance-2024] staff at work on the day of the 2024 Noto quake in six cities and towns: 20%, 39%, 39%, 38%, 54% and 62%, mean 42% (those at work also staff the disaster HQ: generous)',
      },
      disasterDutyHours: { value: 72, source: '[soumu-ict-bcp] the ICT-BCP 初動 period: about 72 h' },
      hourlyCostYen: {
        value: 3100,
        source:
          '[kiryu-pay-2011] 桐生 (121,004 residents, a 両毛 neighbour) paid 616.6万円 a staff member in FY2011 ÷ [sasaguri-work-hours] 38.75 h a week × 52 = 2,015 h: about 3,100円 (pay only, no employer contributions, as in the other presets)',
      },
      overtimeMultiplier: national.overtimeMultiplier,
    },
    vendors: [
      {
        id: 'package-vendor',
        name: { ja: '基幹系パッケージベンダー（宇都宮支店）', en: 'Core-package vendor (Utsunomiya branch)' },
        location: { latitude: 36.559, longitude: 139.898 },
        engineers: { value: 6, source: 'assumption: the branch team that supports the 基幹系 package' },
        travelHours: { value: 1.25, source: '[coikijoho-utsunomiya-sano] one blog from 宇都宮: 佐野 (its outlet mall) is a little over an hour away by car, read as 1–1.5 h: 1.25 h' },
        disasterTravelMultiplier,
        townsServed: { value: 23, source: '[shimotsuke-tkc-outage] one package vendor\'s defect stopped the counters of 23 cities and towns in 栃木 at once (142 nationwide): 23 on the same package' },
        contract: 'premium',
        responseHours: maintenanceResponseHours,
        repairHours: vendorRepairHours,
        rebuildHours: { lognormal90: [16, 56], source: 'assumption: a full rebuild of a city package system, 2–7 business days × 8 h' },
        hourlyCostYen: vendorEngineerHourlyCost,
        exitAnnualRate: { value: 0.01, source: 'assumption: a national package vendor rarely withdraws; [digital-agency-late-systems-2025] vendor shortages delayed 3,345 systems' },
        compromiseAnnualRate: { value: 0.002, source: national.sources.supplyChainCompromise },
        dataHeldShare: national.vendorExtractShare,
        otherTownAffectedProbability: {
          value: 0.83,
          source:
            '[asahi-tochigi-relief-act-2019] one case: the 2019 typhoon put 21 of Tochigi\'s 25 municipalities under the Disaster Relief Act, 佐野 among them, so 20 of the other 24: 20 ÷ 24 ≈ 0.83 for the vendor\'s Tochigi customers',
        },
      },
      {
        id: 'local-vendor',
        name: { ja: '地元の情報サービス事業者', en: 'Local IT services vendor' },
        location: { latitude: 36.34, longitude: 139.45 },
        engineers: { value: 8, source: 'assumption: a local vendor\'s field team' },
        travelHours: { value: 0.5, source: 'assumption: from the next city' },
        disasterTravelMultiplier,
        townsServed: { value: 15, source: 'assumption: groupware and web customers in the 両毛 area' },
        contract: 'next-business-day',
        responseHours: maintenanceResponseHours,
        repairHours: vendorRepairHours,
        rebuildHours: { lognormal90: [8, 24], source: 'assumption: groupware, mail and web servers rebuild in 1–3 working days' },
        hourlyCostYen: {
          value: 5300,
          source:
            '[itpro-itr-se-rate-2008] mid-size and small vendors priced a mid-level SE at 65万–120万円 a month, midpoint 92.5万円 ÷ [labour-standards-act] 40 h a week × 52 ÷ 12 ≈ 173 h a month: about 5,300円 an hour',
        },
        exitAnnualRate: smallVendorExitAnnualRate,
        compromiseAnnualRate: { value: 0.002, source: national.sources.supplyChainCompromise },
        dataHeldShare: { value: 0.1, source: 'assumption: mail and shared files only' },
        otherTownAffectedProbability: { value: 0.5, source: 'assumption: its customers are in the same area' },
      },
    ],
  },
  sites: [
    {
      id: 'city-hall',
      name: { ja: '市役所 サーバ室', en: 'City-hall server room' },
      kind: 'onprem',
      location: { latitude: 36.3145, longitude: 139.5783 },
      coastal: false,
      groundElevationM: { value: 55, source: 'assumption: the 秋山川 fan in the city centre, about 55 m above sea level' },
      floorAboveGroundM: {
        value: 4,
        source: '[nikkei-xtech-floor-height-2009] an office storey is about 4 m: the server room one storey up, out of the water of 常総 2015 ([aera-joso-hall-2021]: about 1 m inside), stands about 4 m above the ground',
      },
      generatorAboveGroundM: {
        value: 0.5,
        source: 'assumption: on a pad at ground-floor level; [fdma-generator-flood-2015] 38.9% of flood-exposed halls had not protected theirs; [nhk-hiroshima-halls-2023] 常総\'s stood at ground level',
      },
      lineEntryAboveGroundM: { value: 0.5, source: 'assumption: lines come in underground to termination boards on the ground floor' },
      fragility: {
        medianJmaIntensity: siteAndGroundSources.retrofittedMidRiseMedian,
        beta: siteAndGroundSources.buildingFragilityBeta,
      },
      siteAmplification: { value: 1.8, source: 'assumption: alluvial fan, AVS30 ≈ 300 m/s → 10^(2.367 − 0.852·log10 300) (Fujimoto & Midorikawa 2006)' },
      generatorHours: { value: 72, source: '[fdma-72h-2018] the 72 h asked of municipalities; [fdma-generator-2024] about 6 in 10 had it in 2024' },
      generatorFailureProbability: { value: 0.2, source: '[shimotsuke-tochigi-generator-hours] the halls of 21 of Tochigi\'s 25 municipalities have emergency power; [nega-generators-2011] 233 of 4,811 standby generators did not start or stopped when the 2011 quake cut the grid: 1 − 21 / 25 × (1 − 233 / 4,811) = 1 − 0.84 × 0.952 ≈ 0.20 (a hall generator that does not feed the server room, as at 小千谷 in 2004 ([itpro-ojiya-2004]), is not counted; [fdma-generator-2024] 97.0% of 市町村 nationally have one)' },
      powerRegion: 'tochigi',
      recoveredBy: 'package-vendor',
      replacementHours: hallReplacementHours,
      facilityOutageAnnualRate: hallFacilityOutageAnnualRate,
      facilityOutageHours: hallFacilityOutageHours,
      annualCostYen: {
        value: 103480000,
        source: `[fuji-budget-r8] one case: 富士市 budgets network 104,101, security 37,044 and office automation (terminals, copiers, finance and document systems, GIS and other internal tools) 509,662 of its 2,235,456千円 IT budget, the rest being the core systems it runs with 富士宮市: 650,807 ÷ 2,235,456 = 29.1% × the city's budget (${budget}) ≈ 1億348万円 a year (was 1億4,201万円, assumed: the rest of the budget). The office systems counted apart here (groupware, mail, website) may sit partly in that share too, and the server room partly outside it`,
      },
    },
    dataCentre({
      id: 'housing-dc',
      name: { ja: 'ハウジング データセンター（宇都宮）', en: 'Housing data centre (Utsunomiya)' },
      kind: 'housing',
      location: { latitude: 36.555, longitude: 139.883 },
      groundElevationM: { value: 120, source: '[jma-amedas-stations] the 宇都宮 observatory (明保野町), on the terrace of western 宇都宮, stands at 119 m: about 120 m' },
      recoveredBy: 'package-vendor',
      annualCostYen: { value: 14000000, source: `[gov-cloud-pilot-cost-items] data-centre fees were 189.2 of 4,787.3 百万円 (3.95%) of the pilot bodies' running cost as they were × the city's budget (${budget}) ≈ 1,400万円` },
    }),
    dataCentre({
      id: 'community-cloud-dc',
      name: { ja: '自治体クラウド データセンター（宇都宮）', en: 'Community-cloud data centre (Utsunomiya)' },
      kind: 'community-cloud',
      location: { latitude: 36.58, longitude: 139.87 },
      groundElevationM: { value: 120, source: '[jma-amedas-stations] the 宇都宮 observatory (明保野町), about 4 km south of the site on the same terrace, stands at 119 m: about 120 m' },
      memberTowns: { value: 6, source: '[soumu-it-cost-2018] 379 municipalities in 62 shared-cloud groups: 379 / 62 ≈ 6 members, the average group' },
      recoveredBy: 'provider',
      replacementHours: providerRebuild,
      annualCostYen: {
        value: 84000000,
        source: `[gov-cloud-pilot-cost-items] data-centre fees were 189.2 of 4,787.3 百万円 (3.95%) of the pilot bodies' running cost, shared clouds among them × the city's budget (${budget}) ≈ 1,400万円 a member, × the 6 members (379 / 62) ≈ 8,400万円 for the group`,
      },
    }),
    dataCentre({
      id: 'community-cloud-backup-dc',
      name: { ja: '自治体クラウド バックアップ拠点（前橋）', en: 'Community-cloud backup site (Maebashi)' },
      kind: 'community-cloud',
      location: { latitude: 36.39, longitude: 139.06 },
      groundElevationM: { value: 110, source: '[jma-amedas-stations] the 前橋 observatory (昭和町) stands at 112 m: about 110 m' },
      memberTowns: { value: 6, source: '[soumu-it-cost-2018] 379 municipalities in 62 shared-cloud groups: 379 / 62 ≈ 6 members, the average group' },
      recoveredBy: 'provider',
      replacementHours: providerRebuild,
      annualCostYen: { value: 0, source: 'assumption: included in the shared system costs' },
    }),
    national.govCloudTokyo,
    {
      id: 'vendor-vault',
      name: { ja: 'ベンダー保管庫（宇都宮）', en: 'Vendor tape vault (Utsunomiya)' },
      kind: 'housing',
      location: { latitude: 36.57, longitude: 139.9 },
      coastal: false,
      groundElevationM: { value: 120, source: '[jma-amedas-stations] the 宇都宮 observatory (明保野町), about 4 km south-west of the vault, on the terrace outside the flood areas, stands at 119 m: about 120 m' },
      floorAboveGroundM: { value: 0, source: 'assumption: a ground-floor vault' },
      fragility: {
        medianJmaIntensity: siteAndGroundSources.highCodeSteelWarehouseMedian,
        beta: siteAndGroundSources.buildingFragilityBeta,
      },
      siteAmplification: terraceAmplification,
      generatorHours: { value: 0, source: 'assumption: tapes need no power' },
      generatorFailureProbability: { value: 0, source: 'assumption: no generator' },
      powerRegion: 'tochigi',
      recoveredBy: 'package-vendor',
      replacementHours: vaultReplacementHours,
      facilityOutageAnnualRate: { value: 0, source: 'assumption: nothing runs there' },
      annualCostYen: vaultAnnualCostYen,
    },
    {
      id: 'alternate-office',
      name: { ja: '代替庁舎（田沼行政センター）', en: 'Alternate office (Tanuma branch office)' },
      kind: 'onprem',
      location: { latitude: 36.375, longitude: 139.575 },
      coastal: false,
      groundElevationM: { value: 68, source: '[jma-amedas-stations] the 佐野 station in the 田沼 area north of the centre (佐野市田沼町) stands at 68 m' },
      floorAboveGroundM: { value: 0, source: 'assumption: terminals on the ground floor' },
      fragility: {
        medianJmaIntensity: siteAndGroundSources.retrofittedMidRiseMedian,
        beta: siteAndGroundSources.buildingFragilityBeta,
      },
      siteAmplification: terraceAmplification,
      generatorHours: { value: 24, source: '[e-kensin-sapporo-buildings-2019] of the emergency generators of 118 buildings in central 札幌 surveyed after the 2018 blackout, half could run for less than 24 h: the median building\'s, 24 h, for a public building kept as the alternate office (buildings of every use; the halls\' own run longer, [fdma-generator-2024] about 6 in 10 for 72 h or more)' },
      generatorFailureProbability: { value: 0.05, source: '[nega-generators-2011] 233 of 4,811 standby generators where the 2011 quake reached 6 or more did not start or stopped: 233 / 4,811 ≈ 0.05' },
      powerRegion: 'tochigi',
      recoveredBy: 'package-vendor',
      replacementHours: hallReplacementHours,
      facilityOutageAnnualRate: { value: 0, source: 'assumption: nothing runs there until it is opened' },
      annualCostYen: { value: 1000000, source: 'assumption: spare terminals and a room kept ready, about 8万円 a month' },
    },
  ],
  links: [
    cityLine('housing-line', ['housing-dc'], singleLineRoute, false, closedRoute),
    // The community cloud is reached as an LGWAN-ASP service (assumption), so an LGWAN outage cuts it.
    cityLine('community-cloud-line', ['community-cloud-dc', 'community-cloud-backup-dc'], singleLineRoute, true, {
      value: 900000,
      source: 'assumption: extra LGWAN bandwidth only',
    }),
    cityLine('gov-cloud-line', ['gov-cloud'], singleLineRoute, false, closedRoute),
    // The alternate office's own lines (paid only in the variants that have it).
    ...alternateOfficeLines,
  ],
  systems: [
    coreSystem('resident-registry', { ja: '住民記録', en: 'Resident registry' }, 'myNumber', {
      critical: true,
      rtoHours: standardRtoHours,
      persons: { value: 115000, source: '[census-2020-sano] every resident: 114,803' },
      dataClasses: ['general', 'myNumber'],
    }, 40000000),
    coreSystem('family-register', { ja: '戸籍', en: 'Family register' }, 'myNumber', {
      critical: false,
      rtoHours: standardRtoHours,
      persons: { value: 115000, source: 'assumption: about as many 本籍 records as residents' },
      dataClasses: ['general'],
    }, familyRegisterCosts),
    coreSystem('residential-tax', { ja: '個人住民税', en: 'Residential tax' }, 'myNumber', {
      critical: false,
      rtoHours: standardRtoHours,
      persons: residentTaxpayers(115000),
      dataClasses: ['general', 'financial', 'myNumber'],
    }, taxSystemCosts),
    coreSystem('national-health-insurance', { ja: '国民健康保険', en: 'National health insurance' }, 'myNumber', {
      critical: true,
      rtoHours: standardRtoHours,
      persons: { value: 21400, source: '[mhlw-nhi-finance-2023] 23.09 million people in 国民健康保険 (FY2023) ÷ [jcci-population-2023] 124.35 million residents (2023-10): 18.6% × 115,000 ≈ 21,400' },
      dataClasses: ['general', 'sensitive', 'myNumber'],
    }, 25000000),
    coreSystem('long-term-care', { ja: '介護保険', en: 'Long-term care insurance' }, 'myNumber', {
      critical: true,
      rtoHours: standardRtoHours,
      persons: { value: 35600, source: '[census-2020-sano] 35,621 aged 65 or over: the 第1号被保険者' },
      dataClasses: ['general', 'sensitive', 'myNumber'],
    }, 20000000),
    coreSystem('welfare', { ja: '福祉（避難行動要支援者名簿）', en: 'Welfare (evacuation-support list)' }, 'myNumber', {
      critical: true,
      rtoHours: welfareRtoHours,
      persons: welfarePersons(115000, evacuationSupport, false),
      dataClasses: ['general', 'sensitive', 'myNumber'],
      holdsEvacuationSupportList: true,
    }, 20000000),
    coreSystem('public-assistance', { ja: '生活保護', en: 'Public assistance' }, 'myNumber', {
      critical: true,
      rtoHours: standardRtoHours,
      persons: { value: 1900, source: '[mhlw-public-assistance-2023] 1.62 per 100 residents on public assistance (2023-04) × 115,000 ≈ 1,900' },
      dataClasses: ['general', 'sensitive', 'financial', 'myNumber'],
    }, 10000000),
    coreSystem('child-allowance', { ja: '児童手当', en: 'Child allowance' }, 'myNumber', {
      critical: false,
      rtoHours: standardRtoHours,
      persons: {
        value: 21000,
        source:
          '[census-2020-sano] 13,011 children under 15, and one recipient per household with children: [nippon-households-children-2022] 49.3% of them have one child, 38.0% two, 12.7% three or more (counted as three), about 1.63 a household, so 13,011 ÷ 1.63 ≈ 8,000 parents; 13,011 + 8,000 ≈ 21,000',
      },
      dataClasses: ['general', 'financial', 'myNumber'],
    }, 10000000),
    officeSystem('groupware', { ja: 'グループウェア・ファイルサーバ', en: 'Groupware and file server' }, 'lgwan', {
      critical: false,
      rtoHours: { value: 72, source: `assumption: staff fall back to phone and paper; ${noNationalRto}` },
      persons: { value: 10000, source: 'assumption: residents in shared files of the departments' },
      dataClasses: ['general'],
    }, 15000000),
    officeSystem('lgwan-mail', { ja: 'LGWANメール', en: 'LGWAN mail' }, 'lgwan', {
      critical: false,
      rtoHours: { value: 48, source: `assumption: notices from the prefecture and the state arrive by LGWAN mail; ${noNationalRto}` },
      persons: { value: 2000, source: 'assumption: residents named in mail and attachments' },
      dataClasses: ['general'],
      requiresLgwan: true,
    }, 6000000),
    officeSystem('website', { ja: '市ホームページ', en: 'City website' }, 'internet', {
      critical: false,
      rtoHours: { value: 12, source: `assumption: flood warnings and evacuation notices must stay online; ${noNationalRto}` },
      persons: websiteFormPersons(115000),
      dataClasses: ['general'],
    }, websiteCosts),
  ],
  services: [
    service('certificates', { ja: '住民票・印鑑証明等', en: 'Residence and seal certificates' }, ['resident-registry'], {
      counter: { value: 1750, source: '[narashino-certificates-2017] about 2.0 certificates per resident-year, less the convenience-store share' },
      online: { value: 250, source: '[konbini-issuance-2024] about 0.26 convenience-store certificates per person in FY2023' },
      // コンビニ交付 reaches J-LIS's 証明書交付センター over the LGWAN.
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
      counter: { value: 120, source: 'assumption: enrolments, withdrawals and cards for a quarter of residents' },
      online: { value: 20, source: 'assumption: マイナポータル applications' },
    }),
    service('care-counter', { ja: '介護保険窓口', en: 'Long-term care counter' }, ['long-term-care'], {
      counter: careApplications(0.31, '[census-2020-sano] 31.0%'),
      online: careApplicationsOnline,
    }),
    service('welfare-consultation', { ja: '福祉相談', en: 'Welfare consultation' }, ['welfare'], {
      counter: { value: 100, source: 'assumption: disability and welfare consultations' },
      online: { value: 0, source: 'assumption: consultations are in person' },
      // After a 6弱 at the hall, over 90 days (assumption; the schema takes plain numbers here).
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
    service('disaster-certificates', { ja: '罹災証明書', en: 'Disaster-victim certificates' }, ['resident-registry', 'residential-tax'], {
      counter: disasterCertificatesBaseline,
      online: { value: 0.2, source: 'assumption: a few online applications' },
      // From 6強 at the hall, over about 3 months (plain numbers in the schema).
      surge: {
        afterJmaIntensityAtLeast: 6,
        extraPer1000Residents: { value: 130, source: '[kumamoto-risai-2016] 熊本市: about 128 applications per 1,000 residents in three months' },
        startAfterDays: { value: 7, source: '[sapporo-risai-2018] [kumamoto-risai-start-2016] issuance starts on day 4 (札幌 2018) to day 10 (熊本 2016)' },
        overDays: 90,
        onlineShare: { value: 0.1, source: 'assumption: online applications with photos for minor damage' },
      },
    }),
  ],
  hazards: {
    earthquake: {
      regions: [
        {
          id: 'north-kanto-crustal',
          // Crustal sources of the northern Kanto plain and the 足尾 mountains (the 関東平野北西縁断層帯 lies
          // about 40 km to the south-west): 70 km, M5–7.5 at 15 km (assumption; plain numbers in the schema).
          center: { latitude: 36.3, longitude: 139.5 },
          radiusKm: 70,
          depthKm: 15,
          faultType: 'crustal',
          minMagnitude: 5,
          maxMagnitude: 7.5,
          bValue: national.bValue,
          referenceSite: 'city-hall',
          probability30yJma6Lower: {
            value: 0.05,
            source: 'assumption: 5% from the inland crust at the hall, besides the Kanto sources below ([jshis-2018] gives the maps; the value at 佐野 was not read)',
          },
          offshoreShare: { value: 0, source: '[herp-kanto-northwest-2005] the active fault evaluated in the disc, on the north-western edge of the Kanto plain, is a land fault; none offshore, 0' },
        },
        national.kantoRegion,
      ],
      intensitySigma: siteAndGroundSources.intensitySigma,
      tsunamiMinMagnitude: { value: 6.5, source: '[jma-akita-tsunami-qa] tsunamis arise from about M6.5 (none reaches this inland city)' },
      blackoutJmaIntensityAtLeast: { value: 6, source: national.sources.blackoutIntensity },
      blackoutProbability: { value: 0.3, source: 'the share of the struck grid\'s customers that a strong quake blacked out, in the four quakes whose count and grid size were both read: all 2.95 million in Hokkaido in 2018 ([tokyo-sports-hokkaido-blackout-2018]), 1.00; 4.05 million at once in TEPCO\'s area in 2011 and 2.1 million in 2022 ([himasobi-tepco-blackouts-2022]) of its about 29 million metered customers ([tepco-pg-company-role]), 0.14 and 0.07; up to 476,600 after the 2016 Kumamoto main shock ([kkt-kumamoto-outage-2016]) of Kyushu Electric\'s 7.70 + 0.93 = 8.63 million customers ([kyuden-databook-2013]), 0.055: (1.00 + 0.14 + 0.07 + 0.055) / 4 ≈ 0.32 ≈ 0.3 (four quakes; in 2022 the 6強 shaking was in the neighbouring Tohoku grid, so without it (1.00 + 0.14 + 0.055) / 3 ≈ 0.40; a site is one customer)' },
      blackoutHours: {
        lognormal90: [3, 64],
        source:
          '[worldbosai-kanto-blackout-2022] the Kanto outage after the 2022 福島県沖 quake ended after about 3 h; [hokkaido-blackout-2018] the 2018 Hokkaido blackout was declared restored after about 64 h: the span of the two quake blackouts taken as the 5–95% range',
      },
      regionalDisasterJmaIntensityAtLeast: {
        value: 5.5,
        source: '[niihama-quake-footing] a city goes to its highest footing (disaster headquarters, third staffing level) from 震度6弱; [jma-intensity-1996] 6弱 is instrumental intensity 5.5 to under 6.0 (the classes split at the half, 5弱 from 4.5)',
      },
      assemblyDelayMultiplier: { value: 2, source: '[nhk-noto-roads-2024] after the 2024 Noto earthquake trips took about twice the usual time on the reopened roads: ×2 (one quake, measured a week on; the first hours, before roads are cleared, may be slower)' },
    },
    power: {
      regionalOutageAnnualRate: {
        value: 0.11,
        source:
          '[wikipedia-chugoku-nw-outages] 0.11 outages a year per low-voltage customer in the Tokyo area (栃木 is in it), fiscal 2013–2017 average; a site is one customer, so this is how often its grid fails (that one draw cuts every site of the region at once is the model\'s assumption)',
      },
      regionalOutageHours: {
        lognormal90: [0.15, 3.75],
        source:
          '[wikipedia-chugoku-nw-outages] 8 minutes a year over 0.11 outages in the Tokyo area: about 73 min an outage on average; a lognormal with 5% and 95% points 25 times apart (assumption for the spread) and that mean runs 0.15–3.75 h (median 0.75 h, mean 73 min)',
      },
    },
    lgwan: national.lgwan,
    riverFlood: { regions: floodRegions },
    staffShortage: staffShortage({
      value: 0.3,
      source:
        '[sec-clinic-workplace-influenza-2020] of 200 workers, those whose workplace had an influenza outbreak (77%) saw a tenth or less of it catch it (43%), about a fifth (19%), 3 in 10 (8%), half (5%) or more (2%): taking each answer at its share (more than half as 0.7), each colleague of a sick member catches it with p = (0.1 × 43 + 0.2 × 19 + 0.3 × 8 + 0.5 × 5 + 0.7 × 2) / 77 ≈ 0.187; an outbreak among the city\'s 11 IT staff ([ict-bcp-sample-town]) takes the one who brings it and each of the other 10 with p: (1 + 10 × 0.187) / 11 ≈ 0.26 ≈ 0.3',
    }),
    // Typhoons over the city's grid and over the government cloud's. 台風19号 (Hagibis, 2019) broke the
    // 秋山川 levee in the centre ([akiyama-breach-2019]): its rain is the river-flood hazard above; here
    // the wind and the regional outage. A city of suburbs and farmland on aerial lines: Chiba's tail.
    typhoon: typhoons(
      [
        { powerRegion: 'tochigi', place: '佐野', latitudeDeg: 36.3 },
        { powerRegion: 'tokyo', place: 'Tokyo', latitudeDeg: 35.7 },
      ],
      {
        tail: 'chiba',
        powerOutageProbability: {
          value: 0.23,
          source:
            '[yomiuri-chiba-outages-2019] 633,600 customers out in Chiba on the morning after the 2019 landfall, of [chiba-households-2020] 2,792,826 households: 633,600 / 2,792,826 ≈ 0.23 (households stand in for customers; counting businesses as well would make the share a little smaller)',
        },
        lineCutProbability: {
          value: 0.06,
          source:
            '[ntt-east-typhoon15-2019] 170,000 lines out at the peak of the 2019 Chiba typhoon (exchanges out of backup power; poles and cables down at about 1,300 places), of [chiba-households-2020] 2,792,826 households: 170,000 / 2,792,826 ≈ 0.06 (households stand in for lines, as for power customers; a dead exchange cuts the town\'s line as surely as a fallen pole)',
        },
        buildingDamageProbability: {
          value: 0.0008,
          source:
            '[nhk-chiba-houses-2019-10-09] a month after the 2019 Chiba typhoon 198 houses were destroyed and 1,958 half-destroyed in the prefecture, of [chiba-households-2020] 2,792,826 households: (198 + 1,958) / 2,792,826 ≈ 0.0008 (one storm; houses stand in for the site\'s building — a reinforced-concrete 庁舎 or data centre fares better, while counting households rather than buildings makes the share smaller)',
        },
      },
    ),
    // The server room is on the floor above the offices (as 白岡's survived upstairs); the data centres
    // have gas suppression. The vault's tapes and the government cloud are left out: a fire in the
    // operator's zone is one of its zone outages.
    fire: {
      sites: [
        hallFire('city-hall', {
          value: 0.04,
          source:
            'the one hall fire found burnt about 800 m² of ground-floor offices ([saitama-np-shiraoka-fire-2025]; the servers upstairs survived); 佐野\'s seven-storey hall has about 20,404 m² ([kamiya-sano-city-hall]): a fire of that size reaches the server room with probability 800 / 20,404 ≈ 0.039 ≈ 0.04 (the room taken as anywhere in the hall)',
        }),
        dataCentreFire('housing-dc'),
        dataCentreFire('community-cloud-dc'),
        dataCentreFire('community-cloud-backup-dc'),
      ],
    },
    applicationFailures: applicationPackages({
      core: CORE,
      certificateSystem: 'resident-registry',
      batchFailureAnnualRate: { value: 1.5, source: 'assumption: between the small town\'s once and the large city\'s twice a year for a failed night batch (no count found)' },
    }),
    maintenance: maintenanceWindows({ lognormal90: [3000000, 15000000], source: 'assumption: the vendor\'s migration and testing of one city package system on new servers, 300万–1,500万円' }, {
      // The city-hall server room stops for the hall's power-off inspection (no UPS for a whole day).
      powerOffInspection: true,
    }),
  },
  threats: {
    ransomware: {
      annualRate: { value: 0.003, source: 'assumption: between the small town\'s 0.002 and the large city\'s 0.004 a year; [npa-white-paper-2025] 21 non-company victims in 2024' },
      entrySegments: ['internet'],
      crossSegmentProbability: {
        myNumber: { value: 0.05, source: 'assumption: 三層の対策 isolates it; a vendor maintenance VPN is the residual path ([npa-white-paper-2025] VPN 55% of entries)' },
        lgwan: { value: 0.1, source: 'assumption: through the 無害化 file transfer between the internet and LGWAN segments' },
        internet: { value: 1, source: 'assumption: the entry segment itself' },
      },
      encryptProbability: {
        onprem: national.ransomwareEncryptTownRunProbability,
        housing: national.ransomwareEncryptTownRunProbability,
        'community-cloud': { value: 0.2, source: 'assumption: run and monitored by the provider ([soumu-jichitai-cloud-promotion]: central monitoring)' },
        'public-cloud': { value: 0.1, source: 'assumption: provider-run platform with separate administration' },
      },
      dataTheftProbability: national.ransomwareDataTheftProbability,
      containmentHours: national.ransomwareContainmentHours,
      rebuildWithoutBackupHours: national.ransomwareRebuildWithoutBackupHours,
    },
    leaks: [
      ...municipalLeakCauses(municipalLeakTotal(115_000)),
      ...hostingMisconfigurations(
        {
          'public-cloud': { value: 0.02, source: 'assumption: an open storage bucket or share once in 50 years' },
          onprem: {
            value: 0.04,
            source: 'assumption: twice the government cloud\'s 0.02 — shares, permissions and firewall rules of the city\'s own server room set by hand by a small IT section and its vendors',
          },
          housing: { value: 0.05, source: 'assumption: the same hand-set servers as on-premises, plus the remote-maintenance path into the data centre' },
          'community-cloud': {
            value: 0.016,
            source: 'assumption: one operator\'s standard configuration for the member cities under change control, on a closed network: fewer errors per city than hand-set servers',
          },
        },
      ),
    ],
    insiderMisuse: insiderMisuse(
      115000,
      { value: 0.02, source: 'assumption: records carried out by staff or a contractor once in 50 years for a city of this size, between the town\'s 1/200 and the large city\'s 1/20; [amagasaki-usb-2023] a city\'s case' },
    ),
  },
  providers: {
    cloud: national.cloudOutages,
    sharedSiteRestoreHoursPerTown: national.sharedSiteRestoreHoursPerTown,
    vendorExit: {
      noticeMonths: { uniform: [6, 18], source: 'assumption: notice before the cutover, half a year to a year and a half' },
      migrationCostYenPerSystem: national.migrationCostYenPerSystem,
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
    pressConferenceYen: { value: 250000, source: 'assumption: the room, materials and staff time of one press conference' },
    compensationYenPerPerson: national.compensationYenPerPerson,
    equipmentReplacementYenPerSystem: {
      value: 28000000,
      source: `[gov-cloud-pilot-cost-items] hardware lease was 821.6 of 4,787.3 百万円 (17.2%) of the pilot bodies' five-year running cost × 5 years of the city's budget (${budget}) ÷ its 11 systems (terminals and network spread over them) ≈ 2,800万円`,
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
          lognormal90: [32000000, 160000000],
          source:
            '[jp24h-standardisation-cost-2023] the 62 core cities expected 18.1億円 each on average for the migration, and [chukakushi-2024] they hold 22.75 million residents (about 367,000 each): about 4,930円 a resident × 115,000 ≈ 5.7億円 ÷ the city\'s 8 core systems ≈ 7,100万円 a system as the median; assumption: a factor of √5 either way (3,200万–1.6億円) as the 5–95% range, as the cost need not scale with residents',
        },
        community: [15000000, 80000000],
        publicCloud: {
          lognormal90: [9000000, 45000000],
          source:
            '[jp24h-standardisation-cost-2023] before the top-up the 62 core cities expected 18.1億円 of migration cost against an average cap of 3.4億円; [soumu-minister-subsidy-2023] the fund then grew from 1,825 to 6,988億円 (×3.83): a cap of 3.4 × 3.83 ≈ 13.0億円 leaves 18.1 − 13.0 = 5.1億円 (28% of the cost) to the city; 28% of the 7,100万円 a system costs it in full (as for housing, by [chukakushi-2024] residents) ≈ 2,000万円 a system as the median; assumption: the caps rose in proportion to the fund, and a factor of √5 either way as the 5–95% range (900万–4,500万円)',
        },
      }),
    ],
  },
  policy: 'jp-municipal',
  variants: {
    // Every option takes the same measures (issue 15: like for like): a second route on the line to its
    // hosting site, the alternate office with its own lines, and the weekly offline copy in the vendor's
    // vault. Only where the systems run differs.
    onprem: {
      label: { ja: '現状：市役所サーバ室 + 代替庁舎・週次オフライン複製', en: 'As is: city-hall server room + alternate office, weekly offline copy' },
      systems: placeAll(CORE, { backups: [dailyInServerRoom] }),
      measures: [alternateOfficeIn72h, vaultCopy],
    },
    housing: {
      label: {
        ja: 'ハウジング（宇都宮DC）+ 回線2経路・代替庁舎・週次オフライン複製',
        en: 'Housing in an Utsunomiya data centre + two line routes, alternate office, weekly offline copy',
      },
      systems: {
        ...placeAll(CORE, { site: 'housing-dc', backups: [dailyAtHousing] }),
        groupware: { site: 'housing-dc', backups: [dailyAtHousing] },
      },
      measures: [secondRoute('housing-line'), alternateOfficeIn72h, vaultCopy],
    },
    'community-cloud': {
      label: {
        ja: '自治体クラウド（6市共同、宇都宮）+ 回線2経路・代替庁舎・週次オフライン複製',
        en: 'Community cloud of 6 cities (Utsunomiya) + two line routes, alternate office, weekly offline copy',
      },
      systems: placeAll(CORE, { site: 'community-cloud-dc', backups: [dailyAtCommunityCloud, dailyToSecondSite] }),
      measures: [secondRoute('community-cloud-line'), alternateOfficeIn72h, vaultCopy],
    },
    'public-cloud': {
      label: {
        ja: 'ガバメントクラウド（マルチAZ）+ 回線2経路・代替庁舎・週次オフライン複製',
        en: 'Government cloud, multi-AZ + two line routes, alternate office, weekly offline copy',
      },
      systems: placeAll(CORE, { site: 'gov-cloud', deployment: 'multiAz' as const, backups: [dailySnapshotInGovCloud] }),
      measures: [secondRoute('gov-cloud-line'), alternateOfficeIn72h, vaultCopy],
    },
  },
};
