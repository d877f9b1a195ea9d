import { elementFrom, JUPYTER_DISPLAY, type CaptionOptions, type Displayable, type DocumentLike, type ElementLike, type MimeBundle } from './displayable.ts';
import { escapeHTML } from './escape.ts';
import { markdownText } from './markdown-text.ts';

/** One column: its heading (in the report's language) and how its cells line up. */
export interface TableColumn {
  readonly key: string;
  readonly label: string;
  readonly align?: 'left' | 'right';
  /** Cells cite the report's bibliography as `[n]`: in HTML each becomes a link to its entry `#ref-n`. */
  readonly citations?: boolean;
}

export interface TableInput {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly TableColumn[];
  /** Cells already formatted for the language, one row per array, in column order; `\n` breaks a line. */
  readonly rows: readonly (readonly string[])[];
  /** The unformatted numbers behind the cells (embedded as `data-values`). */
  readonly data?: unknown;
  /** A line under the table: units, what the interval means. */
  readonly note?: string;
}

// Markdown cells: a pipe would end the cell, a newline the row, raw HTML would be passed through.
const markdownCell = markdownText;

/**
 * A table of formatted cells that renders as Markdown (for planning documents), as HTML, as a DOM
 * element and as a Jupyter MIME bundle. Cells are text: HTML output escapes them, Markdown output
 * escapes pipes.
 *
 * @example
 * metricsTable(result, { lang: 'ja' }).toMarkdown();
 */
export class Table implements Displayable {
  readonly id: string;
  readonly title: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly string[])[];
  readonly data: unknown;
  readonly note: string | undefined;

  constructor(input: TableInput) {
    for (const row of input.rows) {
      if (row.length !== input.columns.length) throw new RangeError(`table ${input.id}: a row has ${row.length} cells for ${input.columns.length} columns`);
    }
    this.id = input.id;
    this.title = input.title;
    this.columns = input.columns;
    this.rows = input.rows;
    this.data = input.data;
    this.note = input.note;
  }

  /** A GitHub-flavoured Markdown table (numbers right-aligned), with the note below it. */
  toMarkdown(): string {
    const head = `| ${this.columns.map((c) => markdownCell(c.label)).join(' | ')} |`;
    const rule = `| ${this.columns.map((c) => (c.align === 'right' ? '---:' : '---')).join(' | ')} |`;
    const body = this.rows.map((r) => `| ${r.map(markdownCell).join(' | ')} |`);
    return [head, rule, ...body].join('\n') + (this.note ? `\n\n${markdownCell(this.note)}` : '') + '\n';
  }

  /**
   * An HTML table headed by the title (or a document's numbered caption). The title is a paragraph
   * before the `<table>`, not its `<caption>`: Chromium honours `break-after: avoid` on a block but not on
   * a caption, so only this way does a printed title stay with the table's first rows.
   */
  toHTML(options: CaptionOptions = {}): string {
    const align = (c: TableColumn) => (c.align === 'right' ? ' class="num"' : '');
    const head = this.columns.map((c) => `<th${align(c)}>${escapeHTML(c.label)}</th>`).join('');
    // A line break inside a cell (a figure and its wording) becomes <br>; Markdown gets a space.
    const cellHTML = (cell: string) => escapeHTML(cell).replace(/\r?\n/g, '<br>');
    // After escaping, `[n]` is still `[n]`: only digits between brackets become a link, nothing else can.
    const citedHTML = (cell: string) => cellHTML(cell).replace(/\[(\d{1,4})\]/g, '<a href="#ref-$1">[$1]</a>');
    const body = this.rows
      .map((r) => `<tr>${r.map((cell, i) => `<td${align(this.columns[i]!)}>${this.columns[i]!.citations ? citedHTML(cell) : cellHTML(cell)}</td>`).join('')}</tr>`)
      .join('');
    const data = this.data === undefined ? '' : ` data-values="${escapeHTML(JSON.stringify(this.data))}"`;
    const note = this.note ? `<p class="table-note">${escapeHTML(this.note)}</p>` : '';
    const anchor = options.anchor === undefined ? '' : ` id="${escapeHTML(options.anchor)}"`;
    return `<div class="machi-table"${anchor} data-table="${escapeHTML(this.id)}"${data}><p class="table-title">${escapeHTML(options.caption ?? this.title)}</p><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>${note}</div>`;
  }

  toElement(document: DocumentLike): ElementLike {
    return elementFrom(document, this.toHTML());
  }

  [JUPYTER_DISPLAY](): MimeBundle {
    return { 'text/plain': `${this.title}\n${this.toMarkdown()}`, 'text/markdown': `**${markdownCell(this.title)}**\n\n${this.toMarkdown()}`, 'text/html': this.toHTML() };
  }

  toString(): string {
    return `Table(${this.id}, ${this.rows.length} rows)`;
  }
}
