import { csvField } from './csv-field.ts';
import type { VariantTable } from './table.ts';

/** Options of `replicationsCSV`. */
export interface ReplicationsCsvOptions {
  /** Rows per yielded piece (default 2,000). */
  readonly rowsPerPiece?: number;
  /**
   * The heading of each column from its name (`variantLabel` when labelled, `variant`, `replication`,
   * `year`, `fiscalYear` when given, then metrics); default the name.
   */
  readonly heading?: (name: string) => string;
  /** When given, a `variantLabel` column before `variant` holds each option's label (a report's language). */
  readonly variantLabel?: (variant: string) => string;
  /** When given, a `fiscalYear` column after `year` holds the fiscal year (年度) of each simulated year. */
  readonly fiscalYear?: (year: number) => number;
  /**
   * Significant digits of Float32 cells (1..9); default: the shortest decimal that reads back to the same
   * Float32 (exact, for fingerprints). 6 is what a Float32 carries faithfully (FLT_DIG of C's
   * `<float.h>`): every 6-digit decimal survives a trip through Float32, so `11.298002` reads `11.298`.
   * Whole numbers are always written whole.
   */
  readonly float32Digits?: number;
}

/**
 * The per-replication tables as CSV text for Excel: UTF-8 with a byte-order mark (so Excel reads it as
 * UTF-8), CRLF line ends, one row per (variant, replication, simulated year) with a column per metric.
 * Float32 cells are written as a short decimal that reads back to the same Float32 (49.2, not
 * 49.20000076293945), or rounded to `float32Digits`. Options may add each option's label and each
 * year's fiscal year; text cells go through `csvField`, so no label can become a formula. Yielded in pieces so that a large table can stream to a file. Headings are the
 * column names unless `heading` writes them in a report's language.
 *
 * @example
 * for (const piece of replicationsCSV(result.tables)) out.write(piece);
 */
export function* replicationsCSV(tables: readonly VariantTable[], options: ReplicationsCsvOptions = {}): Generator<string> {
  const { rowsPerPiece = 2000, heading = (name) => name, variantLabel, fiscalYear, float32Digits } = options;
  if (float32Digits !== undefined && !(Number.isInteger(float32Digits) && float32Digits >= 1 && float32Digits <= 9)) {
    throw new RangeError(`float32Digits must be an integer from 1 to 9, got ${float32Digits}`);
  }
  if (tables.length === 0) return;
  const names = tables[0]!.names;
  const leading = [...(variantLabel ? ['variantLabel'] : []), 'variant', 'replication', 'year', ...(fiscalYear ? ['fiscalYear'] : [])];
  yield `\uFEFF${[...leading, ...names].map((n) => csvField(heading(n))).join(',')}\r\n`;
  const years = tables[0]!.years;
  const fiscal = fiscalYear ? Array.from({ length: years }, (_, y) => `,${fiscalYear(y)}`) : undefined;
  for (const table of tables) {
    const variant = (variantLabel ? `${csvField(variantLabel(table.variant))},` : '') + csvField(table.variant);
    const columns = names.map((n) => table.columns[n]!);
    const single = columns.map((c) => c instanceof Float32Array);
    let piece = '';
    let rows = 0;
    const total = table.replications * table.years;
    for (let row = 0; row < total; row++) {
      const year = row % table.years;
      let line = `${variant},${Math.floor(row / table.years)},${year}${fiscal ? fiscal[year] : ''}`;
      for (let c = 0; c < columns.length; c++) {
        const v = columns[c]![row]!;
        line += `,${single[c] ? float32Text(v, float32Digits) : numberText(v)}`;
      }
      piece += `${line}\r\n`;
      if (++rows === rowsPerPiece) {
        yield piece;
        piece = '';
        rows = 0;
      }
    }
    if (piece) yield piece;
  }
}

const numberText = (v: number): string => (Number.isNaN(v) ? '' : String(v));

/**
 * Short decimal text that reads back to the Float32 value `v`: the first of 6, 7, 8 and 9 significant
 * digits that round-trips, trailing zeros dropped (9 always does). A value that a shorter decimal reads
 * back to is within 6·10⁻⁸ of it, far inside 6-digit rounding, so that decimal is what comes out:
 * 49.2, not 49.20000076293945. With `significantDigits`, `v` rounded to that many digits instead
 * (`toPrecision`, exactly specified by ECMAScript, so the same text on every engine), trailing zeros
 * dropped; whole numbers stay whole. NaN (no value) is the empty text.
 *
 * @example
 * float32Text(Math.fround(11.298002)); // '11.298002'
 * float32Text(Math.fround(11.298002), 6); // '11.298'
 */
export function float32Text(v: number, significantDigits?: number): string {
  if (Number.isNaN(v)) return '';
  if (Number.isInteger(v)) return String(v);
  if (significantDigits !== undefined) return String(Number(v.toPrecision(significantDigits)));
  for (let digits = 6; digits < 9; digits++) {
    const text = Number(v.toPrecision(digits));
    if (Math.fround(text) === v) return String(text);
  }
  return String(Number(v.toPrecision(9)));
}
