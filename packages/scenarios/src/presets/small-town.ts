import type { ScenarioInput } from '../schema/index.ts';
import { municipalLeakCauses, municipalLeakTotal } from './municipal-leak-causes.ts';
import { applicationPackages, hostingMisconfigurations, maintenanceWindows } from './operations-hazards.ts';
import { hokkaido } from './hokkaido.ts';
import { nationalDefaults as national } from './national-defaults.ts';
import { alternateOffice, extraCopy, secondRoute } from './measures.ts';
import { closedLine, dailyBackupInterval, dataCentre, dataCentreOperations, hallFacilityOutageHours, hallReplacementHours, budgetLineCosts, hostingCosts as presetHostingCosts, maintenanceResponseHours, placeAll, service, standardRtoHours, terraceAmplification, welfareRtoHours } from './preset-builders.ts';
import { singleLineRoute, weeklyOffsiteInterval } from './preset-builders.ts';
import { vaultAnnualCostYen, vaultReplacementHours } from './preset-builders.ts';
import { hallFacilityOutageAnnualRate, smallVendorExitAnnualRate, townLineMedianIntensity } from './preset-builders.ts';
import { communityCloudSaving, hostingCostFactor, insiderMisuse, staffShortage, standardisationMigration, vendorEngineerHourlyCost } from './people-and-costs.ts';
import { dataCentreFire, hallFire, typhoons } from './wind-and-fire.ts';
import { careApplications, careApplicationsOnline, childAllowanceFilings, disasterCertificatesBaseline, residentOnlineTaxFilings, residentTaxConsultations, welfareSurgeOnlineShare, welfareSurgeStartAfterDays } from './service-rates.ts';
import { siteAndGroundSources } from './site-and-ground-sources.ts';
import { disasterTravelMultiplier, drillAssemblyHours, evacuationSupportShare, listedResidentContacts, residentTaxpayers, vendorRepairHours, welfarePersons, websiteFormPersons } from './people-sources.ts';

const evacuationSupport = evacuationSupportShare(0.35, '[census-2015-mori] 34.7% in 2015, 0.35 taken');

type Input = ScenarioInput;
type SystemInput = Input['systems'][number];
type BackupInput = NonNullable<SystemInput['backups']>[number];
type SiteInput = Input['sites'][number];

// One belief, one source string: every number that is the population cites it the same way.
const POPULATION_SOURCE = '[mori-population-projection] 森町 15,403 projected for 2020 and 14,206 for 2025: about 15,000';
/** The community cloud's member towns: the average group of the national survey, at both of its sites. */
const COMMUNITY_MEMBERS = { value: 6, source: '[soumu-it-cost-2018] 379 municipalities in 62 shared-cloud groups: 379 / 62 ≈ 6 members, the average group' };
const GENERATOR_FAILURE_SOURCE =
  '[hokkaido-generator-survey-2022] after the 2018 blackout 144 of Hokkaido\'s 180 local governments had a fixed emergency generator (the rest rely on portable or rented ones); [nega-generators-2011] 233 of 4,811 standby generators did not start or stopped when the 2011 quake cut the grid: 1 − 144 / 180 × (1 − 233 / 4,811) = 1 − 0.80 × 0.952 ≈ 0.24 (a hall generator that does not feed the server room, as at 小千谷 in 2004 ([itpro-ojiya-2004]), is not counted; 113 of the 144 never trained on theirs)';

/**
 * Running cost of one system by hosting kind, from its share of the standalone budget: the town's IT
 * costs about 1.7億円 a year on its own [soumu-it-cost-2018]. Every other kind starts from the same
 * cost (a community-cloud figure is the whole shared cost at standalone price, of which the town pays
 * 1/6); what each kind really costs is not known precisely, so `costs.hostingCostFactor` carries it as
 * a range: the government cloud after the standardisation migration, housing, a group's saving.
 */
const hostingCosts = (onpremYen: number): SystemInput['annualCostYen'] =>
  presetHostingCosts(onpremYen, 'assumption: this system\'s share of the 1.7億円/年 standalone IT budget (15,000 residents × 11,266円 [soumu-it-cost-2018]); today\'s operating cost, the same base for housing and the government cloud (what each adds or saves, and the change after migration, is in costs.hostingCostFactor)', {
    housing: { factor: 1 },
    'community-cloud': { factor: 6, source: 'assumption: the whole shared cost at standalone price, 6 towns; the group\'s saving is in costs.hostingCostFactor' },
    'public-cloud': { factor: 1 },
  });

/**
 * The town website's running cost, read from what two municipalities pay for the two parts of it
 * rather than shared out of the total: the system's upkeep and the updating of its pages.
 */
const websiteCosts = budgetLineCosts(
  3440000,
  '[town-website-management-2015] one case: a municipality pays 2,138,400円 a year, every year, for managing (mostly updating) its website; [takahagi-website-2022] one case: 高萩市 pays about 130万円 a year for its website system\'s maintenance: the two parts, 2,138,400 + 1,300,000 ≈ 344万円 a year (was 300万円, assumed: a share of the budget); the same base for housing and the government cloud (what each adds or saves is in costs.hostingCostFactor)',
  '[town-website-management-2015] [takahagi-website-2022] a website\'s management and system upkeep, about 344万円 a year × [soumu-it-cost-2018] 379 municipalities in 62 groups ≈ 6 members: the whole shared cost at standalone price ≈ 2,064万円; the group\'s saving is in costs.hostingCostFactor',
);

const hardwareFailureAnnualRate = {
  value: 0.03,
  source:
    'assumption: about 3% a year, a server incident causing an unplanned outage of a non-clustered system; [ddia-2e-hardware-faults] memory alone crashes more than 1% of machines a year even with ECC, and power supplies and RAID controllers fail too (less often than disks, no rate given), so 1% is a floor; no per-server rate of all causes was read',
};
const coreRestoreHours = { lognormal90: [4, 24], source: 'assumption: restore and verify one package database, half a day to three days of work; with the rebuild before it, near the one published total found, [khb-higashimatsushima-server-fault] about 38.5 h from a data-centre server fault to counters back (the split between rebuild and restore is not published)' } satisfies SystemInput['restoreHours'];
const smallRestoreHours = { lognormal90: [2, 12], source: 'assumption: restore one small server from disk' } satisfies SystemInput['restoreHours'];
const nationalNoRto = '[soumu-ict-bcp] no national target recovery time outside the 20 standardised businesses: each town sets its own';

