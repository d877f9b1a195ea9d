import type {
  DecisionQuantity,
  ExceedanceBand,
  MetricProbabilityBest,
  MetricRankingHolds,
  SensitivityStudyResult,
  StudyDesign,
  StudyInput,
  StudyStamp,
  UncertaintyStudyResult,
} from '@machi/scenarios';
import type { BootstrapEstimate, BootstrapSettings, ProbabilityBest } from '@machi/sim-core';

/**
 * Hand-built study results over the hand-built scenario's three options (onprem, housing, cloud): plain
 * data with round numbers, so that every chart, table and sentence can be checked against them by eye.
 */

const bootstrap: BootstrapSettings = { resamples: 1000, level: 0.95, seed: 1, stream: 'analysis.test' };
const estimate = (value: number, half: number): BootstrapEstimate => ({ estimate: value, low: value - half, high: value + half, standardError: half / 2 });

const input = (path: string, value: number, low: number, high: number, assumed = true, check: StudyInput['check'] = null): StudyInput => ({
  path,
  kind: 'number',
  value,
  low,
  high,
  coverage: 0.9,
  meaning: '90%',
  shape: 'lognormal',
  rangeSource: 'assumption: hand-built for tests',
  valueSource: assumed ? 'assumption: hand-built for tests' : '[ref-test]',
  assumed,
  factor: null,
  check,
});

export const STUDY_INPUTS: readonly StudyInput[] = [
  input('links[0].faultAnnualRatePerRoute', 0.2, 0.05, 0.8, true, { ja: '回線事業者に<b>故障履歴</b>を求める', en: 'asking the carrier for the <b>fault history</b>' }),
  input('sites[0].generatorFailureProbability', 0.1, 0.02, 0.3),
  input('systems[0].annualCostYen.public-cloud', 1500000, 1000000, 2500000, false),
];

const stamp: StudyStamp = {
  version: 'machi-town/v3',
  scenarioName: 'Hand-built town',
  scenarioSha256: '0'.repeat(64),
  seed: 1,
  horizonYears: 1,
  variants: ['onprem', 'housing', 'cloud'],
  metrics: ['costYen', 'downtimeHours'],
  replications: 3 * 64 * 8,
  commonRandomNumbers: true,
};

const numbers = { total: 40, ranged: 3, fixed: 37, fixedAssumptions: 12 };
const design = (method: StudyDesign['method'], inputSets: number): StudyDesign => ({
  method,
  why: 'hand-built',
  coordinates: STUDY_INPUTS.map((i) => i.path),
  inputSets,
  replications: 8,
  sizes: {},
});

const BOOTSTRAP = { resamples: 1000, level: 0.95, seed: 1, stream: 'analysis.best' };

const best = (shares: readonly number[]): ProbabilityBest => ({
  better: 'lower',
  level: 0.95,
  inputSets: 64,
  replications: 8,
  options: ['onprem', 'housing', 'cloud'].map((name, i) => ({
    name,
    probability: shares[i]!,
    low: Math.max(0, shares[i]! - 0.1),
    high: Math.min(1, shares[i]! + 0.1),
  })),
  tied: { probability: 0, low: 0, high: 0.06 },
  undecided: 0.05,
  noDifference: null,
  bootstrap: BOOTSTRAP,
});

const probabilityBest: MetricProbabilityBest[] = [
  { metric: 'costYen', better: 'lower', result: best([0.125, 0.75, 0.125]) },
  { metric: 'downtimeHours', better: 'lower', result: best([0, 0.125, 0.875]) },
];

const rankingHolds: MetricRankingHolds[] = [
  { metric: 'costYen', better: 'lower', result: { ranking: ['housing', 'onprem', 'cloud'], groups: [['housing'], ['onprem'], ['cloud']], better: 'lower', level: 0.95, inputSets: 64, replications: 8, probability: 0.6, low: 0.47, high: 0.72, undecided: 0.1, noDifference: null, bootstrap: BOOTSTRAP }, nominalTie: null },
  { metric: 'downtimeHours', better: 'lower', result: { ranking: ['cloud', 'housing', 'onprem'], groups: [['cloud'], ['housing'], ['onprem']], better: 'lower', level: 0.95, inputSets: 64, replications: 8, probability: 0.87, low: 0.77, high: 0.94, undecided: 0.1, noDifference: null, bootstrap: BOOTSTRAP }, nominalTie: null },
];

const band = (variant: string, scale: number): ExceedanceBand => ({
  variant,
  metric: 'costYen',
  points: [1e6, 3e6, 1e7, 3e7, 1e8].map((threshold, i) => {
    const mean = scale / 2 ** (i * 1.5);
    return { threshold, mean, p05: mean / 3, p50: mean, p95: Math.min(1, mean * 2) };
  }),
});

const across = (mean: number) => ({
  inputSets: 64,
  replications: 8,
  mean: estimate(mean, mean * 0.05),
  quantiles: [0.05, 0.5, 0.95].map((probability) => ({ probability, value: estimate(mean * (0.5 + probability), mean * 0.05) })),
  spread: mean * 0.3,
  spreadWithoutNoise: mean * 0.28,
  noiseShare: 0.13,
  bootstrap,
});

