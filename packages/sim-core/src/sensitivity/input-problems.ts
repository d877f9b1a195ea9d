import { INPUT_SHAPES, type UncertainInput } from './uncertain-input.ts';
import { inputSupport } from './input-support.ts';

/** What can be wrong with an uncertain input: the keys a scenario loader turns into located ja/en errors. */
export const INPUT_PROBLEM_CODES = [
  'not-finite',
  'inverted-bounds',
  'value-outside-range',
  'coverage-not-probability',
  'unknown-shape',
  'needs-positive-range',
  'needs-interval',
  'outside-domain',
] as const;
export type InputProblemCode = (typeof INPUT_PROBLEM_CODES)[number];

/** One problem with an uncertain input: data first; `message` is English for programmers and logs. */
export interface InputProblem {
  readonly code: InputProblemCode;
  /** The offending field of the input. */
  readonly field: 'value' | 'low' | 'high' | 'coverage' | 'shape';
  readonly message: string;
}

/** The values a quantity can physically take, e.g. `{ min: 0, max: 1 }` for a probability. */
export interface InputDomain {
  readonly min?: number;
  readonly max?: number;
}

/**
 * The problems of an uncertain input, in a fixed order (empty when it is usable): non-finite numbers,
 * low ≥ high, a value outside [low, high], a coverage outside (0, 1], an unknown shape, a log-uniform or
 * lognormal range that is not positive, a lognormal stated as a min–max range (it has no minimum or
 * maximum), and — given the quantity's `domain` — a distribution whose support leaves the domain (a 90%
 * uniform interval on a probability stretches its support by 5.6% of its width on each side).
 * Stops at the first problem that makes the later checks meaningless.
 *
 * @example
 * inputProblems({ name: 'p', value: 0.95, low: 0.9, high: 0.999, coverage: 0.9, shape: 'uniform' }, { min: 0, max: 1 });
 * // [{ code: 'outside-domain', field: 'high', message: 'p: a uniform 90% interval [0.9, 0.999] reaches 1.0045, …' }]
 */
export function inputProblems(input: UncertainInput, domain: InputDomain = {}): InputProblem[] {
  const { name, value, low, high, coverage, shape } = input;
  const problem = (code: InputProblemCode, field: InputProblem['field'], message: string): InputProblem[] => [
    { code, field, message: `${name}: ${message}` },
  ];
  for (const field of ['value', 'low', 'high', 'coverage'] as const) {
    const x = input[field];
    if (typeof x !== 'number' || !Number.isFinite(x)) return problem('not-finite', field, `${field} must be a finite number, got ${String(x)}`);
  }
  if (!(low < high)) return problem('inverted-bounds', 'high', `low must be below high, got [${low}, ${high}]`);
  if (!(coverage > 0 && coverage <= 1)) {
    return problem('coverage-not-probability', 'coverage', `coverage must be in (0, 1] (1 for a min–max range), got ${coverage}`);
  }
  if (!(INPUT_SHAPES as readonly string[]).includes(shape)) {
    return problem('unknown-shape', 'shape', `shape must be one of ${INPUT_SHAPES.join(', ')}, got ${String(shape)}`);
  }
  if ((shape === 'log-uniform' || shape === 'lognormal') && !(low > 0)) {
    return problem('needs-positive-range', 'low', `a ${shape} range must be positive, got low = ${low}`);
  }
  if (shape === 'lognormal' && coverage === 1) {
    return problem('needs-interval', 'coverage', 'a lognormal has no minimum or maximum: state the range as an interval (coverage < 1)');
  }
  if (!(value >= low && value <= high)) return problem('value-outside-range', 'value', `value ${value} lies outside [${low}, ${high}]`);
  const support = inputSupport(input);
  const interval = coverage === 1 ? `min–max range` : `${round(coverage * 100)}% interval`;
  if (domain.min !== undefined && support.min < domain.min) {
    return problem('outside-domain', 'low', `a ${shape} ${interval} [${low}, ${high}] reaches ${round(support.min)}, below the least possible value ${domain.min}`);
  }
  if (domain.max !== undefined && support.max > domain.max) {
    const reach = support.max === Infinity ? 'has no upper end' : `reaches ${round(support.max)}`;
    return problem('outside-domain', 'high', `a ${shape} ${interval} [${low}, ${high}] ${reach}, above the greatest possible value ${domain.max}`);
  }
  return [];
}

const round = (x: number) => Number(x.toPrecision(6));
