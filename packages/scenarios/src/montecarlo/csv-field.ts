/**
 * One CSV field of text from anywhere — a scenario's label, a heading, an id — made safe for Excel and
 * quoted per RFC 4180. Every CSV writer of the project passes its text cells through this function;
 * numbers are written by the writers themselves and are never prefixed (a negative number is data, not
 * user text).
 *
 * Following the OWASP "CSV Injection" guidance, text that a spreadsheet would read as a formula — a cell
 * beginning with `=`, `+`, `-`, `@`, a tab or a carriage return (a service named `=HYPERLINK(…)`) — is
 * prefixed with `'`, which Excel shows as text and does not evaluate. The full-width forms `＝ ＋ － ＠`
 * are prefixed too, as a precaution for Japanese spreadsheet settings that normalise them. Text that is
 * a plain decimal number (`-5`, `+3`, `1e-7`) is left as it is: it cannot run anything.
 *
 * A field is quoted when it holds a comma, a double quote, a line break, a semicolon or a tab: the last
 * two so that a spreadsheet set to split on `;` or tabs (common outside Japan) still sees one cell and
 * cannot start a new cell with a formula in the middle of the text.
 *
 * @example
 * csvField('a,b'); // '"a,b"'
 * csvField('=1+1 [x]'); // "'=1+1 [x]"
 * csvField('-5'); // '-5'
 */
export function csvField(text: string): string {
  const safe = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",;\t\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
