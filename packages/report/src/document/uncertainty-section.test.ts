import { describe, expect, it } from 'vitest';
import type { Figure } from '../figure.ts';
import type { Table } from '../table.ts';
import { handBuiltResult, handBuiltScenario } from '../test-support.ts';
import { handBuiltSensitivity, handBuiltUncertainty } from '../uncertainty/test-support.ts';
import { blocksToMarkdown } from './blocks-markdown.ts';
import { figureBlock, tableBlock, type Block } from './blocks.ts';
import { renderReport } from './render-report.ts';
import { uncertaintySection, uncertaintySummary } from './uncertainty-section.ts';

const scenario = handBuiltScenario();
const studies = { uncertainty: handBuiltUncertainty(), sensitivity: handBuiltSensitivity() };
const result = handBuiltResult();

/** The section's blocks, and the ids of the figures and tables it drew. */
function section(lang: 'ja' | 'en', given = studies) {
  const figures: string[] = [];
  const tables: string[] = [];
  const blocks = uncertaintySection(given, lang, scenario, (f: Figure) => (figures.push(f.id), figureBlock(f)), (t: Table) => (tables.push(t.id), tableBlock(t)));
  return { blocks, figures, tables };
}
const prose = (blocks: readonly Block[]) => blocks.flatMap((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? [b.text] : []));

