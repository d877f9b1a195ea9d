import { escapeHTML } from '../escape.ts';
import type { Block } from './blocks.ts';

// Only web and relative links become <a>: a scenario cannot smuggle a javascript: URL into a report.
const safeHref = (href: string) => (/^(https?:\/\/|\.{0,2}\/|[\w.-]+\.(md|html|json|csv|svg)(#[\w.-]*)?$)/i.test(href) ? href : '#');

/** Blocks as HTML body content; every text is escaped, figures are inline SVG. */
export function blocksToHTML(blocks: readonly Block[]): string {
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
        case 'link':
          return `<p><a href="${escapeHTML(safeHref(b.href))}">${escapeHTML(b.text)}</a></p>`;
        case 'references':
          return `<ol class="bibliography">${b.items.map(referenceHTML).join('')}</ol>`;
      }
    })
    .join('\n');
}

/** A bibliography entry: its anchor, its number, the text, the address (a link when it is an https page), the facts. */
function referenceHTML(item: { number: number; text: string; address: string; facts: string }): string {
  const address = /^https:\/\//i.test(item.address) ? `<a href="${escapeHTML(safeHref(item.address))}">${escapeHTML(item.address)}</a>` : escapeHTML(item.address);
  return `<li id="ref-${item.number}" value="${item.number}">${escapeHTML(item.text)}, ${address}. <span class="facts">${escapeHTML(item.facts)}</span></li>`;
}
