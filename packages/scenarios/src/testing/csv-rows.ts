/**
 * The rows of a CSV text as the project's writers make it — an optional byte-order mark, then RFC 4180:
 * fields in double quotes may hold commas, doubled quotes and line breaks; rows end with CRLF. For tests
 * that read back what a CSV writer wrote.
 *
 * @example
 * csvRows('\uFEFFa,"b,c"\r\n1,2\r\n'); // [['a', 'b,c'], ['1', '2']]
 */
export function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = text.startsWith('\uFEFF') ? 1 : 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}