/** An uncertainty study of the hand-built scenario. */
export function handBuiltUncertainty(): UncertaintyStudyResult {
  return {
    kind: 'uncertainty',
    stamp,
    inputs: STUDY_INPUTS,
    factors: [],
    numbers,
    design: design('sobol-scrambled', 64),
    metrics: ['onprem', 'housing', 'cloud'].flatMap((variant, i) =>
      (['costYen', 'downtimeHours'] as const).map((metric) => ({ variant, metric, across: across((i + 1) * (metric === 'costYen' ? 5e6 : 40)), nominal: (i + 1) * 5e6 })),
    ),
    exceedance: [band('onprem', 0.9), band('housing', 0.6), band('cloud', 0.4)],
    probabilityBest,
    rankingHolds,
    precision: { level: 0.95, widestProbabilityInterval: 0.2, widestFirstOrderInterval: null, widestTotalInterval: null, largestNoiseShare: 0.13 },
    rows: [
      { design: 'sobol-scrambled', index: 0, point: [0.5, 0.5, 0.5], inputs: [0.2, 0.1, 1500000], outputs: { 'onprem.costYen': 5e6, 'housing.costYen': 1e7, 'cloud.costYen': 1.5e7 } },
      { design: 'sobol-scrambled', index: 1, point: [0.25, 0.75, 0.25], inputs: [0.1, 0.2, 1200000], outputs: { 'onprem.costYen': 4e6, 'housing.costYen': 9e6, 'cloud.costYen': 1.4e7 } },
    ],
  };
}

const costCloudVsOnprem: DecisionQuantity & { kind: 'difference' } = { kind: 'difference', variant: 'cloud', versus: 'onprem', metric: 'costYen' };
const downtimeCloudVsOnprem: DecisionQuantity = { kind: 'difference', variant: 'cloud', versus: 'onprem', metric: 'downtimeHours' };

/** A sensitivity study of the hand-built scenario: screening, indices, a tornado and switching values on cost. */
export function handBuiltSensitivity(): SensitivityStudyResult {
  const names = STUDY_INPUTS.map((i) => i.path);
  return {
    kind: 'sensitivity',
    stamp,
    inputs: STUDY_INPUTS,
    factors: [],
    numbers,
    quantities: [costCloudVsOnprem, downtimeCloudVsOnprem],
    screening: {
      design: design('morris-trajectories', 40),
      results: [
        {
          quantity: costCloudVsOnprem,
          effects: {
            method: 'morris-1991-trajectories',
            trajectories: 10,
            dimensions: 3,
            levels: 4,
            replications: 8,
            effects: names.map((name, i) => ({ name, muStar: estimate([4e6, 1e6, 2.5e6][i]!, 5e5), mu: [-4e6, 1e6, 2.5e6][i]!, sigma: [1e6, 5e5, 2e5][i]!, noiseFloor: 3e5 })),
            bootstrap,
          },
        },
      ],
    },
    leading: [0, 2, 1].map((i) => ({ name: names[i]!, relativeMuStar: [1, 0.25, 0.625][i]!, muStar: estimate([4e6, 1e6, 2.5e6][i]!, 5e5), quantity: costCloudVsOnprem })),
    indices: {
      design: design('saltelli', 320),
      results: [
        {
          quantity: costCloudVsOnprem,
          indices: {
            method: 'saltelli-2010-first-order/jansen-1999-total',
            baseCount: 64,
            dimensions: 3,
            replications: 8,
            mean: 2e6,
            variance: 4e12,
            indices: names.map((name, i) => ({ name, first: estimate([0.6, 0.05, 0.25][i]!, 0.08), total: estimate([0.68, 0.08, 0.3][i]!, 0.1), uncorrected: null })),
            noise: null,
            bootstrap,
          },
        },
      ],
    },
    tornado: {
      design: design('tornado', 7),
      results: [
        {
          quantity: costCloudVsOnprem,
          tornado: {
            baseline: 2e6,
            bars: [
              { name: names[0]!, lowInput: 0.05, highInput: 0.8, atLow: 5e6, atHigh: -3e6, swing: 8e6, swingStandardError: 2e5 },
              { name: names[2]!, lowInput: 1000000, highInput: 2500000, atLow: 5e5, atHigh: 5e6, swing: 4.5e6, swingStandardError: 2e5 },
              { name: names[1]!, lowInput: 0.02, highInput: 0.3, atLow: 2.5e6, atHigh: 1e6, swing: 1.5e6, swingStandardError: 2e5 },
            ],
          },
        },
      ],
    },
    switching: {
      design: design('switching-value', 24),
      results: [
        {
          quantity: costCloudVsOnprem,
          switching: {
            input: names[0]!,
            atNominal: 2e6,
            crossings: [{ value: 0.45, probability: 0.82, signBelow: 1, signAbove: -1 }],
            evaluations: [{ value: 0.05, difference: 5e6 }, { value: 0.2, difference: 2e6 }, { value: 0.8, difference: -3e6 }],
          },
        },
        {
          quantity: costCloudVsOnprem,
          switching: { input: names[2]!, atNominal: 2e6, crossings: [], evaluations: [{ value: 1000000, difference: 5e5 }, { value: 2500000, difference: 5e6 }] },
        },
      ],
    },
    precision: { level: 0.95, widestProbabilityInterval: 0.2, widestFirstOrderInterval: 0.16, widestTotalInterval: 0.2, largestNoiseShare: 0.13 },
    rows: [],
  };
}
