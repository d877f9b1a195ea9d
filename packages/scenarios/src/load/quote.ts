import type { Primitive } from './issue.ts';

/** Longest echo of a user's value in a message, in characters (code points). */
export const MAX_ECHO_LENGTH = 40;

/**
 * `text` in double quotes, escaped as in JSON, cut to `MAX_ECHO_LENGTH` characters with "…" so a
 * pasted paragraph never floods a message.
 *
 * @example
 * quote('abc'); // '"abc"'
 * quote('x'.repeat(50)).length; // 42: 39 x, an ellipsis and two quotes
 */
export function quote(text: string): string {
  const chars = [...text];
  const cut = chars.length > MAX_ECHO_LENGTH ? chars.slice(0, MAX_ECHO_LENGTH - 1).join('') + '…' : text;
  return JSON.stringify(cut);
}

/**
 * A literal as a scenario file would write it: strings quoted (and cut), other values plain.
 *
 * @example
 * literal('auto'); // '"auto"'
 * literal(3); // '3'
 */
export function literal(value: Primitive): string {
  return typeof value === 'string' ? quote(value) : formatNumberish(value);
}

/**
 * A number as people write it: no float noise from sums (`0.1 + 0.2` prints `0.3`).
 *
 * @example
 * formatNumberish(0.1 + 0.2); // '0.3'
 */
export function formatNumberish(value: number | boolean | null): string {
  if (typeof value !== 'number' || Number.isInteger(value) || !Number.isFinite(value)) return String(value);
  return String(Number(value.toPrecision(12)));
}
