import type { VariantTable } from './table.ts';

/** Options of `replicationsCSV`. */
export interface ReplicationsCsvOptions {
  /** Rows per yielded piece (default 2,000). */
  readonly rowsPerPiece?: number;
  /** The heading of each column from its name (`variant`, `replication`, `year`, then metrics); default the name. */
  readonly heading?: (name: string) => string;
}

/**
 * The per-replication tables as CSV text for Excel: UTF-8 with a byte-order mark (so Excel reads it as
 * UTF-8), CRLF line ends, one row per (variant, replication, simulated year) with a column per metric.
 * Float32 cells are written as a short decimal that reads back to the same Float32 (49.2, not
 * 49.20000076293945). Yielded in pieces so that a large table can stream to a file. Headings are the
 * column names unless `heading` writes them in a report's language.
 *
 * @example
 * for (const piece of replicationsCSV(result.tables)) out.write(piece);
 */
export function* replicationsCSV(tables: readonly VariantTable[], { rowsPerPiece = 2000, heading = (name) => name }: ReplicationsCsvOptions = {}): Generator<string> {
  if (tables.length === 0) return;
  const names = tables[0]!.names;
  yield `\uFEFF${['variant', 'replication', 'year', ...names].map((n) => csvField(heading(n))).join(',')}\r\n`;
  for (const table of tables) {
    const variant = csvField(table.variant);
    const columns = names.map((n) => table.columns[n]!);
    const single = columns.map((c) => c instanceof Float32Array);
    let piece = '';
    let rows = 0;
    const total = table.replications * table.years;
    for (let row = 0; row < total; row++) {
      let line = `${variant},${Math.floor(row / table.years)},${row % table.years}`;
      for (let c = 0; c < columns.length; c++) {
        const v = columns[c]![row]!;
        line += `,${single[c] ? float32Text(v) : numberText(v)}`;
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
 * 49.2, not 49.20000076293945.
 */
export function float32Text(v: number): string {
  if (Number.isNaN(v)) return '';
  if (Number.isInteger(v)) return String(v);
  for (let digits = 6; digits < 9; digits++) {
    const text = Number(v.toPrecision(digits));
    if (Math.fround(text) === v) return String(text);
  }
  return String(Number(v.toPrecision(9)));
}

/**
 * A CSV field, quoted when it holds a comma, quote or line break (RFC 4180). Text that Excel would read
 * as a formula — starting with `=`, `+`, `-`, `@`, a tab or a CR (a service named `=HYPERLINK(…)`) — is
 * prefixed with `'`, which Excel shows as text; a plain number such as `-5` is left a number.
 *
 * @example
 * csvField('a,b'); // '"a,b"'
 * csvField('=1+1 [x]'); // "'=1+1 [x]"
 */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
