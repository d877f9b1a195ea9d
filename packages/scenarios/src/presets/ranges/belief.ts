import type { RangeInput, ScenarioInput, SharedFactorInput } from '../../schema/index.ts';
import { formatPath } from '../../load/format-path.ts';

/**
 * How a belief spreads each number it covers around its value:
 * - `times`: a 90% lognormal interval [v/f, v·f] — a rate, a duration or an amount known to within a factor f
 *   (for a distribution: its scale, [1/f, f]);
 * - `probability`: a triangular min–max range [p/f, min(p·f, (1 + p)/2)], most plausible at p — a
 *   probability known to within a factor f that stays below 1;
 * - `above`: a uniform min–max range [max(floor, v/f), v·f] — a multiplier that cannot fall below `floor`;
 * - `plusMinus`: a uniform min–max range [v − d, v + d] within [min, max] — a quantity on an additive scale
 *   (a JMA intensity, a Gutenberg–Richter b-value).
 */
export type Spread =
  | { readonly kind: 'times'; readonly factor: number }
  | { readonly kind: 'probability'; readonly factor: number }
  | { readonly kind: 'above'; readonly factor: number; readonly floor: number }
  | { readonly kind: 'plusMinus'; readonly by: number; readonly min: number; readonly max: number };

/**
 * One belief of a preset: the numbers it covers (path patterns: `[]` any index, `*` any key), how it
 * spreads them, and why (the range's source). Two or more numbers covered become one shared factor with
 * rank correlation 1 — they move together, as one belief — which also keeps a study's dimension to the
 * number of beliefs.
 */
export interface Belief {
  readonly id: string;
  readonly name: { readonly ja: string; readonly en: string };
  readonly paths: readonly string[];
  readonly spread: Spread;
  /** Why the range is what it is: starts with `assumption:` unless it cites the spread of the evidence. */
  readonly source: string;
  /**
   * How a small town's IT officer can pin the belief down, concretely (whom to ask for what): a phrase that
   * follows "which the town can check by" (en, a gerund) and precedes 「ことで確かめられます」 (ja).
   */
  readonly check: { readonly ja: string; readonly en: string };
}

/** Numbers a preset holds fixed in every study, with why (a count, a setting the town chooses, structure). */
export interface FixedNumbers {
  readonly paths: readonly string[];
  readonly why: string;
}

/** A preset's ranges: its beliefs and the numbers it fixes on purpose. */
export interface PresetRanges {
  readonly beliefs: readonly Belief[];
  readonly fixed: readonly FixedNumbers[];
}

