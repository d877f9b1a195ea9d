import { digits, significant } from './digits.ts';

/**
 * A probability (0..1) as a percentage: one decimal from 1% (`23.4%`), two significant figures below
 * (`0.42%`), and `0%` only for an exact zero, so that a rare event never reads as impossible. `finer`
 * adds decimals (the ends of an interval that would otherwise round alike).
 *
 * @example
 * formatPercent(0.2345); // '23.5%'
 */
export function formatPercent(probability: number, finer = 0): string {
  const pct = probability * 100;
  if (pct === 0) return '0%';
  return `${Math.abs(pct) >= 1 ? digits(pct, 1 + finer) : significant(pct, 2 + finer)}%`;
}
