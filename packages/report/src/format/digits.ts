/**
 * `x` with `decimals` decimals (trailing zeros dropped) and thousands separators, written without
 * `Intl` or `toLocaleString`, whose output depends on the host's ICU data: reports are bytes that must
 * not change from one machine to the next.
 *
 * @example
 * digits(1234567.891, 1); // '1,234,567.9'
 */
export function digits(x: number, decimals = 0): string {
  if (!Number.isFinite(x)) throw new RangeError(`digits needs a finite number, got ${x}`);
  const fixed = Math.abs(x).toFixed(decimals);
  const [whole, fraction] = fixed.split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const trimmed = fraction?.replace(/0+$/, '');
  const text = trimmed ? `${grouped}.${trimmed}` : grouped;
  return x < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}

/**
 * `x` rounded to `significant` significant figures (at least the integer digits are kept), as text.
 *
 * @example
 * significant(0.004567, 2); // '0.0046'
 */
export function significant(x: number, figures = 2): string {
  if (x === 0) return '0';
  return digits(x, Math.max(0, figures - 1 - decimalExponent(x)));
}

/**
 * ⌊log10 |x|⌋ of a finite non-zero x, read off `toExponential`, whose digits ECMAScript specifies
 * exactly: the engine's `Math.log10` may differ in the last bit between engines, and at a power of ten
 * that bit decides the exponent.
 *
 * @example
 * decimalExponent(999.9); // 2
 */
export function decimalExponent(x: number): number {
  return Number(Math.abs(x).toExponential().split('e')[1]);
}

/**
 * A number already divided into a unit (億, million): one decimal under 10, whole from 10, and `finer`
 * decimals more (for the ends of an interval that would otherwise round alike).
 *
 * @example
 * unitDigits(1.23); // '1.2'
 * unitDigits(1.234, 1); // '1.23'
 */
export const unitDigits = (x: number, finer = 0): string => digits(x, (Math.abs(x) < 10 ? 1 : 0) + finer);
