import type { Estimate } from '@machi/scenarios';
import { formatRange } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';

/**
 * `low〜high` of an interval with both ends formatted, or a dash when it cannot be estimated. An
 * interval narrower than the rounding of its ends (`¥12 million – ¥12 million`) is written as its
 * centre ± its half-width instead, so that it still says how narrow it is.
 */
export function intervalText(low: Estimate, high: Estimate, format: (x: number) => string, lang: Lang): string {
  if (low === null || high === null) return '–';
  const a = format(low);
  const b = format(high);
  if (a !== b || low === high) return formatRange(a, b, lang);
  return `${format((low + high) / 2)} ± ${format((high - low) / 2)}`;
}
