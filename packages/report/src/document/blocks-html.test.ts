import { describe, expect, it } from 'vitest';
import { Figure } from '../figure.ts';
import { Table } from '../table.ts';
import { figureBlock, heading, link, list, paragraph, tableBlock, type Block } from './blocks.ts';
import { blocksToHTML, keepGroups } from './blocks-html.ts';

const figure = new Figure({ id: 'f', title: 'F', description: 'd', width: 10, height: 10, data: null, body: '' });
const table = new Table({ id: 't', title: 'T', columns: [{ key: 'a', label: 'a' }], rows: [['1']] });
const kinds = (groups: Block[][]) => groups.map((group) => group.map((b) => (b.kind === 'heading' ? `h${b.level}` : b.kind)).join(' '));

describe('keepGroups', () => {
  it('keeps a heading, the headings and sentences under it and the first table, figure or list they introduce together', () => {
    const blocks = [
      heading(1, 'Town'),
      paragraph('intro'),
      heading(2, 'A'),
      heading(3, 'A.1'),
      paragraph('the numbers are in Table 1'),
      tableBlock(table),
      figureBlock(figure),
      heading(2, 'B'),
      paragraph('one'),
      paragraph('two'),
      heading(2, 'C'),
      list(['x']),
      paragraph('after'),
      heading(2, 'D'),
      link('file', 'figures/f.svg'),
    ];
    expect(kinds(keepGroups(blocks))).toEqual(['h1', 'paragraph', 'h2 h3 paragraph table', 'figure', 'h2 paragraph paragraph', 'h2 list', 'paragraph', 'h2 link']);
  });

  it('blocksToHTML wraps each group of more than one block in div.keep, and links a chart file beside the report', () => {
    const html = blocksToHTML([heading(2, 'A'), paragraph('p'), tableBlock(table), paragraph('alone'), link('F', 'figures/f.svg'), link('bad', 'javascript:alert(1)')], 'en');
    expect(html).toMatch(/^<div class="keep"><h2>A<\/h2>\n<p>p<\/p>\n<div class="machi-table" id="table-t" data-table="t"><p class="table-title">Table 1\. T<\/p><table>/);
    expect(html).toContain('</table></div></div>\n<p>alone</p>');
    expect(html).toContain('<p class="link"><a href="figures/f.svg">F</a></p>');
    expect(html).toContain('<p class="link"><a href="#">bad</a></p>');
  });
});
