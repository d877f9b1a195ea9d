import type { Estimate } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';

/** The values a quantity can take, for intervals that must not leave them. */
export type Within = readonly [number, number];
/** A quantity that cannot be negative: yearly costs, hours, persons, counts. */
export const NOT_NEGATIVE: Within = [0, Infinity];
/** A probability. */
export const PROBABILITY: Within = [0, 1];
/** The safety score's 0–100 points. */
export const SCORE: Within = [0, 100];

/** Writes a value; `finer` asks for that many decimals beyond the usual ones. */
export type FinerFormat = (x: number, finer: number) => string;

// Three decimals more than usual is far beyond any Monte Carlo precision we report: an interval whose
// ends still round alike then is written with its ends alike, which is the truth at that precision.
const MOST_FINER = 3;

/**
 * The number of decimals beyond the usual that makes the two ends of an interval read differently
 * (0 when they already do, or when the interval is a single point).
 */
export function finerFor(low: number, high: number, format: FinerFormat): number {
  if (low === high) return 0;
  let finer = 0;
  while (finer < MOST_FINER && format(low, finer) === format(high, finer)) finer++;
  return finer;
}

/**
 * An estimate with its 95% interval, the one way the report writes one:
 * `1.78億円（95%区間 1.77億円〜1.79億円）` / `¥178 million (95% interval ¥177 million – ¥179 million)`.
 * When the ends would round alike, the estimate and both ends get more decimals (never `± x`), so
 * the text still says how narrow the interval is. Without an interval (`null` ends): the estimate alone.
 * In a table cell (`cell`), the interval goes on a line of its own and each value is one unbreakable
 * piece (`¥177 million`), so a narrow column wraps only between the interval's words and its ends,
 * never inside an amount. `within` is the range the quantity
 * cannot leave (a yearly cost or a probability is never below 0): an end of the normal-theory interval
 * past it is written at the bound — the true value lies inside, so the clipped interval covers it at
 * least as often, and a reader never sees "−0.6 h" of a quantity that cannot be negative.
 *
 * @example
 * estimateText(178e6, 177.1e6, 178.9e6, (x, finer) => formatYen(x, 'ja', finer), 'ja');
 * // '1.78億円（95%区間 1.77億円〜1.79億円）'
 */
export function estimateText(
  centre: number,
  low: Estimate,
  high: Estimate,
  format: FinerFormat,
  lang: Lang,
  { cell = false, within }: { readonly cell?: boolean; readonly within?: Within } = {},
): string {
  if (low === null || high === null) return format(centre, 0);
  if (within !== undefined) [low, high] = [Math.max(within[0], low), Math.min(within[1], high)];
  const finer = finerFor(low, high, format);
  const words = localeOf(lang).format;
  if (!cell) return words.estimate(format(centre, finer), rangeText(low, high, format, lang, finer));
  const unbroken: FinerFormat = (x, more) => keepTogether(format(x, more));
  return words.estimateCell(unbroken(centre, finer), rangeText(low, high, unbroken, lang, finer));
}

/** The text with its spaces made non-breaking: a line may not break inside it. */
function keepTogether(text: string): string {
  return text.replaceAll(' ', '\u00a0');
}

/** `low〜high` / `low – high` of an interval, with `finer` decimals more than usual. */
export function rangeText(low: number, high: number, format: FinerFormat, lang: Lang, finer = finerFor(low, high, format)): string {
  return localeOf(lang).format.range(format(low, finer), format(high, finer));
}
