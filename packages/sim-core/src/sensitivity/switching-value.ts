import { requirePositiveInteger } from '../stats/checks.ts';
import { inputDistribution } from './input-distribution.ts';
import type { UncertainInput } from './uncertain-input.ts';

/** Options of the switching-value search. */
export interface SwitchingValueOptions {
  /** Equal-probability steps of the first scan across the range; default 8 (9 evaluations). */
  readonly steps?: number;
  /** Stop refining a crossing when its bracket is narrower than this, in probability; default 0.001. */
  readonly tolerance?: number;
}

/** A value at which the decision quantity changes sign: the preferred option changes there. */
export interface SwitchingCrossing {
  /** The input's value at the crossing (interpolated within the final bracket). */
  readonly value: number;
  /** Where that value lies in the input's belief: P(input ≤ value). */
  readonly probability: number;
  /** The sign of the decision quantity just below and just above the crossing. */
  readonly signBelow: -1 | 1;
  readonly signAbove: -1 | 1;
}

/** Where, within one input's range, the preferred option changes (if it does), plain data. */
export interface SwitchingValue {
  readonly input: string;
  /** The decision quantity at the input's nominal value. */
  readonly atNominal: number;
  /** Crossings in increasing value; empty when the sign does not change across the range. */
  readonly crossings: readonly SwitchingCrossing[];
  /** Every evaluation made, in increasing value: { value, difference }. */
  readonly evaluations: readonly { readonly value: number; readonly difference: number }[];
}

/**
 * The switching-value search as a generator: it yields each input value to evaluate and receives the
 * decision quantity there (e.g. cost of option A − cost of option B, every other input at its nominal
 * value, common random numbers so the function is smooth); it returns the crossings. Drive it with
 * `switchingValue` (synchronous evaluator) or `switchingValueAsync` (a model run on workers).
 *
 * It scans the input's stated range [low, high] at `steps` equal steps of probability (geometric for a
 * log-uniform, and so on), then bisects every bracket whose ends have opposite signs — in probability, so a
 * long tail is not over-searched — until narrower than `tolerance`, and places the crossing by linear
 * interpolation between the bracket's ends. A sign change that reverses within one scan step is not seen;
 * raise `steps` where that matters. Deterministic given the evaluator.
 *
 * @throws RangeError for an unusable input, steps that is not a positive integer, or a tolerance outside (0, 1);
 *   and if an evaluation is not finite.
 */
export function* switchingValueSearch(
  input: UncertainInput,
  options: SwitchingValueOptions = {},
): Generator<number, SwitchingValue, number> {
  const { quantile } = inputDistribution(input);
  const steps = requirePositiveInteger('steps', options.steps ?? 8);
  const tolerance = options.tolerance ?? 0.001;
  if (!(tolerance > 0 && tolerance < 1)) throw new RangeError(`tolerance must be in (0, 1), got ${tolerance}`);
  const evaluations: { probability: number; value: number; difference: number }[] = [];
  function* at(probability: number, value = quantile(probability)): Generator<number, number, number> {
    const difference = yield value;
    if (!Number.isFinite(difference)) throw new RangeError(`switching value of ${input.name}: the evaluator gave ${difference} at ${value}`);
    evaluations.push({ probability, value, difference });
    return difference;
  }
  const atNominal = yield* at(NaN, input.value);
  const lowest = (1 - input.coverage) / 2;
  const highest = (1 + input.coverage) / 2;
  const scan: { probability: number; difference: number }[] = [];
  for (let s = 0; s <= steps; s++) {
    const probability = s === steps ? highest : lowest + ((highest - lowest) * s) / steps;
    const value = s === 0 ? input.low : s === steps ? input.high : quantile(probability);
    scan.push({ probability, difference: yield* at(probability, value) });
  }
  const crossings: SwitchingCrossing[] = [];
  const signed = scan.filter((point) => point.difference !== 0);
  for (let s = 0; s + 1 < signed.length; s++) {
    let below = signed[s];
    let above = signed[s + 1];
    if (Math.sign(below.difference) === Math.sign(above.difference)) continue;
    const signBelow = Math.sign(below.difference) as -1 | 1;
    let exact: number | undefined;
    while (above.probability - below.probability > tolerance) {
      const probability = (below.probability + above.probability) / 2;
      const difference = yield* at(probability);
      if (difference === 0) {
        exact = probability;
        break;
      }
      if (Math.sign(difference) === signBelow) below = { probability, difference };
      else above = { probability, difference };
    }
    const probability =
      exact ?? below.probability + ((above.probability - below.probability) * below.difference) / (below.difference - above.difference);
    crossings.push({ value: quantile(probability), probability, signBelow, signAbove: -signBelow as -1 | 1 });
  }
  return {
    input: input.name,
    atNominal,
    crossings,
    evaluations: evaluations
      .map(({ value, difference }) => ({ value, difference }))
      .sort((p, q) => p.value - q.value),
  };
}

/**
 * Where in `input`'s range the preferred option changes, with a synchronous evaluator of the decision
 * quantity (see `switchingValueSearch`).
 *
 * @example
 * switchingValue(faultRate, (rate) => costAt(rate, 'on-prem') - costAt(rate, 'cloud'));
 * // { input: 'faultRate', atNominal: -1.2e6, crossings: [{ value: 0.61, probability: 0.87, signBelow: -1, signAbove: 1 }], … }
 */
export function switchingValue(input: UncertainInput, evaluate: (value: number) => number, options: SwitchingValueOptions = {}): SwitchingValue {
  const search = switchingValueSearch(input, options);
  let step = search.next();
  while (!step.done) step = search.next(evaluate(step.value));
  return step.value;
}

/**
 * `switchingValue` with an asynchronous evaluator (a model run on worker threads or a queue); evaluations
 * happen one after another, in the same order.
 *
 * @example
 * await switchingValueAsync(faultRate, async (rate) => (await runPair(rate)).difference);
 */
export async function switchingValueAsync(
  input: UncertainInput,
  evaluate: (value: number) => Promise<number> | number,
  options: SwitchingValueOptions = {},
): Promise<SwitchingValue> {
  const search = switchingValueSearch(input, options);
  let step = search.next();
  while (!step.done) step = search.next(await evaluate(step.value));
  return step.value;
}
