import {
  ACTIONS,
  EXCEEDANCE_METRICS,
  HEADLINE_METRICS,
  METRICS,
  SAFETY_METRICS,
  type Action,
  type Metric,
  type MonteCarloResult,
  type Scenario,
  type VariantTable,
} from '@machi/scenarios';
import { quietTown, quietTownInput } from '@machi/scenarios/testing';

/**
 * Hand-built results for the report's tests: plain data shaped like a `MonteCarloResult`, with round
 * numbers chosen to exercise the report (a linear and a logarithmic value axis, an action never seen,
 * a ranking that moves with one weight), so that no change to the model or a preset moves them.
 */

const VARIANT_IDS = ['onprem', 'housing', 'cloud'] as const;
type VariantId = (typeof VARIANT_IDS)[number];

/** Expected annual value of each metric, per variant. */
const MEANS: Readonly<Record<VariantId, Readonly<Record<Metric, number>>>> = {
  onprem: means(150e6, 30e6, { downtimeHours: 120, residentHoursWithoutService: 9000, residentsWithoutService: 1500, personsAffected: 400, dataLostHours: 30, systemsLost: 0.02, residentsWithRecordsLost: 40 }),
  housing: means(170e6, 20e6, { downtimeHours: 60, residentHoursWithoutService: 4000, residentsWithoutService: 700, personsAffected: 300, dataLostHours: 12, systemsLost: 0.01, residentsWithRecordsLost: 10 }),
  cloud: means(190e6, 12e6, { downtimeHours: 24, residentHoursWithoutService: 1500, residentsWithoutService: 250, personsAffected: 200, dataLostHours: 4, systemsLost: 0, residentsWithRecordsLost: 0 }),
};

function means(runningCostYen: number, incidentCostYen: number, harms: Omit<Record<Metric, number>, 'costYen' | 'runningCostYen' | 'incidentCostYen' | 'incidents' | 'plannedDowntimeHours' | `evacuation${string}`>) {
  const evacuation = { evacuationListUnreachableHours: harms.downtimeHours / 20, evacuationSupportResidentsUncovered: harms.dataLostHours };
  return { costYen: runningCostYen + incidentCostYen, runningCostYen, incidentCostYen, incidents: 2.5, ...harms, ...evacuation, plannedDowntimeHours: 0 };
}

/** How likely each action is in a year, for the on-premises variant; the others scale it down. */
const ACTION_PROBABILITY: Readonly<Record<Action, number>> = {
  notifyIndividuals: 0.6,
  reportToCommission: 0.3,
  publishNotice: 0.25,
  pressConference: 0.05,
  compensateResidents: 0.02,
  reportToCouncil: 0.1,
  activateBcp: 0,
};
const HARM_FACTOR: Readonly<Record<VariantId, number>> = { onprem: 1, housing: 0.7, cloud: 0.4 };

const RUNS = 200;
const YEARS = 5;
const PROBABILITIES = [1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01];
// Multiples of the mean harm exceeded with those probabilities: from nothing every year to ten times
// the mean once in a hundred (the positive values span more than two decades: a log axis).
const TAIL = [0, 0.02, 0.3, 1, 3, 6, 10];
const RETURN_PERIODS = [2, 5, 10, 100, 200];
const BATCHES = [10, 20, 40, 80, 160, 200];

/** The part of a metric that is no harm (the running cost, in the annual cost). */
const floorOf = (variant: VariantId, metric: Metric) => (metric === 'costYen' ? MEANS[variant].runningCostYen : 0);

function metricResult(variant: VariantId, metric: Metric) {
  const mean = MEANS[variant][metric];
  const floor = floorOf(variant, metric);
  const at = (multiple: number) => floor + (mean - floor) * multiple;
  return {
    mean,
    stderr: mean * 0.05,
    ciLow: mean * 0.9,
    ciHigh: mean * 1.1,
    p50: at(0.5),
    p90: at(2),
    p99: at(6),
    max: at(12),
    returnPeriods: RETURN_PERIODS.map((T) => {
      const available = RUNS * YEARS >= 10 * T;
      return { returnPeriodYears: T, available, valueAtRisk: available ? at(T / 10) : null, tailValueAtRisk: available ? at(T / 5) : null, yearsSimulated: RUNS * YEARS };
    }),
  };
}

