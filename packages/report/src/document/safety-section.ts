import type { MonteCarloResult, Scenario } from '@machi/scenarios';
import { formatNumber, formatRange } from '../format/quantity.ts';
import { formatMetric, metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { Table } from '../table.ts';
import { heading, list, paragraph, type Block } from './blocks.ts';

const score = (x: number) => formatNumber(x, 1);

/**
 * The safety score: each variant's score with its interval, the formula in words and symbols, the
 * weights and scales used (and whether the town set them or they are the defaults, which are
 * assumptions), and how the ranking moves when each weight is halved or doubled.
 */
export function safetySection(result: MonteCarloResult, lang: Lang, scenario: Scenario | undefined, tab: (t: Table) => Block): Block[] {
  const ja = lang === 'ja';
  const { safety } = result;
  const name = (id: string) => variantLabel(id, lang, scenario);
  const metrics = Object.keys(safety.weights);
  const blocks: Block[] = [heading(2, ja ? '安全スコア' : 'Safety score', 'safety')];
  if (safety.variants.length === 0) return [...blocks, paragraph(ja ? '試行がないため計算できません。' : 'No replication finished: nothing to score.')];
  blocks.push(
    paragraph(
      ja
        ? '安全スコア(0〜100)は、試行ごとに次の式で計算し、その平均と95%信頼区間を示します。何も起きなければ100、被害が大きいほど0に近づきます。どの指標でも劣らない案のスコアが低くなることはありません。'
        : 'The safety score (0 to 100) is computed for each replication by the formula below; shown is its mean with a 95% interval. It is 100 when nothing happens and falls towards 0 as harm grows; an option no worse on every metric never scores lower.',
    ),
    paragraph('score = 100 × Σ w_m · s_m / (s_m + x_m) / Σ w_m'),
    paragraph(
      ja
        ? 'x_m は指標 m のその試行での年平均値、s_m はその指標の項が50点になる値(尺度)、w_m は重みです。'
        : 'x_m is the annual mean of metric m in that replication, s_m the value at which its part scores 50 (the scale), and w_m its weight.',
    ),
  );
  blocks.push(
    tab(
      new Table({
        id: 'safety-scores',
        title: ja ? '案ごとの安全スコア' : 'Safety score by option',
        columns: [
          { key: 'rank', label: ja ? '順位' : 'rank', align: 'right' },
          { key: 'variant', label: ja ? '案' : 'option' },
          { key: 'score', label: ja ? 'スコア' : 'score', align: 'right' },
          { key: 'interval', label: ja ? '95%信頼区間' : '95% interval', align: 'right' },
        ],
        rows: safety.ranking.map((id, i) => {
          const v = safety.variants.find((x) => x.id === id)!;
          return [String(i + 1), name(id), score(v.mean), v.ciLow === null || v.ciHigh === null ? '–' : formatRange(score(v.ciLow), score(v.ciHigh), lang)];
        }),
        data: safety.variants,
      }),
    ),
    tab(
      new Table({
        id: 'safety-weights',
        title: ja ? '重みと尺度' : 'Weights and scales',
        columns: [
          { key: 'metric', label: ja ? '指標' : 'metric' },
          { key: 'weight', label: ja ? '重み w' : 'weight w', align: 'right' },
          { key: 'scale', label: ja ? '尺度 s(50点になる年間値)' : 'scale s (annual value scoring 50)', align: 'right' },
          { key: 'source', label: ja ? '設定' : 'set by' },
        ],
        rows: metrics.map((m) => [
          metricLabel(m, lang, scenario),
          formatNumber(safety.weights[m as keyof typeof safety.weights]),
          formatMetric(m, safety.scales[m as keyof typeof safety.scales], lang),
          sourceText(safety.sources.weights === 'scenario' && safety.sources.scales[m as keyof typeof safety.scales] === 'scenario' ? 'scenario' : 'assumption', lang),
        ]),
        data: { weights: safety.weights, scales: safety.scales, sources: safety.sources },
        note: ja ? '重みと尺度はシナリオの safetyScore.weights / safetyScore.scales で町ごとに変更できます。' : 'A town sets its own under safetyScore.weights / safetyScore.scales in the scenario.',
      }),
    ),
  );
  const changed = safety.sensitivity.filter((s) => s.changed);
  blocks.push(
    paragraph(
      ja
        ? `重みを1つずつ半分・2倍にしたとき、順位が変わるのは${safety.sensitivity.length}通り中${changed.length}通りです。`
        : `Halving or doubling one weight at a time changes the ranking in ${changed.length} of ${safety.sensitivity.length} cases.`,
    ),
    tab(
      new Table({
        id: 'safety-sensitivity',
        title: ja ? '重みを動かしたときの順位(スコア)' : 'Rank (score) when a weight moves',
        columns: [
          { key: 'change', label: ja ? '変更' : 'change' },
          ...safety.variants.map((v) => ({ key: v.id, label: name(v.id), align: 'right' as const })),
          { key: 'changed', label: ja ? '順位の変化' : 'ranking changed' },
        ],
        rows: [
          [ja ? '設定どおりの重み' : 'weights as set', ...safety.variants.map((v) => `${safety.ranking.indexOf(v.id) + 1} (${score(v.mean)})`), ''],
          ...safety.sensitivity.map((s) => [
            ja ? `${metricLabel(s.metric, lang, scenario)}の重み ×${s.factor}` : `weight of ${metricLabel(s.metric, lang, scenario)} ×${s.factor}`,
            ...safety.variants.map((v) => `${s.ranking.indexOf(v.id) + 1} (${score(s.means[v.id]!)})`),
            s.changed ? (ja ? '変わる' : 'yes') : ja ? '同じ' : 'no',
          ]),
        ],
        data: safety.sensitivity,
      }),
    ),
  );
  if (safety.sources.weights !== 'scenario') {
    blocks.push(list([ja ? '既定の重み・尺度は仮定(assumption)です。町の優先順位に合わせて設定してください。' : 'The default weights and scales are assumptions: set them to the town\'s priorities.']));
  }
  return blocks;
}

const sourceText = (source: 'scenario' | 'assumption', lang: Lang) =>
  source === 'scenario' ? (lang === 'ja' ? 'シナリオで設定' : 'the scenario') : lang === 'ja' ? '既定(仮定)' : 'default (assumption)';