// Backups. The daily copy beside the servers is lost with the building or encrypted with them; the
// weekly tape at the vendor's inland vault is what a town restores from after a tsunami or ransomware.
const nightly = dailyBackupInterval;

const dailyInServerRoom = { site: 'townhall', intervalHours: nightly, offline: false } satisfies BackupInput;
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

/** A system in the town-hall server room, supported by `vendor`, keys in the schema's order. */
const townHallSystem =
  (vendor: string, restoreHours: SystemInput['restoreHours'], backups: BackupInput[]) =>
  (id: string, name: { ja: string; en: string }, segment: SystemInput['segment'], fields: SystemFields, cost: number | SystemInput['annualCostYen']): SystemInput => ({
    id,
    name,
    segment,
    site: 'townhall',
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
/** The 基幹系 package systems of the regional vendor, copied nightly beside the servers and weekly to the vault. */
const coreSystem = townHallSystem('regional-vendor', coreRestoreHours, [dailyInServerRoom, weeklyToVault]);
/** Office systems (groupware, mail, web) of the Sapporo vendor, copied nightly beside the servers. */
const officeSystem = townHallSystem('sapporo-vendor', smallRestoreHours, [dailyInServerRoom]);

/** The core systems the variants move. */
const CORE = ['resident-registry', 'residential-tax', 'national-health-insurance', 'long-term-care', 'welfare', 'child-allowance'];

const providerRebuild = dataCentreOperations.replacementHours satisfies Partial<SiteInput>['replacementHours'];
const closedRoute = {
  value: 2950000,
  source:
    '[gov-cloud-pilot-cost-items] lines were 83.54 of 4,787.26 百万円 (1.75%) of the pilot bodies\' running cost as they were × the town\'s 1.69億円/年 ([soumu-it-cost-2018] 15,000 × 11,266円) ≈ 295万円 a year, on the one route a town\'s line has ([soumu-white-paper-2017-kumamoto-continuity]); the alternate office\'s closed lines alike; the government cloud\'s dearer lines (×3.5 in the pilot) sit in its running-cost factor, which measures whole running costs after migration',
};
/** An LGWAN access route's extra bandwidth, the same belief for the town hall's line and the alternate office's. */
const lgwanRoute = { value: 600000, source: 'assumption: extra LGWAN bandwidth only, per access line' };
/** A line from the town hall (or the alternate office), on poles and aerial cable. */
const townLine = (id: string, to: string[], routes: { value: number; source: string }, overLgwan: boolean, annualCostYenPerRoute: { value: number; source: string }, from = 'townhall') =>
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
/** The alternate office's own lines to each remote site the variants use, like the town hall's. */
const alternateOfficeLines = [
  townLine('alternate-office-housing-line', ['housing-dc'], alternateOfficeRoute, false, closedRoute, 'alternate-office'),
  townLine('alternate-office-community-cloud-line', ['community-cloud-dc', 'community-cloud-backup-dc'], alternateOfficeRoute, true, lgwanRoute, 'alternate-office'),
  townLine('alternate-office-gov-cloud-line', ['gov-cloud'], alternateOfficeRoute, false, closedRoute, 'alternate-office'),
];

/** The measures every variant takes (see `variants`). */
const alternateOfficeIn72h = alternateOffice({
  value: 72,
  source: national.sources.alternateOffice72h,
});
/** The weekly tape of the core systems carried to the vendor's inland vault, whatever hosts them. */
const vaultCopy = extraCopy(CORE, weeklyToVault);

/**
 * 仮想町: a virtual town of 15,000 modelled on 森町, Hokkaido, on the 噴火湾 coast below 北海道駒ヶ岳,
 * with two IT staff, its systems in a ground-level-ish server room of the town hall, and four hosting
 * options to compare. Every number cites its references (`[ref-id]`, see `REFERENCES`) or says why it is an
 * assumption; `collectProvenance(smallTown)` lists them.
 *
 * @example
 * const scenario = scenarioSchema.parse(smallTown);
 * variantIds(scenario); // ['onprem', 'housing', 'community-cloud', 'public-cloud']
 */
export const smallTown: ScenarioInput = {
  name: '仮想町',
  startDate: '2027-04-01',
  description:
    'A virtual town of about 15,000 residents modelled on 森町, Hokkaido (噴火湾 coast, 北海道駒ヶ岳 10 km away): two IT staff, a regional vendor in 函館, systems in the town-hall server room, compared with a Sapporo housing data centre, a 6-town community cloud in 旭川 and the government cloud in Tokyo.',
  municipality: {
    population: { value: 15000, source: POPULATION_SOURCE },
    households: { value: 6200, source: '[census-2015-mori] 15,946 residents in 6,628 households in 2015, 2.41 a household: about 6,200 for 15,000' },
    ageShares: {
      under15: { value: 0.1, source: '[mori-population-projection] 森町 年少人口 10.0% projected for 2020' },
      from15to64: { value: 0.55, source: '[mori-population-projection] [census-2015-mori] the remainder, 1 − 0.10 − 0.35' },
      over65: { value: 0.35, source: '[census-2015-mori] 5,526 of 15,946 aged 65 or over in 2015 (34.7%), the latest count carried here; the share has been rising since' },
    },
    evacuationSupportShare: evacuationSupport,
    evacuationListPreSharedShare: { value: 0.4, source: '[cao-evacuation-list-2025] 40.1% of listed persons shared in normal times' },
    officeSite: 'townhall',
    // 森町役場.
    location: { latitude: 42.107, longitude: 140.575 },
    coast: true,
  },
  // Each variant says when its alternate office opens; where it is and its lines are the same.
  bcp: { alternateOfficeSite: 'alternate-office' },
  people: {
    itStaff: {
      count: { value: 2, source: '[ict-bcp-sample-town] about one IT person per 10,000 residents; [soumu-dx-staff-2023] 292 towns of ≤50,000 have one or none: 2 staff, both 兼任' },
      assembleHours: {
        workday: { value: 0.5, source: 'assumption: at a desk elsewhere in the hall' },
        night: drillAssemblyHours.townNight,
        holiday: drillAssemblyHours.holiday,
      },
      disasterAvailabilityShare: {
        value: 0.5,
        source:
          '[kyodo-noto-attendance-2024] staff at work on the day of the 2024 Noto quake in the three towns: 38%, 54% and 62%, (38 + 54 + 62) / 3 ≈ 51%, 0.5 taken (those at work also staff the disaster HQ: generous)',
      },
      disasterDutyHours: { value: 72, source: '[soumu-ict-bcp] the ICT-BCP 初動 period: about 72 h' },
      hourlyCostYen: {
        value: 2800,
        source:
          '[shimizu-pay-2017] towns like 清水町 (9,597 residents) paid 563.1万円 a staff member in FY2017 on average (清水町 itself 614.0万円) ÷ [sasaguri-work-hours] 38.75 h a week × 52 = 2,015 h: about 2,800円 (pay only, no employer contributions)',
      },
      overtimeMultiplier: national.overtimeMultiplier,
    },
    vendors: [
      {
        id: 'regional-vendor',
        name: { ja: '地場ベンダー（函館）', en: 'Regional vendor (Hakodate)' },
        location: { latitude: 41.769, longitude: 140.729 },
        engineers: { value: 4, source: 'assumption: the team that supports the 基幹系 package' },
        travelHours: { value: 0.75, source: '[kurashigoto-mori-access] about 44 km from 函館 to 森町, about 45 minutes by car' },
        disasterTravelMultiplier,
        townsServed: { value: 9, source: '[fukui-np-fukui-systems-update] a regional vendor (福井システムズ) runs one shared package for 9 cities and towns of its prefecture: 9, taken for the 渡島・檜山 towns' },
        contract: 'next-business-day',
        responseHours: maintenanceResponseHours,
        repairHours: vendorRepairHours,
        rebuildHours: { lognormal90: [16, 40], source: 'assumption: a full rebuild in 2–5 business days × 8 h' },
        hourlyCostYen: vendorEngineerHourlyCost,
        exitAnnualRate: smallVendorExitAnnualRate,
        compromiseAnnualRate: { value: 0.002, source: national.sources.supplyChainCompromise },
        dataHeldShare: national.vendorExtractShare,
        otherTownAffectedProbability: { value: 0.7, source: 'assumption: the towns it serves lie in the same region' },
      },
      {
        id: 'sapporo-vendor',
        name: { ja: '札幌の情報サービス事業者', en: 'IT services vendor (Sapporo)' },
        location: { latitude: 43.062, longitude: 141.354 },
        engineers: { value: 10, source: 'assumption: a mid-size vendor\'s field team' },
        travelHours: { value: 3.7, source: '[kurashigoto-mori-access] about 266 km from 札幌 to 森町, about 3 h 40 min by car on the expressway' },
        disasterTravelMultiplier,
        townsServed: { value: 40, source: 'assumption: groupware and web customers across Hokkaido' },
        contract: 'next-business-day',
        responseHours: maintenanceResponseHours,
        repairHours: vendorRepairHours,
        rebuildHours: { lognormal90: [8, 24], source: 'assumption: groupware, mail and web servers rebuild in 1–3 working days' },
        hourlyCostYen: vendorEngineerHourlyCost,
        exitAnnualRate: smallVendorExitAnnualRate,
        compromiseAnnualRate: { value: 0.002, source: national.sources.supplyChainCompromise },
        dataHeldShare: { value: 0.1, source: 'assumption: mail and shared files only' },
        otherTownAffectedProbability: {
          value: 0.14,
          source:
            '[cao-iburi-damage-2018] one case: the 2018 胆振東部 quake reached 5弱 or more in 26 of Hokkaido\'s 180 municipalities ([allgo-hokkaido-municipalities]), so for customers spread over Hokkaido 25 of the other 179: 25 ÷ 179 ≈ 0.14 (the island-wide blackout that followed is not counted)',
        },
      },
    ],
  },
  sites: [
    {
      id: 'townhall',
      name: { ja: '町役場 サーバ室', en: 'Town-hall server room' },
      kind: 'onprem',
      location: { latitude: 42.107, longitude: 140.575 },
      coastal: true,
      groundElevationM: { value: 6, source: 'assumption: low coastal ground near the 噴火湾 shore (not surveyed)' },
      floorAboveGroundM: siteAndGroundSources.hallFirstFloorM,
      fragility: {
        medianJmaIntensity: siteAndGroundSources.olderLowRiseHallMedian,
        beta: siteAndGroundSources.buildingFragilityBeta,
      },
      siteAmplification: { value: 2.1, source: 'assumption: coastal lowland, AVS30 ≈ 250 m/s → 10^(2.367 − 0.852·log10 250) (Fujimoto & Midorikawa 2006)' },
      generatorHours: {
        value: 24,
        source:
          'assumption: a day tank, a small town among the 4 in 10 市町村 below 72 h ([fdma-generator-2024]); of the 12 Tochigi municipalities below 72 h, 6 ran 24–48 h and 6 under 24 h ([shimotsuke-tochigi-generator-hours]): 24 h is the middle of them',
      },
      generatorFailureProbability: { value: 0.24, source: GENERATOR_FAILURE_SOURCE },
      powerRegion: 'hokkaido',
      // 森町役場 is about 10 km WNW of the summit: outside the 1929 pyroclastic flows, under the 1640
      // pumice (≥100 cm in 森町, [komagatake-police]), so ash, not evacuation (assumption).
      volcanoZone: 'ashfall',
      recoveredBy: 'regional-vendor',
      replacementHours: hallReplacementHours,
      facilityOutageAnnualRate: hallFacilityOutageAnnualRate,
      facilityOutageHours: hallFacilityOutageHours,
      annualCostYen: {
        value: 49200000,
        source:
          '[fuji-budget-r8] one case: 富士市 budgets network 104,101, security 37,044 and office automation (terminals, copiers, finance and document systems, GIS and other internal tools) 509,662 of its 2,235,456千円 IT budget, the rest being the core systems it runs with 富士宮市: 650,807 ÷ 2,235,456 = 29.1% × the town\'s budget ([soumu-it-cost-2018] 15,000 residents × 11,266円 = 1.69億円) ≈ 4,920万円 a year (was 5,556万円, assumed: the rest of the budget). The office systems counted apart here (groupware, mail, website) may sit partly in that share too, and the server room partly outside it',
      },
    },
    dataCentre({
      id: 'housing-dc',
      name: { ja: 'ハウジング データセンター（札幌）', en: 'Housing data centre (Sapporo)' },
      kind: 'housing',
      location: { latitude: 43.062, longitude: 141.354 },
      groundElevationM: { value: 17, source: '[jma-amedas-stations] the 札幌 observatory in central 札幌 (北2条西) stands at 17 m' },
      recoveredBy: 'regional-vendor',
      annualCostYen: { value: 6700000, source: '[gov-cloud-pilot-cost-items] data-centre fees were 189.2 of 4,787.3 百万円 (3.95%) of the pilot bodies\' running cost as they were × the town\'s 1.69億円/年 ([soumu-it-cost-2018] 15,000 × 11,266円) ≈ 670万円' },
    }),
    dataCentre({
      id: 'community-cloud-dc',
      name: { ja: '自治体クラウド データセンター（旭川）', en: 'Community-cloud data centre (Asahikawa)' },
      kind: 'community-cloud',
      location: { latitude: 43.771, longitude: 142.365 },
      groundElevationM: { value: 110, source: '[kamikawa-survey-monument-asahikawa] 旭川 city hall, in the same basin, stands at 111.95 m: about 110 m' },
      memberTowns: COMMUNITY_MEMBERS,
      recoveredBy: 'provider',
      replacementHours: providerRebuild,
      annualCostYen: {
        value: 40000000,
        source:
          '[gov-cloud-pilot-cost-items] data-centre fees were 189.2 of 4,787.3 百万円 (3.95%) of the pilot bodies\' running cost, shared clouds among them × the town\'s 1.69億円/年 ([soumu-it-cost-2018] 15,000 × 11,266円) ≈ 670万円 a member, × the 6 members (379 / 62) ≈ 4,000万円 for the group',
      },
    }),
    dataCentre({
      id: 'community-cloud-backup-dc',
      name: { ja: '自治体クラウド バックアップ拠点（石狩）', en: 'Community-cloud backup site (Ishikari)' },
      kind: 'community-cloud',
      location: { latitude: 43.2, longitude: 141.35 },
      groundElevationM: { value: 5, source: '[jma-amedas-stations] the 石狩 station on the 石狩 plain (生振) stands at 5 m' },
      siteAmplification: { value: 1.8, source: 'assumption: alluvial plain, AVS30 ≈ 300 m/s' },
      memberTowns: COMMUNITY_MEMBERS,
      recoveredBy: 'provider',
      replacementHours: providerRebuild,
      annualCostYen: { value: 0, source: 'assumption: included in the shared system costs' },
    }),
    national.govCloudTokyo,
    {
      id: 'vendor-vault',
      name: { ja: 'ベンダー保管庫（北斗市内陸）', en: 'Vendor tape vault (inland Hokuto)' },
      kind: 'housing',
      location: { latitude: 41.88, longitude: 140.64 },
      coastal: false,
      groundElevationM: { value: 25, source: '[jma-amedas-stations] the 北斗 station (北斗市本町) stands at 25 m' },
      floorAboveGroundM: { value: 0, source: 'assumption: a ground-floor vault' },
      fragility: {
        medianJmaIntensity: siteAndGroundSources.highCodeSteelWarehouseMedian,
        beta: siteAndGroundSources.buildingFragilityBeta,
      },
      siteAmplification: siteAndGroundSources.firmGroundAmplification,
      generatorHours: { value: 0, source: 'assumption: tapes need no power' },
      generatorFailureProbability: { value: 0, source: 'assumption: no generator' },
      powerRegion: 'hokkaido',
      recoveredBy: 'regional-vendor',
      replacementHours: vaultReplacementHours,
      facilityOutageAnnualRate: { value: 0, source: 'assumption: nothing runs there' },
      annualCostYen: vaultAnnualCostYen,
    },
    {
      id: 'alternate-office',
      name: { ja: '代替庁舎（内陸の公共施設）', en: 'Alternate office (inland public building)' },
      kind: 'onprem',
      location: { latitude: 42.09, longitude: 140.56 },
      coastal: false,
      groundElevationM: { value: 40, source: 'assumption: a public building on the terrace about 2 km inland of the town hall' },
      floorAboveGroundM: { value: 0, source: 'assumption: terminals on the ground floor' },
      fragility: {
        medianJmaIntensity: siteAndGroundSources.highCodeLowRiseMedian,
        beta: siteAndGroundSources.buildingFragilityBeta,
      },
      siteAmplification: terraceAmplification,
      generatorHours: { value: 24, source: '[e-kensin-sapporo-buildings-2019] of the emergency generators of 118 buildings in central 札幌 surveyed after the 2018 blackout, half could run for less than 24 h: the median building\'s, 24 h, for a public building kept as the alternate office (buildings of every use; the halls\' own run longer, [fdma-generator-2024] about 6 in 10 for 72 h or more)' },
      generatorFailureProbability: { value: 0.05, source: '[nega-generators-2011] 233 of 4,811 standby generators where the 2011 quake reached 6 or more did not start or stopped: 233 / 4,811 ≈ 0.05' },
      powerRegion: 'hokkaido',
      volcanoZone: 'ashfall',
      recoveredBy: 'regional-vendor',
      replacementHours: hallReplacementHours,
      facilityOutageAnnualRate: { value: 0, source: 'assumption: nothing runs there until it is opened' },
      annualCostYen: { value: 1000000, source: 'assumption: spare terminals and a room kept ready, about 8万円 a month' },
    },
  ],
  links: [
    townLine('housing-line', ['housing-dc'], singleLineRoute, false, closedRoute),
    // The community cloud is reached as an LGWAN-ASP service (assumption), so an LGWAN outage cuts it.
    townLine('community-cloud-line', ['community-cloud-dc', 'community-cloud-backup-dc'], singleLineRoute, true, lgwanRoute),
    townLine('gov-cloud-line', ['gov-cloud'], singleLineRoute, false, closedRoute),
    // The alternate office's own lines (paid only in the variants that have it): on poles too, cut by
    // the shaking at the alternate office.
    ...alternateOfficeLines,
  ],
  systems: [
    coreSystem('resident-registry', { ja: '住民記録', en: 'Resident registry' }, 'myNumber', {
      critical: true,
      rtoHours: standardRtoHours,
      persons: { value: 15000, source: POPULATION_SOURCE },
      dataClasses: ['general', 'myNumber'],
    }, 25000000),
    coreSystem('residential-tax', { ja: '個人住民税', en: 'Residential tax' }, 'myNumber', {
      critical: false,
      rtoHours: standardRtoHours,
      persons: residentTaxpayers(15000),
      dataClasses: ['general', 'financial', 'myNumber'],
    }, 25000000),
    coreSystem('national-health-insurance', { ja: '国民健康保険', en: 'National health insurance' }, 'myNumber', {
      critical: true,
      rtoHours: standardRtoHours,
      persons: { value: 2800, source: '[mhlw-nhi-finance-2023] 23.09 million people in 国民健康保険 (FY2023) ÷ [jcci-population-2023] 124.35 million residents (2023-10): 18.6% × 15,000 ≈ 2,800' },
      dataClasses: ['general', 'sensitive', 'myNumber'],
    }, 15000000),
    coreSystem('long-term-care', { ja: '介護保険', en: 'Long-term care insurance' }, 'myNumber', {
      critical: true,
      rtoHours: standardRtoHours,
      persons: { value: 5200, source: '[census-2015-mori] 34.7% aged 65 or over × 15,000 ≈ 5,200: the 第1号被保険者' },
      dataClasses: ['general', 'sensitive', 'myNumber'],
    }, 12000000),
    coreSystem('welfare', { ja: '福祉（避難行動要支援者名簿）', en: 'Welfare (evacuation-support list)' }, 'myNumber', {
      critical: true,
      rtoHours: welfareRtoHours,
      persons: welfarePersons(15000, evacuationSupport, true),
      dataClasses: ['general', 'sensitive', 'myNumber'],
      holdsEvacuationSupportList: true,
    }, 15000000),
    coreSystem('child-allowance', { ja: '児童手当', en: 'Child allowance' }, 'myNumber', {
      critical: false,
      rtoHours: standardRtoHours,
      persons: {
        value: 2500,
        source:
          '[mori-population-projection] 1,533 children under 15 (2020), and one recipient per household with children: [nippon-households-children-2022] 49.3% of them have one child, 38.0% two, 12.7% three or more (counted as three), about 1.63 a household, so 1,533 ÷ 1.63 ≈ 940 parents; 1,533 + 940 ≈ 2,500',
      },
      dataClasses: ['general', 'financial', 'myNumber'],
    }, 5000000),
    officeSystem('groupware', { ja: 'グループウェア・ファイルサーバ', en: 'Groupware and file server' }, 'lgwan', {
      critical: false,
      rtoHours: { value: 72, source: `assumption: staff fall back to phone and paper; ${nationalNoRto}` },
      persons: { value: 1500, source: 'assumption: residents in shared files; [ishinomaki-ransomware-2023] about 1,400 persons on a file server' },
      dataClasses: ['general'],
    }, 8000000),
    officeSystem('lgwan-mail', { ja: 'LGWANメール', en: 'LGWAN mail' }, 'lgwan', {
      critical: false,
      rtoHours: { value: 48, source: `assumption: notices from the prefecture and the state arrive by LGWAN mail; ${nationalNoRto}` },
      persons: { value: 500, source: 'assumption: residents named in mail and attachments' },
      dataClasses: ['general'],
      requiresLgwan: true,
    }, 4000000),
    officeSystem('website', { ja: '町ホームページ', en: 'Town website' }, 'internet', {
      critical: false,
      rtoHours: { value: 24, source: `assumption: disaster notices move to social media meanwhile; ${nationalNoRto}` },
      persons: websiteFormPersons(15000),
      dataClasses: ['general'],
    }, websiteCosts),
  ],
  services: [
    service('certificates', { ja: '住民票・印鑑証明等', en: 'Residence and seal certificates' }, ['resident-registry'], {
      counter: { value: 1700, source: '[narashino-certificates-2017] about 2.0 certificates per resident-year; [konbini-issuance-2024] about 0.26 of them (13%) at convenience stores nationally in FY2023: 85% at the counter' },
      online: { value: 300, source: '[narashino-certificates-2017] 2.0 per resident-year × [konbini-issuance-2024] about 15% コンビニ交付 (13% nationally in FY2023)' },
      // コンビニ交付 reaches J-LIS's 証明書交付センター over the LGWAN: the 2022-01-26 LGWAN outage stopped it
      // for about 4.5 h while counters went on (日経xTECH 2022-01-28, https://xtech.nikkei.com/atcl/nxt/news/18/12116/).
      networks: { online: ['lgwan'] },
      // Fiscal-year end and spring moves (assumption; the schema takes plain numbers here).
      monthlyMultipliers: { march: 1.6, april: 1.4 },
    }),
    service('tax-counter', { ja: '税務窓口（申告・税証明）', en: 'Tax counter (filing, tax certificates)' }, ['residential-tax'], {
      counter: residentTaxConsultations,
      online: residentOnlineTaxFilings,
      // The 申告 season, mid-February to mid-March (assumption).
      monthlyMultipliers: { february: 2, march: 2.5 },
    }),
    service('nhi-counter', { ja: '国保窓口', en: 'Health-insurance counter' }, ['national-health-insurance'], {
      counter: { value: 150, source: 'assumption: enrolments, withdrawals and cards of the insured residents' },
      online: { value: 10, source: 'assumption: few online applications in a small town' },
    }),
    service('care-counter', { ja: '介護保険窓口', en: 'Long-term care counter' }, ['long-term-care'], {
      counter: careApplications(0.35, '[census-2015-mori] 34.7% in 2015, 0.35 taken'),
      online: careApplicationsOnline,
    }),
    service('welfare-consultation', { ja: '福祉相談', en: 'Welfare consultation' }, ['welfare'], {
      counter: { value: 120, source: 'assumption: disability and welfare consultations' },
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
    service('child-allowance-counter', { ja: '児童手当窓口', en: 'Child-allowance counter' }, ['child-allowance'], {
      counter: childAllowanceFilings.counter,
      online: childAllowanceFilings.online,
    }),
    service('disaster-certificates', { ja: '罹災証明書', en: 'Disaster-victim certificates' }, ['resident-registry', 'residential-tax'], {
      counter: disasterCertificatesBaseline,
      online: { value: 0, source: 'assumption: applied for at the counter' },
      // From 6強 at the hall, over about 3 months ([kumamoto-risai-2016]; plain numbers in the schema).
      surge: {
        afterJmaIntensityAtLeast: 6,
        extraPer1000Residents: { value: 300, source: '[kumamoto-risai-2016] 6強–7: 益城町 about 340 applications per 1,000 residents in 3 months; 300 taken' },
        startAfterDays: { value: 7, source: '[sapporo-risai-2018] [kumamoto-risai-start-2016] issuance starts on day 4 (札幌 2018) to day 10 (熊本 2016)' },
        overDays: 90,
        onlineShare: { value: 0.05, source: 'assumption: a few online applications with photos' },
      },
    }),
  ],
  hazards: {
    earthquake: {
      regions: [
        {
          id: 'oshima',
          // Crustal sources of 噴火湾 and the 渡島 peninsula: 80 km, M5–7.5 at 15 km (assumption; plain numbers in
          // the schema). The great offshore events are the plate-interface region below, not this disc.
          center: { latitude: 42.1, longitude: 140.6 },
          radiusKm: 80,
          depthKm: 15,
          faultType: 'crustal',
          minMagnitude: 5,
          maxMagnitude: 7.5,
          bValue: hokkaido.bValue,
          referenceSite: 'townhall',
          probability30yJma6Lower: {
            value: 0.003,
            source:
              '[jshis-2018] 函館市 1.5% as proxy for 森町 (all sources) less the 1.2% given to the plate-interface region below: 1 − (1 − 0.015)/(1 − 0.012), the split an assumption',
          },
          offshoreShare: {
            value: 0.3,
            source:
              '[gsi-global-map-japan] measured on the map: land takes 46% of the 80 km disc, 噴火湾 15% and the Pacific beyond its mouth 16%, the Japan Sea and 津軽海峡 side 24%; quakes under the bay and the Pacific send their tsunamis straight to 森町 (the other side\'s would have to round the peninsula and are left out): 0.15 + 0.16 = 0.3',
          },
        },
        {
          id: 'pacific-interface',
          // The Pacific-plate interface off 十勝 and 三陸沖北部 (2003 十勝沖 M8.0 and 1968 十勝沖 M7.9 epicentres both
          // about 63 km from the centre): 120 km, M7–8.8 at 30 km, ruptures along the trench (strike 215°, between the
          // Japan Trench's ~195° and the Kuril Trench's ~230°) dipping 15° under the land (assumption; plain numbers).
          // M8.8: the 地震調査委員会 千島海溝 evaluation (第三版, 2017-12-19) expects M8.8 or more there (リスク対策.com,
          // http://www.risktaisaku.com/articles/-/4412).
          center: { latitude: 41.25, longitude: 143.8 },
          radiusKm: 120,
          depthKm: 30,
          faultType: 'interplate',
          strikeDeg: 215,
          dipDeg: 15,
          minMagnitude: 7,
          maxMagnitude: 8.8,
          bValue: hokkaido.bValue,
          referenceSite: 'townhall',
          probability30yJma6Lower: {
            value: 0.012,
            source:
              '[jshis-2018] 函館市 1.5% as proxy for 森町 (all sources), of which 1.2% is given to this region (assumption), checked against the 地震調査委員会 long-term evaluations: the region then has M ≥ 8 once in 83 years, near the 72.2 years of 十勝沖 (M8.1; https://www.jishin.go.jp/main/choukihyoka/kaikou.050323.htm); with 三陸沖北部 (M8.0, every 97.0 years; http://jishin.go.jp/main/choukihyoka/kaikou.htm) they give once in 41 years, which alone would take 2.4% at the town hall, more than the whole proxy',
          },
          offshoreShare: { value: 1, source: '[herp-kuril-2017] the region\'s quakes are trench-type quakes of the plate boundary off 十勝, under the sea: all of them offshore, 1' },
        },
        hokkaido.ishikariRegion('housing-dc', { value: 0, source: 'assumption: inland sources; a 石狩湾 tsunami would not reach 噴火湾' }),
        hokkaido.kamikawaRegion('community-cloud-dc'),
        national.kantoRegion,
      ],
      intensitySigma: siteAndGroundSources.intensitySigma,
      tsunamiMinMagnitude: { value: 6.5, source: '[jma-akita-tsunami-qa] tsunamis arise from about M6.5 (destructive ones from about M7.5); below the threshold none is drawn, above it the height follows the magnitude and the distance, so the smaller ones stay small' },
      blackoutJmaIntensityAtLeast: { value: 6, source: national.sources.blackoutIntensity },
      blackoutProbability: { value: 0.3, source: 'the share of the struck grid\'s customers that a strong quake blacked out, in the four quakes whose count and grid size were both read: all 2.95 million in Hokkaido in 2018 ([tokyo-sports-hokkaido-blackout-2018]), 1.00; 4.05 million at once in TEPCO\'s area in 2011 and 2.1 million in 2022 ([himasobi-tepco-blackouts-2022]) of its about 29 million metered customers ([tepco-pg-company-role]), 0.14 and 0.07; up to 476,600 after the 2016 Kumamoto main shock ([kkt-kumamoto-outage-2016]) of Kyushu Electric\'s 7.70 + 0.93 = 8.63 million customers ([kyuden-databook-2013]), 0.055: (1.00 + 0.14 + 0.07 + 0.055) / 4 ≈ 0.32 ≈ 0.3 (four quakes; in 2022 the 6強 shaking was in the neighbouring Tohoku grid, so without it (1.00 + 0.14 + 0.055) / 3 ≈ 0.40; a site is one customer)' },
      blackoutHours: national.hokkaidoBlackoutHours,
      regionalDisasterJmaIntensityAtLeast: {
        value: 5.5,
        source: '[sugito-quake-footing] a town goes to its emergency footing, with the disaster headquarters, from 震度6弱; [jma-intensity-1996] 6弱 is instrumental intensity 5.5 to under 6.0 (the classes split at the half, 5弱 from 4.5)',
      },
      assemblyDelayMultiplier: { value: 2, source: '[nhk-noto-roads-2024] after the 2024 Noto earthquake, with the inland roads reopened and coastal ones such as route 249 still shut, trips in the rural peninsula took about twice the usual time: ×2 (one quake, measured eight days on; the first hours, with roads still shut and staff seeing to their families, may be slower)' },
    },
    volcano: {
      name: '北海道駒ヶ岳',
      location: { latitude: 42.063, longitude: 140.677 },
      largeEruptionAnnualRate: { value: 0.01, source: '[komagatake-police] 4 large eruptions 1640–1929, the last 97 years ago: about 1% a year' },
      smallEruptionAnnualRate: { value: 0.15, source: '[komagatake-2000] small phreatic eruptions 1996–2000: about 0.1–0.2 a year' },
      evacuationDays: {
        lognormal90: [15, 120],
        source:
          'the 2000 有珠山 eruption, the last evacuation of whole districts in Hokkaido: the orders stood from 18:30 on 29 March ([cao-usu-2000-chronology]); the first third of the evacuees went home on 13 April, after 15 days ([cao-usu-2000-first-lifting]); the lifting was practically complete on 28 July, after 121 days, with 378 people by the craters left out ([cao-usu-2000-last-lifting]): 5% at 15 days, 95% at about 120 (a Plinian 駒ヶ岳 eruption, with far more pumice, could keep the zone shut longer)',
      },
      smallEvacuationProbability: { value: 0.05, source: 'assumption: the 2000 eruptions set up disaster HQs without closing towns [komagatake-2000]' },
      smallEvacuationDays: { lognormal90: [1, 7], source: 'assumption: a precautionary closure of a few days' },
      ashPowerOutageProbability: { value: 0.2, source: 'assumption: ash on insulators and lines' },
      ashPowerOutageHours: {
        lognormal90: [1, 6],
        source:
          '[asahi-aso-ash-outage-2016] the 2016 阿蘇 eruption: wet ash on insulators tripped the supply twice in a day (about 29,000 and 27,000 customers), and wiping the insulators brought it back within about 5.5 h at the longest: 95% within about 6 h; an hour at the 5% point (assumption for the spread)',
      },
    },
    heavySnow: {
      // December to February (calendar months).
      months: [12, 1, 2],
      annualRate: {
        value: 0.33,
        source:
          '[shiraberun-hakodate-snow] the heaviest daily snowfalls at 函館, the nearest observatory, since 2000: 9 days of 27 cm or more, 8 of them in December–February (41 cm on 12 January 2018 the largest), in the 24 winters from 2000 to 2023: 8 / 24 ≈ 0.33 a winter (days of 20–26 cm are not in the list, so storms of 札幌\'s 20 cm mark are somewhat more frequent; 40 cm in a day at 小金湯 in 札幌 stopped the 札幌–airport line all day, [asahi-hokkaido-snow-jan12])',
      },
      durationHours: { lognormal90: [12, 48], source: 'assumption: a storm of half a day to two days' },
      powerOutageProbability: {
        value: 0.02,
        source:
          '[mainichi-muroran-snow-outage-2012] the blizzard of November 2012 on the other shore of 噴火湾 felled a tower and left about 56,000 customers around 室蘭 without power, of the 2.95 million the Hokkaido grid serves ([tokyo-sports-hokkaido-blackout-2018]): 56,000 / 2,950,000 ≈ 0.02 (one storm, the only one read on this bay; a site is one customer, as for 札幌\'s snow; [cao-bcp-guide-2015] in the 2010–11 New-Year snow a generator\'s fuel lasted half a day)',
      },
      powerOutageHours: {
        lognormal90: [7, 72],
        source:
          'the 2012 blizzard on the same bay (噴火湾) at 室蘭 and 登別: the outage began at about 03:20 on 27 November ([kyodo-muroran-snow-outage-2012]) and peaked at about 56,000 customers ([mainichi-muroran-snow-outage-2012]), fell to about 11,500 by 09:00 on the 28th and rose again with new faults ([asahi-hokkaido-snow-outage-2012]); about 6,000 (11%) were still out on the night of the 29th, about 64 h on, and almost all were back by 09:00 on the 30th, about 78 h ([asahi-hokkaido-snow-restored-2012]): 95% at about 72 h; restoration began just after 10:00 on the first morning and about 11,500 of the first 39,500 were back by 11:00 ([muromin-snow-outage-2012]), so the 5% point at about 7 h; a later blizzard that felled a tower, at 紋別 in 2022, was over some 55 h after it began ([asahi-monbetsu-snow-outage-2022]: the afternoon of the 23rd to 23:40 on the 25th), inside that range',
      },
      lineCutProbability: { value: 0.05, source: 'assumption: snow-laden trees on aerial cable' },
      assemblyDelayMultiplier: {
        value: 3.75,
        source:
          '[yomiuri-muroran-commute-2012] in the 2012 blizzard on the same bay a 室蘭 city-hall employee\'s 40-minute commute took 2.5 h: 150 / 40 = 3.75 (one commute in a severe storm: a milder one slows the way in less)',
      },
    },
    power: hokkaido.gridOutages,
    lgwan: national.lgwan,
    staffShortage: staffShortage({
      value: 0.6,
      source:
        '[sec-clinic-workplace-influenza-2020] of 200 workers, those whose workplace had an influenza outbreak (77%) saw a tenth or less of it catch it (43%), about a fifth (19%), 3 in 10 (8%), half (5%) or more (2%): taking each answer at its share (more than half as 0.7), each colleague of a sick member catches it with p = (0.1 × 43 + 0.2 × 19 + 0.3 × 8 + 0.5 × 5 + 0.7 × 2) / 77 ≈ 0.187; an outbreak among the town\'s 2 IT staff ([ict-bcp-sample-town] [soumu-dx-staff-2023]) takes the one who brings it and the other with p: (1 + 1 × 0.187) / 2 ≈ 0.59 ≈ 0.6',
    }),
    // Typhoons over the town's grid and over the government cloud's; fewer reach southern Hokkaido
    // than Tokyo. Rural lines under trees: the slower Chiba tail of the restoration curve.
    typhoon: typhoons(
      [
        { powerRegion: 'hokkaido', place: '森町', latitudeDeg: 42.1 },
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
    // The town-hall server room is on the floor above the offices (as 白岡's survived on the third floor);
    // the data centres have gas suppression. The vault's tapes and the government cloud are left out:
    // a fire in the operator's zone is one of its zone outages.
    fire: {
      sites: [
        hallFire('townhall', {
          value: 0.3,
          source:
            'the one hall fire found burnt about 800 m² ([saitama-np-shiraoka-fire-2025]); 森町\'s hall is a 1,414 m² main building and a 1,207 m² assembly building ([nordot-mori-townhall-plan]): a fire of that size starting anywhere in the 2,621 m² reaches a server room in the main building with probability (1,414 / 2,621) × (800 / 1,414) = 800 / 2,621 ≈ 0.31 ≈ 0.3 (the room taken as anywhere in its building)',
        }),
        dataCentreFire('housing-dc'),
        dataCentreFire('community-cloud-dc'),
        dataCentreFire('community-cloud-backup-dc'),
      ],
    },
    applicationFailures: applicationPackages({
      core: CORE,
      certificateSystem: 'resident-registry',
      batchFailureAnnualRate: { value: 1, source: 'assumption: a night batch of the 基幹系 package fails about once a year (no count found)' },
    }),
    maintenance: maintenanceWindows({ lognormal90: [1000000, 5000000], source: 'assumption: the vendor\'s migration and testing of one package system on new servers, 100万–500万円' }, {
      // The town-hall server room stops for the hall's power-off inspection (no UPS for a whole day).
      powerOffInspection: true,
    }),
  },
  threats: {
    ransomware: {
      annualRate: { value: 0.002, source: national.sources.ransomwareDirect },
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
      rebuildWithoutBackupHours: national.ransomwareRebuildWithoutBackupHours,
    },
    leaks: [
      ...municipalLeakCauses(municipalLeakTotal(15_000)),
      ...hostingMisconfigurations(
        {
          'public-cloud': { value: 0.01, source: 'assumption: an open storage bucket or share once a century; settings are mostly the vendor\'s template' },
          onprem: {
            value: 0.02,
            source: 'assumption: twice the government cloud\'s 0.01 — shares, permissions and firewall rules set by hand by two generalist IT staff and the vendor, with no provider template or configuration check; the isolated My Number segment keeps it rare',
          },
          housing: {
            value: 0.025,
            source: 'assumption: the same hand-set servers as on-premises, plus the remote-maintenance path into the data centre: one more rule set to get wrong',
          },
          'community-cloud': {
            value: 0.008,
            source: 'assumption: one operator\'s standard configuration for the 6 towns under change control, on a closed LGWAN-ASP network: fewer errors per town than hand-set servers, and fewer exposed surfaces than public-cloud storage',
          },
        },
      ),
    ],
    insiderMisuse: insiderMisuse(
      15000,
      { value: 0.005, source: 'assumption: records carried out by staff or a contractor once in 200 years for a town; [amagasaki-usb-2023] the best-known case' },
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
    pressConferenceYen: { value: 200000, source: 'assumption: the room, materials and staff time of one press conference' },
    compensationYenPerPerson: national.compensationYenPerPerson,
    equipmentReplacementYenPerSystem: {
      value: 16000000,
      source: '[gov-cloud-pilot-cost-items] hardware lease was 821.6 of 4,787.3 百万円 (17.2%) of the pilot bodies\' five-year running cost × 5 years of the town\'s 1.69億円/年 ([soumu-it-cost-2018] 15,000 × 11,266円) ÷ its 9 systems (terminals and network spread over them) ≈ 1,600万円',
    },
    staffHoursPerAction: {
      value: 24,
      source:
        '[sanin-izumo-web-leak-2025] one case: after publishing a 2,084-person leak the section answered enquiries on its own telephone 9:00–17:00 for three days, at least one person on the line: 3 × 8 = 24 h for that one action (a lower bound; letters and reports come on top)',
    },
    hostingCostFactor: hostingCostFactor(communityCloudSaving),
    scheduled: [
      standardisationMigration('2027-04-01', CORE, {
        // Housing forgoes the subsidy, so the town pays what the subsidy pays on average for one system.
        housing: {
          lognormal90: national.migrationCostYenPerSystem.lognormal90,
          source:
            '[soumu-minister-subsidy-2023] the subsidy of 6,988億円 pays the migration of [digital-agency-tokutei-2025] 34,592 standardised systems: about 2,000万円 a system, which a town that forgoes it pays itself (the 500万–5,000万円 5–95% span of a vendor exit)',
        },
        community: [5000000, 25000000],
        publicCloud: {
          lognormal90: [3500000, 17700000],
          source:
            '[jp24h-standardisation-cost-2023] before the top-up the 62 core cities expected 18.1億円 of migration cost against an average cap of 3.4億円; [soumu-minister-subsidy-2023] the fund then grew from 1,825 to 6,988億円 (×3.83), so a cap of 3.4 × 3.83 ≈ 13.0億円 and costs of 18.1 ÷ 13.0 ≈ 1.39 times the cap; the fund over [digital-agency-tokutei-2025] 34,592 systems makes an average cap of about 2,020万円 a system, and 0.39 × 2,020万 ≈ 790万円 a system is left to the town as the median; assumption: the caps rose in proportion to the fund, and a factor of √5 either way as the 5–95% range (350万–1,770万円)',
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
      label: { ja: '現状：庁舎サーバ室 + 代替庁舎・週次オフライン複製', en: 'As is: town-hall server room + alternate office, weekly offline copy' },
      systems: placeAll(CORE, { backups: [dailyInServerRoom] }),
      measures: [alternateOfficeIn72h, vaultCopy],
    },
    housing: {
      label: { ja: 'ハウジング（札幌DC）+ 回線2経路・代替庁舎・週次オフライン複製', en: 'Housing in a Sapporo data centre + two line routes, alternate office, weekly offline copy' },
      systems: {
        ...placeAll(CORE, { site: 'housing-dc', backups: [dailyAtHousing] }),
        groupware: { site: 'housing-dc', backups: [dailyAtHousing] },
      },
      measures: [secondRoute('housing-line'), alternateOfficeIn72h, vaultCopy],
    },
    'community-cloud': {
      label: {
        ja: '自治体クラウド（6町共同、旭川）+ 回線2経路・代替庁舎・週次オフライン複製',
        en: 'Community cloud of 6 towns (Asahikawa) + two line routes, alternate office, weekly offline copy',
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
