import { describe, expect, it } from 'vitest';
import { Figure } from '../figure.ts';
import { Table } from '../table.ts';
import { handBuiltResult, handBuiltScenario } from '../test-support.ts';
import { figureBlock, list, paragraph, tableBlock, type Block } from './blocks.ts';
import { blocksToHTML } from './blocks-html.ts';
import { blocksToMarkdown } from './blocks-markdown.ts';
import { figureRef, tableRef } from './numbering.ts';
import { renderReport } from './render-report.ts';

const figure = (id: string, title: string) => new Figure({ id, title, description: 'd', width: 10, height: 10, data: null, body: '' });
const table = (id: string, title: string) => new Table({ id, title, columns: [{ key: 'a', label: 'a' }], rows: [['1']] });

// A document where a section added in front (the decision table) shifts every number after it.
const blocks: Block[] = [
  paragraph(`${figureRef('oep')}のとおり、${tableRef('costs')}の<b>値</b>は…`),
  tableBlock(table('decision', '判断のための表')),
  tableBlock(table('costs', '年間費用')),
  figureBlock(figure('aep', '年超過確率')),
  figureBlock(figure('oep', '発生超過確率')),
  list([`${figureRef('aep')}と${figureRef('oep')}`]),
];

describe('numbered figures and tables', () => {
  it('blocksToMarkdown numbers tables and figures in order of appearance and writes each reference as its number', () => {
    const md = blocksToMarkdown(blocks, 'ja');
    expect(md).toContain('図2のとおり、表2の&lt;b&gt;値&lt;/b&gt;は…');
    expect(md).toContain('**表1　判断のための表**');
    expect(md).toContain('**表2　年間費用**');
    expect(md).toContain('![図1　年超過確率](figures/aep.svg)\n\n**図1　年超過確率**');
    expect(md).toContain('- 図1と図2');
    expect(blocksToMarkdown(blocks, 'en', 'none')).toContain('**Table 2. 年間費用**');
  });

  it('blocksToHTML numbers captions and links each reference to its figure or table', () => {
    const html = blocksToHTML(blocks, 'en');
    expect(html).toContain('<p><a class="ref" href="#figure-oep">Figure 2</a>のとおり、<a class="ref" href="#table-costs">Table 2</a>の&lt;b&gt;値&lt;/b&gt;は…</p>');
    expect(html).toContain('<div class="machi-table" id="table-decision" data-table="decision"><p class="table-title">Table 1. 判断のための表</p><table>');
    expect(html).toContain('<figure class="machi-figure" id="figure-oep" data-figure="oep">');
    expect(html).toContain('<figcaption>Figure 2. 発生超過確率</figcaption>');
  });

  it('a reference to a figure the document does not have throws a RangeError naming it', () => {
    expect(() => blocksToHTML([paragraph(figureRef('missing'))], 'ja')).toThrow(new RangeError('a reference to figure "missing", which this document does not have'));
  });

  it('renderReport numbers every figure and table of the report once, from 1, in both languages', () => {
    for (const lang of ['ja', 'en'] as const) {
      const report = renderReport(handBuiltResult(), { lang, scenario: handBuiltScenario() });
      const html = report.toHTML();
      const word = lang === 'ja' ? ['図', '表'] : ['Figure ', 'Table '];
      const figures = [...html.matchAll(/<figcaption>(\D+)(\d+)/g)].map((m) => [m[1]!.trim(), Number(m[2])]);
      expect(figures).toEqual(report.figures.map((_, i) => [word[0]!.trim(), i + 1]));
      const tables = [...html.matchAll(/<p class="table-title">(\D+)(\d+)/g)].map((m) => Number(m[2]));
      // Sections that build their tables themselves (assumptions, stamp) are numbered too.
      expect(tables.length).toBeGreaterThanOrEqual(report.tables.length);
      expect(tables).toEqual(tables.map((_, i) => i + 1));
      expect(html).not.toMatch(/[\u{E000}\u{E001}]/u);
      expect(report.toMarkdown()).not.toMatch(/[\u{E000}\u{E001}]/u);
    }
  });

  it('a metric section says by number which tables and figures show it', () => {
    const md = renderReport(handBuiltResult(), { lang: 'ja', scenario: handBuiltScenario() }).toMarkdown();
    // On paper: the cost's metric and return-period tables and its annual exceedance curve.
    expect(md).toMatch(/数値は表\d+、表\d+、グラフは図\d+のとおりです。/);
    // A metric without exceedance curves has its table only; its distribution is a file for analysts.
    expect(md).toMatch(/数値は表\d+のとおりです。/);
  });
});

describe('curves that coincide', () => {
  it('renderReport replaces an exceedance chart whose options have the same curve with one sentence', () => {
    const result = structuredClone(handBuiltResult());
    const [first, ...others] = result.variants;
    for (const v of others) (v as { exceedance: typeof v.exceedance }).exceedance = { ...v.exceedance, personsAffected: first!.exceedance.personsAffected! };
    const report = renderReport(result, { lang: 'ja', scenario: handBuiltScenario() });
    const ids = report.figures.map((f) => f.id);
    expect(ids).not.toContain('aep-personsAffected');
    expect(ids).not.toContain('oep-personsAffected');
    expect(ids).toContain('aep-costYen');
    const md = report.toMarkdown();
    expect(md).toMatch(/「年超過確率（AEP）：[^」]+」は、[^。]+の曲線が重なり区別できないため、図を省きます（数値は表のとおり）。/);
    expect(report.figureFiles().map((f) => f.path)).not.toContain('figures/oep-personsAffected.svg');
    const untouched = renderReport(handBuiltResult(), { lang: 'ja', scenario: handBuiltScenario() });
    expect(untouched.figures.map((f) => f.id)).toContain('aep-personsAffected');
    // The occurrence curve is not printed: it is a chart file beside the report, linked from it.
    expect(untouched.figureFiles().map((f) => f.path)).toContain('figures/oep-personsAffected.svg');
  });
});
