import type { ScenarioInput } from '../schema/index.ts';
import { nationalDefaults } from './national-defaults.ts';

type Input = ScenarioInput;
type Region = Input['hazards']['earthquake']['regions'][number];
type Sourced = { value: number; source: string };

const bValue = nationalDefaults.bValue;

/**
 * What the Hokkaido presets share about their region: the seismic source regions around 札幌 and 旭川
 * (each preset calibrates them at its own site there), grid outages of the Hokkaido grid, and how the
 * 三層の対策 separation holds against ransomware. Plain data; every number carries its source.
 */
export const hokkaido = {
  /** Around 札幌, reaching 胆振東部 (2018): 80 km, M5–7.5 at 15 km (assumption; plain numbers in the schema). */
  ishikariRegion: (referenceSite: string, offshoreShare: Sourced): Region => ({
    id: 'ishikari',
    center: { latitude: 43.06, longitude: 141.35 },
    radiusKm: 80,
    depthKm: 15,
    faultType: 'crustal',
    minMagnitude: 5,
    maxMagnitude: 7.5,
    bValue,
    referenceSite,
    probability30yJma6Lower: { value: 0.016, source: '[jshis-2018] 札幌市 1.6%' },
    offshoreShare,
  }),

  /** Around 旭川: 60 km, M5–7 at 15 km (assumption; plain numbers in the schema). */
  kamikawaRegion: (referenceSite: string): Region => ({
    id: 'kamikawa',
    center: { latitude: 43.77, longitude: 142.37 },
    radiusKm: 60,
    depthKm: 15,
    faultType: 'crustal',
    minMagnitude: 5,
    maxMagnitude: 7,
    bValue,
    referenceSite,
    probability30yJma6Lower: { value: 0.0055, source: '[jshis-2018] 旭川市 0.55%' },
    offshoreShare: {
      value: 0,
      source: 'the active faults evaluated around 旭川 are land faults: [herp-furano-2005] the 富良野 basin, [herp-mashike-numata-2003] the eastern edge of the 増毛 mountains and of the northern 石狩 plain; none offshore, 0',
    },
  }),

  /** The Gutenberg–Richter b-value of the presets' Hokkaido source regions. */
  bValue,

  /** Storm outages of the whole Hokkaido grid region. */
  gridOutages: {
    regionalOutageAnnualRate: {
      value: 0.2,
      source:
        '[wikipedia-chugoku-nw-outages] 0.20 outages a year per low-voltage customer, Japan\'s fiscal 2013–2017 average (Hokkaido\'s own figure was not read; the national average stands in); a site is one customer, so this is how often its grid fails (that one draw cuts every site of the region at once is the model\'s assumption)',
    },
    regionalOutageHours: {
      lognormal90: [0.2, 5],
      source:
        '[wikipedia-chugoku-nw-outages] 20 minutes a year over 0.20 outages: about 100 min an outage on average; a lognormal with 5% and 95% points 25 times apart (assumption for the spread) and that mean runs 0.2–5 h (median 1 h, mean 97 min)',
    },
  } satisfies Input['hazards']['power'],

  /** How far ransomware crosses the separated segments of a Hokkaido town's network. */
  crossSegmentProbability: {
    myNumber: {
      value: 0.05,
      source: 'assumption: 三層の対策 isolates it [soumu-three-layer-2015]; a vendor maintenance VPN is the residual path ([npa-white-paper-2025]: VPN devices are 55% of entries)',
    },
    lgwan: { value: 0.1, source: 'assumption: through the 無害化 file transfer between the internet and LGWAN segments [soumu-three-layer-2015]' },
    internet: { value: 1, source: 'assumption: the entry segment itself' },
  } satisfies Input['threats']['ransomware']['crossSegmentProbability'],
};