describe('uncertaintySection', () => {
  it('opens with the summary sentence and holds the probability-best table, tornado, indices, switching values and the band', () => {
    const { blocks, figures, tables } = section('en');
    expect(blocks[0]).toEqual({ kind: 'heading', level: 2, text: 'How sure are we?', id: 'uncertainty' });
    expect(figures).toEqual(['tornado-costYen-cloud-vs-onprem', 'sobol-costYen-cloud-vs-onprem', 'morris-costYen-cloud-vs-onprem', 'exceedance-band-costYen']);
    expect(tables).toEqual(['probability-best', 'switching-values']);
  });

  it('reads for a mayor in English', () => {
    expect(prose(section('en').blocks)).toMatchInlineSnapshot(`
      [
        "How sure are we?",
        "Over what nobody knows precisely, the ranking on annual cost (running + incidents) (Housing ahead of Town-hall server room ahead of Government cloud) holds for 60% of plausible inputs (47% – 72%; 64 input sets).",
        "It depends most on the line "line-dc": Faults per route (per year), which the town can check by asking the carrier for the <b>fault history</b>.",
        "It depends next on the system "registry": Annual cost › Government cloud, which it can check by comparing it with its own fault records, contracts and invoices.",
        "The options were run again over 64 input sets drawn from the ranges of the 3 inputs that carry one (a scrambled Sobol sequence, whose evenly spread points give the same precision with fewer sets than random ones), 8 replications each, with the same random numbers for every option and set; the other 37 numbers were held at their values.",
        "Which option is best, over the plausible inputs",
        "For each measure of harm or cost, the share of plausible input sets on which each option is the best. An interval covers both the finite number of input sets and the Monte Carlo noise within each.",
        "Which inputs could change the answer",
        "annual cost (running + incidents): Government cloud − Town-hall server room, with each input at the low and at the high end of its range and every other at its value. Bars crossing the dashed line reverse the preference.",
        "How much of the uncertainty each input explains",
        "Sobol indices: the first-order index is the share of the spread explained by the input alone; the total index adds what it explains together with others. Whiskers are bootstrap intervals.",
        "Screening (Morris elementary effects): how far the result moves when the input moves across its range (μ*), and how much that depends on the other inputs (σ). Inputs near the noise line move it no more than chance does.",
        "Where the preference changes",
        "For the leading inputs, the value within its range at which the preferred option changes, every other input at its value.",
        "For analysts, the leading inputs with their places in the scenario: Line "line-dc": Faults per route (per year) [links[0].faultAnnualRatePerRoute]; System "registry": Annual cost › Government cloud [systems[0].annualCostYen.public-cloud]; Site "townhall": Generator failure [sites[0].generatorFailureProbability]. result.json and input-sets.csv list every input.",
        "Bad years, over the plausible inputs",
        "The annual cost exceeded with each probability, at the inputs averaged over their ranges; the hatched band spans 90% of the input sets.",
        "What was held fixed",
        "37 of the scenario's 40 numbers carry no range and were held at their values; their uncertainty is not in these results.",
        "Precision reached: the widest 95% interval of a probability above spans 20%, and of a Sobol index spans 20%.",
      ]
    `);
  });

  it('reads for a mayor in Japanese', () => {
    expect(prose(section('ja').blocks)).toMatchInlineSnapshot(`
      [
        "前提の不確かさ",
        "正確には分からない前提をありうる範囲で動かしても、年間費用（運用+インシデント）の順位（ハウジング ＞ 役場サーバ室 ＞ ガバメントクラウド）はありうる前提の60%で変わりません（47%〜72%、前提の組64通り）。",
        "結果を最も左右するのは回線「line-dc」: 経路あたりの故障（年あたり）で、町は回線事業者に<b>故障履歴</b>を求めることで確かめられます。",
        "次はシステム「registry」: 年間費用 › ガバメントクラウドで、町の障害記録・契約・請求書と突き合わせることで確かめられます。",
        "範囲をもつ3個の前提について、その範囲から前提の組を64通り選び（スクランブルしたSobol列：点が偏りなく散らばるため、乱数で選ぶより少ない組で同じ精度が得られる）、各組で8回ずつ試行しました。どの案・どの組でも同じ乱数を使っています。その他の37個の数値は既定値のままです。",
        "ありうる前提のもとで、どの案が最もよいか",
        "損害と費用の指標ごとに、各案が最もよい案になる前提の組の割合を示します。区間は、前提の組の数が有限であることと、各組の中の試行回数による誤差の両方を含みます。",
        "答えを変えうる前提",
        "年間費用（運用+インシデント）（ガバメントクラウド − 役場サーバ室）を、前提を一つずつ範囲の下端と上端に置き、他は既定値のままにして示します。破線をまたぐ棒は、どちらの案がよいかを逆転させます。",
        "不確かさのうち各前提が説明する割合",
        "Sobol指標：一次指標はその前提だけで説明されるばらつきの割合、総合指標は他の前提との組み合わせで説明される分も含めた割合です。ひげはブートストラップ区間です。",
        "ふるい分け（Morrisの要素効果）：前提を範囲全体にわたって動かしたときに結果がどれだけ動くか（μ*）と、それが他の前提にどれだけ左右されるか（σ）。誤差の線に近い前提は、偶然のばらつき以上には結果を動かしません。",
        "案の優劣が入れ替わる値",
        "結果を大きく左右する前提について、他の前提を既定値に置いたまま、どちらの案がよいかが入れ替わる値を範囲の中で求めました。",
        "分析する方のために、影響の大きい前提とシナリオでの場所を示します：回線「line-dc」: 経路あたりの故障（年あたり） [links[0].faultAnnualRatePerRoute]、システム「registry」: 年間費用 › ガバメントクラウド [systems[0].annualCostYen.public-cloud]、拠点「townhall」: 発電機の故障 [sites[0].generatorFailureProbability]。すべての前提はresult.jsonとinput-sets.csvにあります。",
        "ありうる前提のもとでの悪い年",
        "年間費用がそれぞれの確率で超える額を、前提の組について平均して示します。斜線の帯は前提の組の90%が入る範囲です。",
        "固定した数値",
        "シナリオの数値40個のうち37個は範囲をもたず、既定値に固定しました。その不確かさはこの結果に含まれません。",
        "到達した精度：95%区間は最も広いもので、上の確率では幅20%、Sobol指標では幅20%です。",
      ]
    `);
  });

  it('says in the summary that the options tie at the inputs\' values, naming no ranking, when they tie on its metric', () => {
    const [cost, downtime] = studies.uncertainty.rankingHolds;
    const all = ['housing', 'onprem', 'cloud'];
    const tied = { ...studies, uncertainty: { ...studies.uncertainty, rankingHolds: [{ ...cost!, result: { ...cost!.result, groups: [all] }, nominalTie: all }, downtime!] } };
    expect(uncertaintySummary(tied, 'en', scenario)[0]).toBe(
      "At the inputs' values Housing, Town-hall server room and Government cloud tie on annual cost (running + incidents) (equal, or within the noise of the runs), so there is no ranking whose hold could be measured.",
    );
    expect(uncertaintySummary(tied, 'ja', scenario)[0]).toBe(
      '前提を既定値に置くと、年間費用（運用+インシデント）ではハウジング・役場サーバ室・ガバメントクラウドが同等（等しいか、試行のばらつきの範囲内）で、変わらないかを確かめる順位がありません。',
    );
  });

  it('states how often the order between tie groups holds when only some options tie at the inputs\' values', () => {
    const [cost, downtime] = studies.uncertainty.rankingHolds;
    const partly = { ...cost!, result: { ...cost!.result, groups: [['housing', 'onprem'], ['cloud']] }, nominalTie: ['housing', 'onprem'] };
    const summary = uncertaintySummary({ ...studies, uncertainty: { ...studies.uncertainty, rankingHolds: [partly, downtime!] } }, 'en', scenario)[0];
    expect(summary).toContain('the ranking on annual cost (running + incidents) (Housing and Town-hall server room ahead of Government cloud) holds for 60%');
  });

  it('with the uncertainty study alone, draws no sensitivity chart and states no leading input', () => {
    const { figures, tables } = section('en', { uncertainty: studies.uncertainty } as typeof studies);
    expect(figures).toEqual(['exceedance-band-costYen']);
    expect(tables).toEqual(['probability-best']);
    expect(uncertaintySummary({ uncertainty: studies.uncertainty }, 'en', scenario)).toHaveLength(1);
  });

  it('names at most five leading inputs and two paths of each in the note for analysts', () => {
    const leading = Array.from({ length: 7 }, (_, i) => ({ ...studies.sensitivity.leading[0]!, name: `belief-${i}` }));
    const factors = leading.map((l, i) => ({ name: l.name, label: { ja: `考え${i}`, en: `Belief ${i}` }, rankCorrelation: 1, members: ['a', 'b', 'c'], opposed: [], source: 'x', check: null }));
    const note = prose(section('en', { ...studies, sensitivity: { ...studies.sensitivity, leading, factors } }).blocks).find((p) => p.startsWith('For analysts'));
    expect(note).toBe(
      'For analysts, the leading inputs with their places in the scenario: ' +
        [0, 1, 2, 3, 4].map((i) => `Belief ${i} [a, b and 1 more]`).join('; ') +
        '. result.json and input-sets.csv list every input.',
    );
  });

  it('with no study, is empty', () => {
    expect(section('en', {} as typeof studies).blocks).toEqual([]);
  });
});

