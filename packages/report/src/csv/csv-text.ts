import { csvField } from '@machi/scenarios';

/** A CSV cell: text (escaped by `csvField`), a number (written as it is; NaN and null leave it empty). */
export type CsvCell = string | number | null;

/**
 * A CSV file for Excel as text pieces: a UTF-8 byte-order mark (Excel then reads UTF-8, not Shift_JIS),
 * the headings, then one CRLF line per row. Every text cell goes through `csvField`, so no text from a
 * scenario can become a formula; numbers are never prefixed. Yields every `rowsPerPiece` rows, so a long
 * table streams to a file.
 *
 * @example
 * [...csvText(['案', 'costYen'], [['=x', -5]])].join(''); // "\uFEFF案,costYen\r\n'=x,-5\r\n"
 */
export function* csvText(headings: readonly string[], rows: Iterable<readonly CsvCell[]>, rowsPerPiece = 2000): Generator<string> {
  let piece = `\uFEFF${headings.map(csvField).join(',')}\r\n`;
  let count = 0;
  for (const row of rows) {
    piece += `${row.map(cellText).join(',')}\r\n`;
    if (++count === rowsPerPiece) {
      yield piece;
      piece = '';
      count = 0;
    }
  }
  if (piece) yield piece;
}

const cellText = (cell: CsvCell): string =>
  typeof cell === 'string' ? csvField(cell) : cell === null || Number.isNaN(cell) ? '' : String(cell);

/**
 * A measured quantity (hours, persons) to six significant digits, the precision the tables' Float32 cells
 * carry faithfully (see `float32Text`): 11.298, not 11.298002.
 */
export const sixDigits = (value: number): number => (Number.isInteger(value) ? value : Number(value.toPrecision(6)));

/** Yen to the whole yen (yearly sums of shares of costs carry fractions no one pays). */
export const wholeYen = (value: number): number => Math.round(value);
