import { markdownText } from '../markdown-text.ts';
import type { Block } from './blocks.ts';

/**
 * Blocks as Markdown: figures become image links to `figureFolder/<id>.svg` (the files beside the
 * report), so a planning document can embed them; code keeps its text verbatim in a fence.
 */
export function blocksToMarkdown(blocks: readonly Block[], figureFolder = 'figures'): string {
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
          return `![${markdownText(b.figure.title)}](${figureFolder}/${b.figure.id}.svg)`;
        case 'code':
          return `\`\`\`sh\n${b.text}\n\`\`\``;
        case 'link':
          return `[${markdownText(b.text)}](<${b.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      }
    })
    .join('\n\n')
    .concat('\n');
}