describe('renderReport with an uncertainty study', () => {
  it('replaces the summary’s “Monte Carlo noise only” line by the study’s sentences, and adds the section after the comparisons', () => {
    for (const lang of ['ja', 'en'] as const) {
      const plain = renderReport(result, { lang, scenario });
      const studied = renderReport(result, { lang, scenario, uncertainty: studies });
      const summaryOf = (blocks: readonly Block[]) => {
        const start = blocks.findIndex((b) => b.kind === 'heading' && b.id === 'summary');
        const end = blocks.findIndex((b, i) => i > start && b.kind === 'heading' && b.level === 2);
        return blocksToMarkdown(blocks.slice(start, end), lang, 'none');
      };
      expect(summaryOf(plain.blocks)).toMatch(lang === 'en' ? /not the uncertainty of the inputs/ : /不確かさは含みません/);
      expect(summaryOf(studied.blocks)).not.toMatch(lang === 'en' ? /not the uncertainty of the inputs/ : /不確かさは含みません/);
      expect(summaryOf(studied.blocks)).toContain(lang === 'en' ? 'holds for 60% of plausible inputs' : 'ありうる前提の60%で変わりません');
      const ids = [...studied.toHTML().matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids.indexOf('uncertainty')).toBe(ids.indexOf('comparisons') + 1);
      expect(studied.figures.map((f) => f.id)).toEqual(expect.arrayContaining(['tornado-costYen-cloud-vs-onprem', 'exceedance-band-costYen']));
    }
  });

  it('says in its limits what the study varied and held fixed, not “Monte Carlo noise only”', () => {
    const limitsOf = (blocks: readonly Block[]) => {
      const start = blocks.findIndex((b) => b.kind === 'heading' && b.id === 'limits');
      return blocksToMarkdown(blocks.slice(start, start + 2), 'en', 'none');
    };
    const en = limitsOf(renderReport(result, { lang: 'en', scenario, uncertainty: studies }).blocks);
    expect(en).toContain('"How sure are we?" varied the 3 numbers that carry a range, moved by 3 beliefs and inputs (a scrambled Sobol sequence');
    expect(en).toContain('the other 37 numbers, 12 of them assumptions, were held at their values');
    expect(en).not.toContain('Monte Carlo noise only');
    expect(limitsOf(renderReport(result, { lang: 'en', scenario }).blocks)).toContain('Confidence intervals show Monte Carlo noise only');
    const ja = renderReport(result, { lang: 'ja', scenario, uncertainty: { sensitivity: studies.sensitivity } }).blocks;
    const jaLimits = blocksToMarkdown(ja.slice(ja.findIndex((b) => b.kind === 'heading' && b.id === 'limits')), 'ja', 'none');
    expect(jaLimits).toContain('範囲のある3個の数値を3個の考え・前提として動かしました（Morris');
    expect(jaLimits).toContain('残る37個の数値（うち仮定12個）は既定値に固定');
    expect(jaLimits).not.toContain('誤差だけを示します');
  });

  it('shows how to check an input, and its path, only escaped', () => {
    const html = renderReport(result, { lang: 'en', scenario, uncertainty: studies }).toHTML();
    expect(html).toContain('which the town can check by asking the carrier for the &lt;b&gt;fault history&lt;/b&gt;.');
    expect(html).toContain('[links[0].faultAnnualRatePerRoute]');
    expect(html).not.toContain('<b>fault');
    const markdown = renderReport(result, { lang: 'ja', scenario, uncertainty: studies }).toMarkdown();
    expect(markdown).toContain('回線事業者に');
    expect(markdown).not.toContain('<b>故障履歴');
  });

  it('shows an option labelled <script> only escaped, in HTML and Markdown', () => {
    const hostile = structuredClone(scenario) as unknown as { variants: Record<string, { label: unknown }> };
    hostile.variants.cloud!.label = '<script>alert(1)</script>';
    const report = renderReport(result, { lang: 'en', scenario: hostile as never, uncertainty: studies });
    expect(report.toHTML()).not.toContain('<script');
    expect(report.toMarkdown()).not.toContain('<script');
  });
});
