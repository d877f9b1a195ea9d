import { markdownText } from '../markdown-text.ts';
import type { Block } from './blocks.ts';

/** How figures appear in Markdown: a link to `<folder>/<id>.svg`, the SVG inline as a data URI, or not at all. */
export type MarkdownFigures = { readonly folder: string } | 'inline' | 'none';

/**
 * Blocks as Markdown: figures become image links to `<folder>/<id>.svg` (the files beside the
 * document, so a planning document can embed them), inline data URIs (a notebook), or nothing (a
 * terminal); code keeps its text verbatim in a fence.
 */
export function blocksToMarkdown(blocks: readonly Block[], figures: MarkdownFigures = { folder: 'figures' }): string {
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
