/**
 * Integers in increasing order as ranges: 0, 1, 2, 5, 7, 8 → "0–2, 5, 7–8" (with `separator` ", ").
 *
 * @example
 * numberRanges([0, 1, 2, 5], '、'); // '0–2、5'
 */
export function numberRanges(xs: readonly number[], separator: string): string {
  const runs: [number, number][] = [];
  for (const x of xs) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last[1] === x - 1) last[1] = x;
    else runs.push([x, x]);
  }
  return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(separator);
}
