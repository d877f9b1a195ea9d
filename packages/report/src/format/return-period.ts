import type { Lang } from '../lang.ts';
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
  if (returnPeriodYears === null || !Number.isFinite(returnPeriodYears)) return lang === 'ja' ? '試行中に発生なし' : 'not seen in the simulated years';
  if (returnPeriodYears < 1) {
    const perYear = digits(1 / returnPeriodYears, 1);
    return lang === 'ja' ? `年に${perYear}回程度` : `about ${perYear} times a year`;
  }
  const y = years(returnPeriodYears);
  return lang === 'ja' ? `${y}年に1度程度` : y === '1' ? 'about once a year' : `about once in ${y} years`;
}

/**
 * A probability of exceedance per year as an axis label: `1/100 per year` / `1/100年`. Never `10m`.
 *
 * @example
 * perYearLabel(0.01, 'en'); // '1/100 per year'
 */
export function perYearLabel(probability: number, lang: Lang): string {
  const denominator = significant(1 / probability, 2);
  return lang === 'ja' ? `1/${denominator}年` : `1/${denominator} per year`;
}
