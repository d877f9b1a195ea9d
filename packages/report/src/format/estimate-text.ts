import type { Estimate } from '@machi/scenarios';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';

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
 * In a table cell (`cell`), the interval goes on a line of its own.
 *
 * @example
 * estimateText(178e6, 177.1e6, 178.9e6, (x, finer) => formatYen(x, 'ja', finer), 'ja');
 * // '1.78億円（95%区間 1.77億円〜1.79億円）'
 */
export function estimateText(centre: number, low: Estimate, high: Estimate, format: FinerFormat, lang: Lang, { cell = false } = {}): string {
  if (low === null || high === null) return format(centre, 0);
  const finer = finerFor(low, high, format);
  const words = localeOf(lang).format;
  return (cell ? words.estimateCell : words.estimate)(format(centre, finer), rangeText(low, high, format, lang, finer));
}

/** `low〜high` / `low – high` of an interval, with `finer` decimals more than usual. */
export function rangeText(low: number, high: number, format: FinerFormat, lang: Lang, finer = finerFor(low, high, format)): string {
  return localeOf(lang).format.range(format(low, finer), format(high, finer));
}
