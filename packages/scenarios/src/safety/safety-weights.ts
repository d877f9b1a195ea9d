import { SAFETY_METRICS, type SafetyMetric, type Scenario } from '../schema/index.ts';

/** The weight and the scale of every safety metric, and whether each came from the scenario. */
export interface SafetyWeights {
  /** Relative weight of each metric (≥ 0, total > 0). */
  readonly weights: Readonly<Record<SafetyMetric, number>>;
  /** Expected annual value of each metric, in its own unit, at which its part of the score is 50 (> 0). */
  readonly scales: Readonly<Record<SafetyMetric, number>>;
  /** `scenario` when the town wrote the number, `assumption` when it is the default. */
  readonly sources: {
    readonly weights: 'scenario' | 'assumption';
    readonly scales: Readonly<Record<SafetyMetric, 'scenario' | 'assumption'>>;
  };
}

/** Every metric counts the same unless the town says otherwise: assumption, no reference ranks them. */
export const DEFAULT_SAFETY_WEIGHTS: Readonly<Record<SafetyMetric, number>> = {
  incidentCostYen: 1,
  downtimeHours: 1,
  residentHoursWithoutService: 1,
  personsAffected: 1,
  dataLostHours: 1,
  residentsWithRecordsLost: 1,
};

/**
 * Default scales (the annual value that halves a metric's part of the score), as a fixed amount or an
 * amount per resident — fixed numbers for a town, so that adding a variant never moves the others'
 * scores. Every one is an assumption: a round number of the size a town would call "half bad".
 */
export const DEFAULT_SAFETY_SCALES: Readonly<Record<SafetyMetric, { readonly perResident: number } | { readonly value: number }>> = {
  // About a tenth of what a small town spends a year running its systems per resident (¥11,000 in small-town).
  incidentCostYen: { perResident: 1000 },
  // One day a year of a critical service closed at the counter.
  downtimeHours: { value: 24 },
  // Every resident waiting an hour a year for a service that is down.
  residentHoursWithoutService: { perResident: 1 },
  // One resident in a hundred a year whose personal data leaked.
  personsAffected: { perResident: 0.01 },
  // One day a year of updates lost, summed over the systems restored from a copy.
  dataLostHours: { value: 24 },
  // One resident in a hundred a year whose records were lost with a system of which no copy survived.
  residentsWithRecordsLost: { perResident: 0.01 },
};

/**
 * The safety score's weights and scales for a scenario: its `safetyScore` section where written, the
 * defaults elsewhere (per-resident scales times `municipality.population`). Pure; keys in
 * `SAFETY_METRICS` order.
 *
 * @example
 * safetyWeights(scenarioSchema.parse(PRESETS['small-town'])).scales.personsAffected; // 150
 */
export function safetyWeights(scenario: Pick<Scenario, 'municipality' | 'safetyScore'>): SafetyWeights {
  const section = scenario.safetyScore;
  const population = scenario.municipality.population;
  const weights = {} as Record<SafetyMetric, number>;
  const scales = {} as Record<SafetyMetric, number>;
  const scaleSources = {} as Record<SafetyMetric, 'scenario' | 'assumption'>;
  for (const metric of SAFETY_METRICS) {
    weights[metric] = section?.weights?.[metric] ?? DEFAULT_SAFETY_WEIGHTS[metric];
    const given = section?.scales?.[metric];
    const rule = DEFAULT_SAFETY_SCALES[metric];
    scales[metric] = given ?? ('value' in rule ? rule.value : rule.perResident * population);
    scaleSources[metric] = given === undefined ? 'assumption' : 'scenario';
  }
  return { weights, scales, sources: { weights: section?.weights ? 'scenario' : 'assumption', scales: scaleSources } };
}
