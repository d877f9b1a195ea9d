// East Asian Wide and Fullwidth ranges (Unicode UAX #11) that Japanese text uses: a terminal draws
// these two cells wide, so padding by string length would misalign a table of town names.
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x20000, 0x3fffd],
];

/**
 * Terminal cells `text` takes: 2 for a wide (CJK, fullwidth) character, 1 for any other.
 *
 * @example
 * displayWidth('森町 15000'); // 10
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    width += WIDE.some(([lo, hi]) => code >= lo && code <= hi) ? 2 : 1;
  }
  return width;
}

/**
 * Rows as lines whose columns line up, two spaces apart; the last column is not padded (so lines
 * carry no trailing spaces). A column is at most `maxWidths[i]` cells wide: a longer cell pushes the
 * rest of its own line right instead of widening every line. Each line ends with "\n".
 *
 * @example
 * alignColumns([['a', 'b'], ['ccc', 'd']]); // 'a    b\nccc  d\n'
 */
export function alignColumns(rows: readonly (readonly string[])[], maxWidths: readonly number[] = []): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.min(Math.max(widths[i] ?? 0, displayWidth(cell)), maxWidths[i] ?? Infinity)));
  }
  const pad = (cell: string, i: number) => cell + ' '.repeat(Math.max(widths[i]! - displayWidth(cell), 0) + 2);
  return rows.map((row) => `${row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, i))).join('')}\n`).join('');
}
