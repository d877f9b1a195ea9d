import type { Lang } from '../lang.ts';
import { markdownText } from '../markdown-text.ts';
import type { Block } from './blocks.ts';
import { numbering } from './numbering.ts';

/** How figures appear in Markdown: a link to `<folder>/<id>.svg`, the SVG inline as a data URI, or not at all. */
export type MarkdownFigures = { readonly folder: string } | 'inline' | 'none';

/**
 * Blocks as Markdown in `lang`: figures become image links to `<folder>/<id>.svg` (the files beside
 * the document, so a planning document can embed them) with their caption below, inline data URIs (a
 * notebook), or nothing (a terminal); code keeps its text verbatim in a fence. Figures and tables are
 * numbered in order of appearance (図1, 表1 / Figure 1, Table 1), and each `figureRef`/`tableRef` in a
 * paragraph or list item becomes its number.
 */
export function blocksToMarkdown(blocks: readonly Block[], lang: Lang, figures: MarkdownFigures = { folder: 'figures' }): string {
  const numbers = numbering(blocks, lang);
  const text = (plain: string) => numbers.resolve(markdownText(plain), (_kind, _id, label) => label);
  return blocks
    .map((b) => {
      switch (b.kind) {
        case 'heading':
          return `${'#'.repeat(b.level)} ${markdownText(b.text)}`;
        case 'paragraph':
          return text(b.text);
        case 'list':
          return b.items.map((item) => `- ${text(item)}`).join('\n');
        case 'table':
          return `**${markdownText(numbers.caption('table', b.table.id, b.table.title))}**\n\n${b.table.toMarkdown().trimEnd()}`;
        case 'figure': {
          if (figures === 'none') return undefined;
          const caption = markdownText(numbers.caption('figure', b.figure.id, b.figure.title));
          const source = figures === 'inline' ? `<data:image/svg+xml,${encodeURIComponent(b.figure.toSVG())}>` : `${figures.folder}/${b.figure.id}.svg`;
          return `![${caption}](${source})\n\n**${caption}**`;
        }
        case 'code': {
          // A fence longer than any run of backticks inside: nothing in the text can close it.
          const fence = '`'.repeat(Math.max(3, ...[...b.text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
          return `${fence}sh\n${b.text}\n${fence}`;
        }
        case 'link':
          return `[${markdownText(b.text)}](<${b.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
        case 'references':
          // Numbered as the citations `[n]` in the tables; an address stays text, so no link can be smuggled.
          return b.items.map((item) => `${item.number}. ${markdownText(`${item.text}, ${item.address}. ${item.facts}`)}`).join('\n');
      }
    })
    .filter((text) => text !== undefined)
    .join('\n\n')
    .concat('\n');
}