function curve(variant: VariantId, metric: Metric, share: number) {
  const floor = floorOf(variant, metric);
  return PROBABILITIES.map((p, i) => {
    const value = floor + (MEANS[variant][metric] - floor) * TAIL[i]! * share;
    return { exceedanceProbability: p, returnPeriodYears: 1 / p, value, ciLow: value * 0.8, ciHigh: value * 1.25 };
  });
}

function exceedance(variant: VariantId, metric: Metric) {
  const largestOf = (METRICS[metric] as { exceedance?: { largestOf: Metric } }).exceedance!.largestOf;
  // The largest single incident is part of the year's total: here 80% of it (of its incident cost, for the annual cost).
  return { probabilityPositive: 0.9, aep: curve(variant, metric, 1), oep: curve(variant, largestOf, 0.8) };
}

function convergence(variant: VariantId, metric: Metric) {
  const mean = MEANS[variant][metric];
  return BATCHES.map((replications) => {
    const halfWidth = (mean * 2) / Math.sqrt(replications);
    const estimate = mean * (1 + 1 / replications);
    return { replications, mean: estimate, standardError: halfWidth / 2, ciLow: estimate - halfWidth, ciHigh: estimate + halfWidth, relativeHalfWidth: halfWidth / estimate };
  });
}

function action(variant: VariantId, a: Action) {
  const p = ACTION_PROBABILITY[a] * HARM_FACTOR[variant];
  const incidents = Math.round(p * RUNS * YEARS * 1.2);
  const leaks = Math.round(incidents * 0.75);
  const quakes = Math.round(incidents * 0.15);
  return {
    annualProbability: p,
    ciLow: p * 0.8,
    ciHigh: Math.min(1, p * 1.2 + 0.005),
    expectedPerYear: p * 1.2,
    returnPeriodYears: p > 0 ? 1 / p : null,
    yearsWithAction: Math.round(p * RUNS * YEARS),
    drivers: {
      incidents,
      byKind: { leak: leaks, loss: quakes, outage: incidents - leaks },
      byCause: incidents === 0 ? {} : { 'leak.mis-sending': leaks, earthquake: quakes, ransomware: incidents - leaks - quakes },
    },
  };
}

function variantResult(id: VariantId) {
  const metrics = Object.keys(METRICS) as Metric[];
  return {
    id,
    metrics: Object.fromEntries(metrics.map((m) => [m, metricResult(id, m)])),
    actions: Object.fromEntries(ACTIONS.map((a) => [a, action(id, a)])),
    jointActions: [],
    exceedance: Object.fromEntries(EXCEEDANCE_METRICS.map((m) => [m, exceedance(id, m)])),
    convergence: Object.fromEntries(HEADLINE_METRICS.map(({ metric }) => [metric, convergence(id, metric)])),
  };
}

function comparisons() {
  return VARIANT_IDS.flatMap((a, i) =>
    VARIANT_IDS.slice(i + 1).flatMap((b) =>
      HEADLINE_METRICS.map(({ metric }) => {
        const d = MEANS[a][metric] - MEANS[b][metric];
        const pALess = d < 0 ? 0.7 : 0.2;
        return { a, b, metric, meanDifference: d, stderr: Math.abs(d) * 0.1, ciLow: d - Math.abs(d) * 0.2, ciHigh: d + Math.abs(d) * 0.2, pALess, pEqual: 0.1, pAGreater: 0.9 - pALess };
      }),
    ),
  );
}

const SCORES: Readonly<Record<VariantId, number>> = { onprem: 62.04, housing: 70.5, cloud: 80.25 };

