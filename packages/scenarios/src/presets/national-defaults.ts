import type { ScenarioInput } from '../schema/index.ts';
import { dataCentreGeneratorFailure } from './preset-builders.ts';
import { siteAndGroundSources } from './site-and-ground-sources.ts';

type Input = ScenarioInput;
type Quantity = Input['hazards']['lgwan']['outageHours'];

const GUTENBERG_RICHTER_B = { value: 0.9, source: '[nied-gutenberg-richter] b is about 1 in most Japanese catalogues and varies by region: 0.9' };

/**
 * Defaults that are the same for every Japanese municipality — national networks, the Tokyo cloud
 * region, national base rates and unit costs — shared by the presets so that two towns simulated with
 * one seed meet the same common-cause events with the same parameters. Plain data; every number carries
 * its source.
 *
 * @example
 * nationalDefaults.lgwan.outageAnnualRate; // { value: 0.1, source: '[lgwan-outage-2022] [soumu-whitepaper-2004] one nationwide outage since …' }
 */
export const nationalDefaults = {
  /** Gutenberg–Richter b of every source region the presets draw (one belief for all of them). */
  bValue: GUTENBERG_RICHTER_B,

  /** Overtime pay of local civil servants on a working day (the salary ordinances' base rate). */
  overtimeMultiplier: { value: 1.25, source: '[mie-overtime-allowance] 125/100 for overtime on a working day until 22:00' },

  /** Nationwide LGWAN outages: one documented since LGWAN began in 2001, hitting every town at once. */
  lgwan: {
    outageAnnualRate: {
      value: 0.04,
      source:
        '[lgwan-outage-2022] [soumu-whitepaper-2004] one nationwide outage (2022-01-26) in about 24.5 years of operation since 2001-10: 0.04 a year (exact 95% interval 0.001–0.23); `machi calibrate` found the former 0.1 2.5 times the observed rate',
    },
    outageHours: { lognormal90: [4, 20], source: '[lgwan-outage-2022] 2022-01-26: about 4.5 h for key functions, about 19.5 h for everything' },
  } satisfies Input['hazards']['lgwan'],

  /** Public-cloud operator events in the Tokyo region. */
  cloudOutages: {
    zoneOutageAnnualRatePerZone: {
      value: 0.14,
      source:
        'four single-zone events of the Tokyo region in the seven years 2019–2025 — [aws-tokyo-2019] 2019-08, [cafe-dc-aws-tokyo-2021] 2021-02, [publickey-aws-tokyo-2025] 2025-04 and [global-creative-aws-tokyo-2025] 2025-06 — over its four zones: 4 ÷ 7 ÷ 4 ≈ 0.14 a zone-year',
    },
    zoneOutageHours: {
      lognormal90: [1, 9.7],
      source:
        'the zone outages whose length was published: about 1 h ([publickey-aws-tokyo-2025]), about 5 h ([cafe-dc-aws-tokyo-2021]), 6 h for servers and 9.7 h for databases ([aws-tokyo-2019]); the shortest and the longest, 1–9.7 h, taken as the 5–95% range',
    },
    multiAzFailoverFailureProbability: {
      value: 0.1,
      source: 'assumption: a multi-zone deployment takes about 10% of a zone outage; of the four zone events only [aws-tokyo-2019] is reported to have hit some multi-zone applications',
    },
    regionOutageAnnualRate: {
      value: 0.14,
      source:
        'one failure that cut every zone of the Tokyo region off the closed connections into it ([aws-dx-2021], 2021-09-02) in the same seven years 2019–2025 as the zone events: 1 ÷ 7 ≈ 0.14 a year',
    },
    regionOutageHours: {
      lognormal90: [6.2, 14.5],
      source:
        'the two region-wide failures read: 6.2 h of Direct Connect into every Tokyo zone ([aws-dx-2021]; the government cloud\'s connection path) and about 14.5 h of the whole Northern Virginia control plane ([aws-us-east-1-2025]; the same provider\'s largest region); the span of the two, 6.2–14.5 h, taken as the 5–95% range',
    },
  } satisfies Input['providers']['cloud'],

  /** Persons per leak: most touch a few residents, a few touch tens of thousands (capped at the population). */
  leakPersons: {
    bands: [
      { min: 1, max: 5, share: 0.7 },
      { min: 6, max: 100, share: 0.2 },
      { min: 101, max: 1000, share: 0.08 },
      { min: 1001, max: 50000, share: 0.015 },
      { min: 50001, max: 500000, share: 0.005 },
    ],
    source: '[soumu-appi-fy2008] 77.8% of ministry cases touched at most 5 persons; [ppc-annual-2024] 88.3% of reports at most 1,000 and 0.8% more than 50,000: bands of 70/20/8/1.5/0.5%, the >50,000 band capped at 500,000 by assumption',
  } satisfies Quantity,

  /** Ransomware: double extortion and the long investigation before restores may begin. */
  ransomwareDataTheftProbability: { value: 0.8, source: '[npa-white-paper-2025] 82.8% double extortion, 2024' },
  /**
   * The chance that an attack on a segment encrypts one server that the town administers itself, in its
   * own room or in a rented rack alike (the same servers over the same admin paths).
   */
  ransomwareEncryptTownRunProbability: {
    value: 0.55,
    source:
      '[sophos-slg-ransomware-2024] local-government bodies hit by ransomware: data encrypted in 98% of attacks, on average 56% of their computers affected: 0.98 × 0.56 ≈ 0.55 a server',
  },
  ransomwareContainmentHours: {
    lognormal90: [176, 2400],
    source:
      '[npa-cyber-2024] recovery took a month or more for 49% of victims in 2024: median 650 h plus about 70 h of rebuild and restore ≈ 720 h; P95 100 days (assumption: the long tail is rising)',
  } satisfies Quantity,

  /**
   * Rebuilding one package system whose backups were all encrypted: from the decision to rebuild on new
   * servers to full service, after containment (`ransomwareContainmentHours` covers the weeks before).
   */
  ransomwareRebuildWithoutBackupHours: {
    lognormal90: [312, 2808],
    source:
      'つるぎ町立半田病院, a town-run hospital holding about 85,000 patients\' records (as many records as a town or small city holds) whose package was rebuilt on new servers as a town\'s would be, announced on 2021-11-26 that it would do so ([asahi-handa-rebuild-2021]) and resumed all care on 2022-01-04 ([sankeibiz-handa-resumed-2022]): 39 days ≈ 936 h as the median (the 26 days before the decision belong to containmentHours, so nothing is counted twice); assumption: a factor of 3 either way (312–2,808 h) as the 5–95% range',
  } satisfies Quantity,

  /**
   * A shared site's operator restoring one member town's tenant after the site fails, one crew at a time
   * (`sharedSiteRestoreCrews`).
   */
  sharedSiteRestoreHoursPerTown: {
    lognormal90: [4, 16],
    source:
      '[jip-base-2019] the operator brought about 3 member bodies back a day, one after another: 24 ÷ 3 = 8 h a body as the median; assumption: a factor of 2 either way (4–16 h) as the 5–95% range, for small and large tenants',
  } satisfies Quantity,

  /**
   * The share of residents whose records a package vendor or its print contractor keeps as print and
   * conversion extracts, exposed when it is compromised.
   */
  vendorExtractShare: {
    value: 0.38,
    source:
      '[mbs-iseto-2024] one print contractor\'s ransomware leaked about 135,000 residents\' names, pay and other notice data of 和歌山市, whose [agara-wakayama-census-2020] 356,729 residents make 135,000 ÷ 356,729 ≈ 0.38',
  },

  /** Moving one standardised system to another vendor: re-procurement, data conversion and testing. */
  migrationCostYenPerSystem: {
    lognormal90: [5000000, 50000000],
    source:
      '[soumu-minister-subsidy-2023] the migration subsidy fund of 6,988億円 (about 7,000億円) over [digital-agency-tokutei-2025] 34,592 standardised systems: about 2,000万円 a system on average, the mean of a 500万–5,000万円 5–95% range (assumption: a factor of 10 between small and large systems)',
  } satisfies Quantity,

  /** A vendor exit's cutover: how often it stops the town into a working day, and for how long (one belief for every preset). */
  cutoverOutageProbability: {
    value: 0.31,
    source:
      '[nikkei-computer-2005-merger-system-troubles] 18 of the 58 municipalities that answered had some trouble when they merged their systems at a municipal merger in 2005 (data moved between the former towns\' vendors among the causes): 18 ÷ 58 ≈ 0.31 (every kind of trouble counted, not only a stop)',
  },
  cutoverOutageHours: {
    lognormal90: [8, 100],
    source:
      'changes of a town\'s systems that overran into working days: [hokkaido-np-sapporo-renewal-2019] a renewal, about 10.8 h on the first working day; [kenoh-sanjo-registry-2012] a registry modification, from the morning to the next morning at the earliest, about a day; [fukui-np-fukui-systems-update] [fukui-np-fukui-systems-restored] a software update of a nine-town shared system, the first town fully back after about 102 h: a 90% range of 8–100 h spans 10.8–102 h',
  } satisfies Quantity,
  /** A forced move to another vendor's system: how often converted data turns out wrong after go-live. */
  conversionDefectProbability: {
    value: 0.31,
    source:
      '[nikkei-merger-migration-2005] of 58 municipalities that moved onto one system at their 2005 mergers, 18 had system trouble afterwards, most of it from converted data not checked: 18 ÷ 58 ≈ 0.31',
  },

  /** The share of residents a conversion defect touches, from the one published case with a count. */
  conversionDefectPersonsShare: {
    value: 0.0004,
    source:
      '[nikkei-merger-migration-2005] 富山市\'s converted data missed a former town\'s payments and 170 residents who had paid got arrears reminders; the merged city had about 420,000 residents ([kitanippon-toyama-merger-2004]): 170 ÷ 420,000 ≈ 0.0004',
  },

  /** The 2018 Hokkaido blackout as the shape of a quake-caused regional blackout. */
  hokkaidoBlackoutHours: {
    lognormal90: [11, 64],
    source: '[hokkaido-blackout-2018] 2018 北海道ブラックアウト: all out about 11 h, 50% back at about 30 h, restoration declared at about 64 h',
  } satisfies Quantity,

  /** Unit costs of responding to an incident (JNSA survey, postage). */
  notificationLetterYen: { value: 130, source: '[postage-2024] 110円 postage + about 20円 printing; [jnsa-damage-2024] letters to 10,000 persons about 130万円' },
  callCentreYenPerDay: { value: 120000, source: '[jnsa-damage-2024] 700–1,000万円 per 3 months: 8–17万円 per day' },
  callCentreDaysBase: { value: 30, source: 'assumption: a month of calls for any notice large enough to open a call centre' },
  callCentreDaysPer10000Persons: { value: 60, source: '[jnsa-damage-2024] 3 months for a 10,000-person notice: 30 + 60 days' },
  callCentreFromPersons: {
    value: 3400,
    source:
      'two published cases bracket it: [sanin-izumo-web-leak-2025] 2,084 persons were answered on the section\'s own telephone for three days, no call centre; [you-yokkaichi-procx-2023] about 5,500 had a special call centre (opened by the contractor, not the city); [toyota-iseto-callcentre-2024] 148,620 a 30-line one; between them [tokushima-naruto-leak-2023] 3,071 got a dedicated enquiry window of a kind not stated: the threshold taken at √(2,084 × 5,500) ≈ 3,400',
  },
  forensicsYen: { value: 3500000, source: '[jnsa-damage-2024] 事故原因・被害範囲調査 300–400万円' },
  forensicsYenPerServer: { value: 1750000, source: '[jnsa-damage-2021] forensics per server 150–200万円' },
  compensationYenPerPerson: { value: 500, source: '[benesse-2014] 500円 a person, the corporate precedent; [amagasaki-usb-2023] a municipality paid its residents nothing' },

  /** ガバメントクラウド in the Tokyo region: three availability zones. */
  govCloudTokyo: {
    id: 'gov-cloud',
    name: { ja: 'ガバメントクラウド（東京リージョン）', en: 'Government cloud, Tokyo region' },
    kind: 'public-cloud',
    // The Tokyo region's data centres are near central Tokyo (assumption: operators do not publish their sites).
    location: { latitude: 35.68, longitude: 139.77 },
    coastal: false,
    groundElevationM: { value: 6, source: '[jma-amedas-tokyo-mori] the 東京 observatory in 大手町, about 1.5 km from the modelled site by Tokyo station, stands at 6 m' },
    floorAboveGroundM: siteAndGroundSources.dataCentreFirstFloorM,
    fragility: {
      medianJmaIntensity: { value: 7, source: 'assumption: seismically isolated data-centre buildings; [nied-damage-intensity] no curves exist for equipment' },
      beta: siteAndGroundSources.buildingFragilityBeta,
    },
    siteAmplification: siteAndGroundSources.firmGroundAmplification,
    generatorHours: { value: 72, source: '[fdma-72h-2018] 72 h without outside supply, the national target, which data centres meet' },
    generatorFailureProbability: dataCentreGeneratorFailure,
    powerRegion: 'tokyo',
    zones: ['a', 'b', 'c'],
    recoveredBy: 'provider',
    replacementHours: {
      lognormal90: [128, 672],
      source:
        '[msit-pangyo-fire-2022] Kakao\'s services back after 127.5 h once its burnt data centre was out; [itmedia-nirs-fire-2025] the burnt government systems to be rebuilt at another centre within about four weeks (672 h): the span of the two, 128–672 h, taken as the 5–95% range',
    },
    facilityOutageAnnualRate: { value: 0, source: 'assumption: the operator\'s facility faults are its zone outages' },
    annualCostYen: { value: 3000000, source: 'assumption: ガバメントクラウド account, 運用管理補助 and connection share' },
  } satisfies Input['sites'][number],

  /**
   * Earthquakes around Tokyo, calibrated to 48% for JMA 6弱+ in 30 years at 都庁. Inland plus plate
   * events in one disc; no tsunami share, because the model would carry a Tokyo tsunami to a town
   * on another coast (the town's coastal height is computed from its own distance to the epicentre).
   */
  kantoRegion: {
    id: 'kanto',
    center: { latitude: 35.69, longitude: 139.69 },
    // The disc (100 km, M5.5–8.2 at 40 km) covers 首都直下 and 相模トラフ sources; the schema takes
    // plain numbers here (assumption: the extent of the Kanto sources).
    radiusKm: 100,
    depthKm: 40,
    faultType: 'interplate',
    minMagnitude: 5.5,
    maxMagnitude: 8.2,
    bValue: GUTENBERG_RICHTER_B,
    referenceSite: 'gov-cloud',
    probability30yJma6Lower: { value: 0.48, source: '[jshis-2018] 東京都 都庁, 48%' },
    offshoreShare: { value: 0, source: 'assumption: Tokyo tsunamis do not reach the Hokkaido towns modelled here' },
  } satisfies Input['hazards']['earthquake']['regions'][number],

  /**
   * Source strings of beliefs that several presets hold about every municipality, written once so that
   * one belief reads (and counts) the same wherever it is used.
   */
  sources: {
    /** Supply-chain ransomware exposure of one body, per year (a vendor or contractor hit). */
    supplyChainCompromise:
      'assumption: about 0.5 supply-chain attacks a year nationally, each reaching about 7 of 1,788 bodies (2024: one print contractor, several towns): 0.5 × 7 / 1,788 ≈ 2e-3 a year; [npa-white-paper-2025] 21 victims outside companies in 2024 is the ceiling',
    /** Direct ransomware on a municipality's own systems, per year. */
    ransomwareDirect:
      'assumption: 1–2 published direct hits a year on municipal systems (e.g. [ishinomaki-ransomware-2023]) over 1,788 bodies ≈ 1e-3, doubled for unpublished ones; [npa-white-paper-2025] 21 victims outside companies in 2024 (1.2e-2) is the ceiling',
    /** From what intensity at a site of the grid the island may black out. */
    blackoutIntensity:
      '[worldbosai-kanto-blackout-2022] the 2022 福島県沖 quake, 6強 at its strongest, cut power to about 150,000 customers in the Tohoku grid it struck and 2.09 M in Kanto; 6強 is instrumental intensity 6.0 and above ([jma-intensity-1996] 6弱 ends below 6.0): 6' + ' ([hokkaido-blackout-2018] a 7 at 厚真 in 2018 blacked out all Hokkaido)',
    /** When an alternate office opens under a BCP. */
    alternateOffice72h:
      'assumption: terminals and a line at a 代替庁舎 within the 72 h 初動 period ([soumu-ict-bcp]: the ICT-BCP checklist asks for an alternative site)',
    /** What a second carrier route buys. */
    secondRoute: 'assumption: a second carrier route cuts isolated faults about 90%, disaster outages about 50% (shared poles and conduits)',
  },
};
