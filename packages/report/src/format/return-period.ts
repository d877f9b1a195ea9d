import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { decimalExponent, digits, significant } from './digits.ts';

// Below 10 years one decimal (4.5年); from 10, two significant figures (123 → 120年): a return period
// read off simulated years is no more precise than that.
function years(y: number): string {
  if (y < 10) return digits(y, 1);
  // Two significant figures, rounded in decimal text rather than by a power of ten in floating point.
  const keep = decimalExponent(y) - 1;
  return digits(Number(Math.round(Number(`${y}e-${keep}`)) + `e${keep}`));
}

/**
 * How often something happens, in the words of hazard maps: `100年に1度程度` / `about once in 100
 * years` from an annual probability or rate below one, `年に2.3回程度` / `about 2.3 times a year` above.
 * `null` or zero reads as "not seen in the simulated years".
 *
 * @example
 * formatReturnPeriod(100, 'ja'); // '100年に1度程度'
 */
export function formatReturnPeriod(returnPeriodYears: number | null, lang: Lang): string {
  const words = localeOf(lang).format;
  if (returnPeriodYears === null || !Number.isFinite(returnPeriodYears)) return words.notSeen;
  if (returnPeriodYears < 1) return words.timesAYear(digits(1 / returnPeriodYears, 1));
  return words.onceIn(years(returnPeriodYears));
}

/**
 * A probability of exceedance per year as an axis label: `1/100 per year` / `1/100年`. Never `10m`.
 *
 * @example
 * perYearLabel(0.01, 'en'); // '1/100 per year'
 */
export function perYearLabel(probability: number, lang: Lang): string {
  return localeOf(lang).format.perYear(significant(1 / probability, 2));
}
