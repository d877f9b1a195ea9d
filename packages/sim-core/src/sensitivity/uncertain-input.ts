/** The shapes an uncertain input's range can take. */
export const INPUT_SHAPES = ['uniform', 'log-uniform', 'triangular', 'lognormal'] as const;
export type InputShape = (typeof INPUT_SHAPES)[number];

/**
 * A number nobody knows precisely: the value a model uses when the input is held fixed, and a plausible
 * range around it with a stated meaning and shape. It is what a scenario's
 * `{ value, range: { low, high, meaning, shape, source } }` maps to (the source stays with the scenario).
 *
 * - `coverage` is the stated meaning of [low, high]: the probability that the true value lies in it. 1 means
 *   low and high are the minimum and maximum ("between 2 and 48 hours, no less, no more"); 0.9 means a
 *   90% interval ("90% sure it is between 2 and 48"), whose 5% and 95% quantiles are low and high and whose
 *   tails reach beyond them.
 * - `shape` is how belief spreads over the range: `uniform` (every value in the range equally plausible),
 *   `log-uniform` (every order of magnitude equally plausible: for rates known to within a factor),
 *   `triangular` (most plausible at `value`, falling linearly to the ends), `lognormal` (the usual shape of
 *   an expert's "between a and b, 90% sure" for a positive quantity; needs coverage < 1, its tails are
 *   unbounded).
 *
 * `value` must lie in [low, high]; for `triangular` it is the mode.
 *
 * @example
 * const lineFaultsPerYear: UncertainInput = {
 *   name: 'lines.primary.faultsPerYear', value: 0.2, low: 0.05, high: 0.8, coverage: 0.9, shape: 'lognormal',
 * };
 */
export interface UncertainInput {
  /** Name, e.g. the scenario field path; unique within an input space. */
  readonly name: string;
  /** The value used when the input is held fixed (single-level runs, the tornado's baseline). */
  readonly value: number;
  readonly low: number;
  readonly high: number;
  /** Probability in (0, 1] that the true value lies in [low, high]; 1 for a min–max range. */
  readonly coverage: number;
  readonly shape: InputShape;
}
