import type { ScenarioInput } from '../schema/index.ts';

type Input = ScenarioInput;
type Quantity = Input['hazards']['lgwan']['outageHours'];

/**
 * Defaults that are the same for every Japanese municipality — national networks, the Tokyo cloud
 * region, national base rates and unit costs — shared by the presets so that two towns simulated with
 * one seed meet the same common-cause events with the same parameters. Plain data; every number carries
 * its source.
 *
 * @example
 * nationalDefaults.lgwan.outageAnnualRate; // { value: 0.1, source: 'base-rates.md#5 (...)' }
 */
export const nationalDefaults = {
  /** Nationwide LGWAN outages: one documented since LGWAN began in 2001, hitting every town at once. */
  lgwan: {
    outageAnnualRate: {
      value: 0.04,
      source:
        '[soumu-ict-white-paper-2004-lgwan] [nikkei-xtech-lgwan-outage-2022] one nationwide outage (2022-01-26) in about 24.5 years of operation since 2001-10: 0.04 a year (exact 95% interval 0.001–0.23); `machi calibrate` found the former 0.1 2.5 times the observed rate',
    },
    outageHours: { lognormal90: [4, 20], source: 'base-rates.md#5 (2022-01-26: about 4.5 h for key functions, about 19.5 h for everything)' },
  } satisfies Input['hazards']['lgwan'],

  /** Public-cloud operator events in the Tokyo region. */
  cloudOutages: {
    zoneOutageAnnualRatePerZone: { value: 0.14, source: 'base-rates.md#4.5 (4 AZ events in about 7 years ÷ 4 AZs)' },
    zoneOutageHours: { lognormal90: [1.3333, 12], source: 'base-rates.md#4.5 (AZ median 4 h, P95 12 h: p05 = 4²/12 ≈ 1.33)' },
    multiAzFailoverFailureProbability: { value: 0.1, source: 'base-rates.md#4.5 (a multi-AZ deployment takes about 10% of a zone outage, 2019)' },
    regionOutageAnnualRate: { value: 0.02, source: 'base-rates.md#4.5 (full-region outage ≤0.02 per year, tail scenario)' },
    regionOutageHours: {
      lognormal90: [3, 48],
      source: 'assumption: median 12 h; base-rates.md#4.5 saw one 6.2 h region-wide Direct Connect event and no full-region outage',
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
    source: 'base-rates.md#1.5 (suggested size bands; the >50,000 band capped at 500,000 by assumption)',
  } satisfies Quantity,

  /** Ransomware: double extortion and the long investigation before restores may begin. */
  ransomwareDataTheftProbability: { value: 0.8, source: 'base-rates.md#2.1 (82.8% double extortion, 2024)' },
  ransomwareContainmentHours: {
    lognormal90: [176, 2400],
    source:
      'base-rates.md#2.4 (P(recovery ≥1 month) = 0.5: median 650 h plus about 70 h of rebuild and restore ≈ 720 h; P95 100 days, base-rates.md#2.2: ≥2 months 11% in 2022 H2 and rising)',
  } satisfies Quantity,

  /** The 2018 Hokkaido blackout as the shape of a quake-caused regional blackout. */
  hokkaidoBlackoutHours: {
    lognormal90: [11, 64],
    source: 'jp-facts.md#2 (2018 北海道ブラックアウト: all out about 11 h, 50% back at about 30 h, restoration declared at about 64 h)',
  } satisfies Quantity,

  /** Unit costs of responding to an incident (JNSA survey, postage). */
  notificationLetterYen: { value: 130, source: 'base-rates.md#6.1 (110円 postage + about 20円 printing; JNSA DM about 130万円 per 10,000)' },
  callCentreYenPerDay: { value: 120000, source: 'base-rates.md#6.1 (700–1,000万円 per 3 months: 8–17万円 per day)' },
  callCentreDaysBase: { value: 30, source: 'assumption: a month of calls for any notice large enough to open a call centre' },
  callCentreDaysPer10000Persons: { value: 60, source: 'base-rates.md#6.1 (3 months for a 10,000-person notice: 30 + 60 days)' },
  callCentreFromPersons: {
    value: 1000,
    source: 'assumption: below 1,000 persons the about 4% who call on day 1 (base-rates.md#6.1, 尼崎) are about 40 calls, taken by staff',
  },
  forensicsYen: { value: 3500000, source: 'base-rates.md#6.1 (事故原因・被害範囲調査 300–400万円)' },
  forensicsYenPerServer: { value: 1750000, source: 'base-rates.md#6.1 (forensics per server 150–200万円, 2021 tariffs)' },
  compensationYenPerPerson: { value: 500, source: 'jp-facts.md#1.4 (500円 precedent: ローソン 2003, Benesse 2014; none paid by a municipality)' },

  /** ガバメントクラウド in the Tokyo region: three availability zones. */
  govCloudTokyo: {
    id: 'gov-cloud',
    name: { ja: 'ガバメントクラウド (東京リージョン)', en: 'Government cloud, Tokyo region' },
    kind: 'public-cloud',
    // The Tokyo region's data centres are within about 100 km of central Tokyo (base-rates.md#4.3).
    location: { latitude: 35.68, longitude: 139.77 },
    coastal: false,
    groundElevationM: { value: 20, source: 'assumption: data centres on raised ground in the Tokyo area' },
    floorAboveGroundM: { value: 5, source: 'assumption: machine halls above the ground floor' },
    fragility: {
      medianJmaIntensity: { value: 7, source: 'assumption: seismically isolated data-centre buildings; no curves exist (jp-facts.md#4.3 GAP)' },
      beta: { value: 0.4, source: 'assumption: usual lognormal spread of building fragility curves' },
    },
    siteAmplification: { value: 1.4, source: 'assumption: J-SHIS engineering bedrock AVS30 = 400 m/s (hazards/seismic default)' },
    generatorHours: { value: 72, source: 'base-rates.md#3.3 (72 h without outside supply, the 内閣府 target data centres meet)' },
    generatorFailureProbability: { value: 0.01, source: 'assumption: N+1 generators under continuous maintenance' },
    powerRegion: 'tokyo',
    zones: ['a', 'b', 'c'],
    recoveredBy: 'provider',
    replacementHours: { lognormal90: [72, 720], source: 'assumption: the operator rebuilds a destroyed region in 3 to 30 days' },
    facilityOutageAnnualRate: { value: 0, source: 'assumption: the operator\'s facility faults are its zone outages (base-rates.md#4.5)' },
    facilityOutageHours: { fixed: 0, source: 'assumption: unused (no facility outages besides zone outages)' },
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
    bValue: { value: 0.9, source: 'assumption: Gutenberg–Richter b about 0.8–1.0 in Japanese regions' },
    referenceSite: 'gov-cloud',
    probability30yJma6Lower: { value: 0.48, source: 'jp-facts.md#4.1 (東京都 都庁, 2018 edition)' },
    offshoreShare: { value: 0, source: 'assumption: Tokyo tsunamis do not reach the Hokkaido towns modelled here' },
  } satisfies Input['hazards']['earthquake']['regions'][number],
};
