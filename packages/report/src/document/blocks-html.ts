import { escapeHTML } from '../escape.ts';
import type { Lang } from '../lang.ts';
import type { Block } from './blocks.ts';
import { anchorOf, numbering } from './numbering.ts';

// Only web and relative links become <a> (a file beside the report or in a folder under it, such as
// `figures/x.svg`): a scenario cannot smuggle a javascript: URL into a report.
const safeHref = (href: string) => (/^(https?:\/\/|\.{0,2}\/|[\w.-]+(\/[\w.-]+)*\.(md|html|json|csv|svg)(#[\w.-]*)?$)/i.test(href) ? href : '#');

/**
 * Blocks as HTML body content in `lang`; every text is escaped, figures are inline SVG. Figures and
 * tables are numbered in order of appearance (図1, 表1 / Figure 1, Table 1) in their captions, and each
 * `figureRef`/`tableRef` in a paragraph or list item becomes a link to the numbered figure or table.
 */
export function blocksToHTML(blocks: readonly Block[], lang: Lang): string {
  const numbers = numbering(blocks, lang);
  const text = (plain: string) =>
    numbers.resolve(escapeHTML(plain), (kind, id, label) => `<a class="ref" href="#${escapeHTML(anchorOf(kind, id))}">${escapeHTML(label)}</a>`);
  const blockHTML = (b: Block): string => {
    switch (b.kind) {
      case 'heading':
        return `<h${b.level}${b.id ? ` id="${escapeHTML(b.id)}"` : ''}>${escapeHTML(b.text)}</h${b.level}>`;
      case 'paragraph':
        return `<p>${text(b.text)}</p>`;
      case 'list':
        return `<ul>${b.items.map((item) => `<li>${text(item)}</li>`).join('')}</ul>`;
      case 'table':
        return b.table.toHTML({ caption: numbers.caption('table', b.table.id, b.table.title), anchor: anchorOf('table', b.table.id) });
      case 'figure':
        return b.figure.toHTML({ caption: numbers.caption('figure', b.figure.id, b.figure.title), anchor: anchorOf('figure', b.figure.id) });
      case 'code':
        return `<pre><code>${escapeHTML(b.text)}</code></pre>`;
      case 'link':
        return `<p class="link"><a href="${escapeHTML(safeHref(b.href))}">${escapeHTML(b.text)}</a></p>`;
      case 'references':
        return `<ol class="bibliography">${b.items.map(referenceHTML).join('')}</ol>`;
    }
  };
  return keepGroups(blocks)
    .map((group) => (group.length === 1 ? blockHTML(group[0]!) : `<div class="keep">${group.map(blockHTML).join('\n')}</div>`))
    .join('\n');
}

const isText = (b: Block) => b.kind === 'paragraph' || b.kind === 'link';

/**
 * The blocks in runs that must not be parted by a page break: a heading, the headings and sentences
 * right under it and the first table, figure or list they introduce (`div.keep`: the print CSS keeps
 * each of its children but the last whole and with the next; a long table may still break between its
 * rows after its third). So no heading or introduction ends a page without what it introduces. Every
 * other block is a group of its own.
 */
export function keepGroups(blocks: readonly Block[]): Block[][] {
  const groups: Block[][] = [];
  let open: Block[] | undefined;
  for (const b of blocks) {
    if (open && b.kind === 'heading' && open.some(isText)) open = undefined;
    if (open) {
      open.push(b);
      if (b.kind !== 'heading' && !isText(b)) open = undefined;
    } else if (b.kind === 'heading' && b.level > 1) {
      open = [b];
      groups.push(open);
    } else {
      groups.push([b]);
    }
  }
  return groups;
}

/** A bibliography entry: its anchor, its number, the text, the address (a link when it is an https page), the facts. */
function referenceHTML(item: { number: number; text: string; address: string; facts: string }): string {
  const address = /^https:\/\//i.test(item.address) ? `<a href="${escapeHTML(safeHref(item.address))}">${escapeHTML(item.address)}</a>` : escapeHTML(item.address);
  return `<li id="ref-${item.number}" value="${item.number}">${escapeHTML(item.text)}, ${address}. <span class="facts">${escapeHTML(item.facts)}</span></li>`;
}