const patternRegExp = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\\\[\\\]/g, '\\[\\d+\\]').replace(/\*/g, '[^.\\[\\]]+')}$`);

/** Whether a data path is matched by one of the patterns. */
export const matchesAny = (path: string, patterns: readonly string[]): boolean => patterns.some((p) => patternRegExp(p).test(path));

const round = (x: number) => Number(x.toPrecision(4));

/** The range a spread gives a value, or undefined when it cannot spread it (a zero, a certainty). */
export function spreadRange(value: number | 'scale', spread: Spread): Omit<RangeInput, 'source'> | undefined {
  if (value === 'scale') {
    return spread.kind === 'times' ? { low: round(1 / spread.factor), high: round(spread.factor), meaning: '90%', shape: 'lognormal' } : undefined;
  }
  switch (spread.kind) {
    case 'times':
      return value > 0 ? { low: round(value / spread.factor), high: round(value * spread.factor), meaning: '90%', shape: 'lognormal' } : undefined;
    case 'probability': {
      if (!(value > 0 && value < 1)) return undefined;
      const high = Math.min(value * spread.factor, (1 + value) / 2);
      return { low: round(value / spread.factor), high: round(high), meaning: 'min-max', shape: 'triangular' };
    }
    case 'above': {
      const low = Math.max(spread.floor, value / spread.factor);
      return value > 0 && low < value * spread.factor ? { low: round(low), high: round(value * spread.factor), meaning: 'min-max', shape: 'uniform' } : undefined;
    }
    case 'plusMinus':
      return { low: Math.max(spread.min, value - spread.by), high: Math.min(spread.max, value + spread.by), meaning: 'min-max', shape: 'uniform' };
  }
}

// A probability or a share (by the schema's names) cannot take a lognormal's tail: the same belief spreads it
// as a probability, by the same factor.
const PROBABILITY_FIELD = /(Probability|Share)(\.[^.[\]]+)?$/;
// A multiplier of at least 1 (a delay, a premium) spreads uniformly above 1.
const spreadFor = (path: string, spread: Spread): Spread => {
  if (spread.kind !== 'times') return spread;
  if (PROBABILITY_FIELD.test(path)) return { kind: 'probability', factor: spread.factor };
  return path.endsWith('Multiplier') ? { kind: 'above', factor: spread.factor, floor: 1 } : spread;
};

type Node = Record<string, unknown>;
const isRecord = (x: unknown): x is Node => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Every sourced node of a scenario as written, with its formatted path (document order). */
function sourcedNodes(input: unknown, path: (string | number)[] = [], out: { path: string; node: Node }[] = []): { path: string; node: Node }[] {
  if (Array.isArray(input)) input.forEach((item, i) => sourcedNodes(item, [...path, i], out));
  else if (isRecord(input)) {
    if (typeof input.source === 'string') out.push({ path: formatPath(path), node: input });
    else for (const [key, value] of Object.entries(input)) sourcedNodes(value, [...path, key], out);
  }
  return out;
}

/**
 * `input` (a preset as written) with a `range` on every number its beliefs cover and one shared factor per
 * belief covering two or more numbers (`uncertainty.factors`). A copy: `input` is left alone. A number
 * covered by two beliefs takes the first. Numbers a spread cannot spread (a zero, a certainty, a
 * distribution under a non-scaling spread) stay fixed.
 *
 * @example
 * withRanges(smallTown, SMALL_TOWN_RANGES).uncertainty?.factors?.[0]; // { id: 'vendor-repair', members: [...], … }
 */
export function withRanges(input: ScenarioInput, ranges: PresetRanges): ScenarioInput {
  const copy = structuredClone(input) as ScenarioInput;
  // Per belief, the numbers it spread, in document order.
  const covered = new Map<string, { path: string; range: RangeInput }[]>();
  for (const { path, node } of sourcedNodes(copy)) {
    const belief = ranges.beliefs.find((b) => matchesAny(path, b.paths));
    if (belief === undefined) continue;
    const spread = spreadRange(typeof node.value === 'number' ? node.value : 'value' in node ? NaN : 'scale', spreadFor(path, belief.spread));
    if (spread === undefined || Number.isNaN(spread.low)) continue;
    const range: RangeInput = { ...spread, source: belief.source };
    node.range = range;
    covered.set(belief.id, [...(covered.get(belief.id) ?? []), { path, range }]);
  }
  const factors: SharedFactorInput[] = [];
  for (const b of ranges.beliefs) {
    const numbers = covered.get(b.id) ?? [];
    // A belief over one number is that number's range: how to check it goes there, not on a factor.
    if (numbers.length === 1) (numbers[0]!.range as { check?: RangeInput['check'] }).check = checkOf(b);
    if (numbers.length < 2) continue;
    factors.push({ id: b.id, name: { ja: b.name.ja, en: b.name.en }, rankCorrelation: 1, members: numbers.map((n) => n.path), source: b.source, check: checkOf(b) });
  }
  return factors.length === 0 ? copy : { ...copy, uncertainty: { factors } };
}

const checkOf = (b: Belief) => ({ ja: b.check.ja, en: b.check.en });

/**
 * The sourced numbers of a preset that neither a belief covers nor a fixed rule names: what a test holds
 * at none for the assumptions, so that no assumption is left fixed without a reason.
 */
export function uncoveredNumbers(input: ScenarioInput, ranges: PresetRanges): { path: string; assumed: boolean }[] {
  const covered = [...ranges.beliefs.flatMap((b) => b.paths), ...ranges.fixed.flatMap((f) => f.paths)];
  return sourcedNodes(input)
    .filter(({ path }) => !matchesAny(path, covered))
    .map(({ path, node }) => ({ path, assumed: String(node.source).startsWith('assumption') }));
}
