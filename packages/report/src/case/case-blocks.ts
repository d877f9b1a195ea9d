import { escapeHTML } from '../escape.ts';
import type { Figure } from '../figure.ts';
import { markdownText } from '../markdown-text.ts';
import type { Table } from '../table.ts';

/**
 * The pieces of a virtual case. Text is plain: `caseMarkdown` and `caseHTML` escape it for their
 * format, so a town or system named `<script>` stays text in both.
 */
export type CaseBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly text: string; readonly id?: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'table'; readonly table: Table }
  | { readonly kind: 'figure'; readonly figure: Figure }
  | { readonly kind: 'code'; readonly text: string };

/** How figures appear in Markdown: a link to `<folder>/<id>.svg`, the SVG inline as a data URI, or not at all. */
export type MarkdownFigures = { readonly folder: string } | 'inline' | 'none';

/** Case blocks as Markdown. */
export function caseMarkdown(blocks: readonly CaseBlock[], figures: MarkdownFigures = { folder: 'figures' }): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `${'#'.repeat(b.level)} ${markdownText(b.text)}`;
        case 'paragraph':
          return markdownText(b.text);
        case 'list':
          return b.items.map((item) => `- ${markdownText(item)}`).join('\n');
        case 'table':
          return `**${markdownText(b.table.title)}**\n\n${b.table.toMarkdown().trimEnd()}`;
        case 'figure':
          if (figures === 'none') return undefined;
          if (figures === 'inline') return `![${markdownText(b.figure.title)}](<data:image/svg+xml,${encodeURIComponent(b.figure.toSVG())}>)`;
          return `![${markdownText(b.figure.title)}](${figures.folder}/${b.figure.id}.svg)`;
        case 'code':
          return `\`\`\`sh\n${b.text}\n\`\`\``;
      }
    })
    .filter((text) => text !== undefined)
    .join('\n\n')
    .concat('\n');
}

/** Case blocks as HTML body content: every text escaped, figures as inline SVG. */
export function caseHTML(blocks: readonly CaseBlock[]): string {
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `<h${b.level}${b.id ? ` id="${escapeHTML(b.id)}"` : ''}>${escapeHTML(b.text)}</h${b.level}>`;
        case 'paragraph':
          return `<p>${escapeHTML(b.text)}</p>`;
        case 'list':
          return `<ul>${b.items.map((item) => `<li>${escapeHTML(item)}</li>`).join('')}</ul>`;
        case 'table':
          return b.table.toHTML();
        case 'figure':
          return b.figure.toHTML();
        case 'code':
          return `<pre><code>${escapeHTML(b.text)}</code></pre>`;
      }
    })
    .join('\n');
}
