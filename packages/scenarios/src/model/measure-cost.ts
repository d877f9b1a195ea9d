import type { Measure, Scenario } from '../schema/index.ts';
import { measureOwnAnnualYen } from '../schema/measure.ts';
import { resolveVariant } from '../schema/resolve-variant.ts';
import { runningCostYen } from './running-cost.ts';

/** What one measure of a variant costs a year. */
export interface MeasureCost {
  readonly measure: Measure;
  /** Its place in the variant's `measures`. */
  readonly index: number;
  /** Yen a year the variant's running cost would fall by without this one measure (the model's pricing plus the measure's own cost). */
  readonly annualYen: number;
  /** Of which the measure's own cost (`annualCostYen` + `oneOffCostYen` / `lifeYears`). */
  readonly ownAnnualYen: number;
}

/**
 * The scenario with measure `index` of `variant` left out (the variant's other measures and fields
 * stay): the counterfactual a measure is priced and judged against. Pure.
 *
 * @throws RangeError when the variant or the measure does not exist.
 */
export function withoutMeasure(scenario: Scenario, variant: string, index: number): Scenario {
  const v = scenario.variants[variant];
  if (!v || index < 0 || index >= v.measures.length) throw new RangeError(`variant "${variant}" has no measure ${index}`);
  return { ...scenario, variants: { ...scenario.variants, [variant]: { ...v, measures: v.measures.filter((_, i) => i !== index) } } };
}

/**
 * Each measure of `variant` with what it costs a year: the fall in the variant's running cost when it
 * alone is left out. A route is priced at its line's cost per route and an alternate office at its
 * site's and lines' costs by the model, so nothing is counted twice; a copy kept at a site already paid
 * for costs only its own cost. Deterministic.
 *
 * @example
 * measureCosts(scenarioSchema.parse(smallTown), 'housing')[0].annualYen; // the second route: 1,200,000
 */
export function measureCosts(scenario: Scenario, variant: string): MeasureCost[] {
  const measures = scenario.variants[variant]?.measures ?? [];
  const full = runningCostYen(resolveVariant(scenario, variant));
  return measures.map((measure, index) => ({
    measure,
    index,
    annualYen: full - runningCostYen(resolveVariant(withoutMeasure(scenario, variant, index), variant)),
    ownAnnualYen: measureOwnAnnualYen(measure),
  }));
}