function safety() {
  const ranking = [...VARIANT_IDS].sort((a, b) => SCORES[b] - SCORES[a]);
  return {
    weights: Object.fromEntries(SAFETY_METRICS.map((m) => [m, 1])),
    scales: { incidentCostYen: 10_000_000, downtimeHours: 24, residentHoursWithoutService: 1000, personsAffected: 100, dataLostHours: 24, residentsWithRecordsLost: 100 },
    sources: { weights: 'assumption', scales: Object.fromEntries(SAFETY_METRICS.map((m) => [m, 'assumption'])) },
    variants: VARIANT_IDS.map((id) => ({ id, mean: SCORES[id], stderr: 1.5, ciLow: SCORES[id] - 3, ciHigh: SCORES[id] + 3 })),
    ranking,
    // Doubling the weight of persons affected puts housing behind the server room; nothing else moves.
    sensitivity: SAFETY_METRICS.flatMap((metric) =>
      [0.5, 2].map((factor) => {
        const changed = metric === 'personsAffected' && factor === 2;
        return {
          metric,
          factor,
          ranking: changed ? ['cloud', 'onprem', 'housing'] : ranking,
          changed,
          means: Object.fromEntries(VARIANT_IDS.map((id) => [id, SCORES[id] + (changed && id === 'housing' ? -9 : factor === 2 ? -1 : 1)])),
        };
      }),
    ),
  };
}

function headline() {
  return VARIANT_IDS.flatMap((variant) => [
    ...HEADLINE_METRICS.map(({ metric, absoluteFloor }) => {
      const value = MEANS[variant][metric];
      const target = Math.max(0.05 * value, absoluteFloor);
      return { variant, estimate: metric, value, halfWidth: value * 0.08, target, met: value * 0.08 <= target };
    }),
    ...ACTIONS.map((a) => {
      const value = ACTION_PROBABILITY[a] * HARM_FACTOR[variant];
      return { variant, estimate: `action.${a}`, value, halfWidth: value * 0.2, target: Math.max(0.05 * value, 0.005), met: value * 0.2 <= Math.max(0.05 * value, 0.005) };
    }),
  ]);
}

/** Each variant's replication-year table of costs: incident costs cycle so every year's mean is the variant's. */
function tables(): VariantTable[] {
  return VARIANT_IDS.map((variant) => {
    const { runningCostYen, incidentCostYen } = MEANS[variant];
    const incident = Float64Array.from({ length: RUNS * YEARS }, (_, row) => (incidentCostYen * ((Math.floor(row / YEARS) + 2 * (row % YEARS)) % 5)) / 2);
    return {
      variant,
      years: YEARS,
      replications: RUNS,
      names: ['runningCostYen', 'incidentCostYen', 'costYen'],
      columns: { runningCostYen: new Float64Array(RUNS * YEARS).fill(runningCostYen), incidentCostYen: incident, costYen: incident.map((x) => x + runningCostYen) },
    };
  });
}

/**
 * A Monte Carlo result of three options — `onprem`, `housing`, `cloud` — over 200 replications of 5
 * years, built by hand. Its `tables` are non-enumerable, as a fresh result's are.
 */
export function handBuiltResult(): MonteCarloResult {
  const result = {
    stamp: {
      version: 'test',
      scenarioName: 'テスト町',
      scenarioSha256: '0'.repeat(64),
      seed: 1,
      runs: RUNS,
      maxRuns: RUNS,
      horizonYears: YEARS,
      variants: [...VARIANT_IDS],
      stoppedBy: 'runs',
      complete: true,
      batchSize: 10,
      precision: { requested: false, relativeHalfWidth: 0.05 },
      confidenceLevel: 0.95,
      bytesPerReplicationYear: 100,
      algorithms: { model: 'test' },
    },
    headline: headline(),
    variants: VARIANT_IDS.map(variantResult),
    comparisons: comparisons(),
    safety: safety(),
  };
  Object.defineProperty(result, 'tables', { value: tables(), enumerable: false });
  return result as unknown as MonteCarloResult;
}

/**
 * The scenario of `handBuiltResult`: the scenarios' quiet test town with its three options named, in
 * Japanese and English.
 */
export function handBuiltScenario(): Scenario {
  const variants = quietTownInput().variants!;
  return quietTown({
    variants: {
      onprem: { label: { ja: '役場サーバ室', en: 'Town-hall server room' } },
      housing: { ...variants.housing, label: { ja: 'ハウジング', en: 'Housing' } },
      cloud: { ...variants.cloud, label: { ja: 'ガバメントクラウド', en: 'Government cloud' } },
    },
  });
}
