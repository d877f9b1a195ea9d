import type { MonteCarloResult, Scenario } from '@machi/scenarios';
import { estimateText, SCORE } from '../format/estimate-text.ts';
import { formatNumber } from '../format/quantity.ts';
import { formatMetric, metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { word } from '../words.ts';
import { heading, list, paragraph, type Block } from './blocks.ts';

const score = (x: number, finer = 0) => formatNumber(x, 1, finer);

/**
 * The safety score: each variant's score with its interval, the formula in words and symbols, the
 * weights and scales used (and whether the town set them or they are the defaults, which are
 * assumptions), and how the ranking moves when each weight is halved or doubled.
 */
export function safetySection(result: MonteCarloResult, lang: Lang, scenario: Scenario | undefined, tab: (t: Table) => Block): Block[] {
  const t = localeOf(lang).safety;
  const { safety } = result;
  const name = (id: string) => variantLabel(id, lang, scenario);
  const metrics = Object.keys(safety.weights);
  const blocks: Block[] = [heading(2, t.heading, 'safety')];
  if (safety.variants.length === 0) return [...blocks, paragraph(t.none)];
  blocks.push(paragraph(t.formula), paragraph('score = 100 × Σ w_m · s_m / (s_m + x_m) / Σ w_m'), paragraph(t.symbols));
  blocks.push(
    tab(
      new Table({
        id: 'safety-scores',
        title: t.scoresTitle,
        columns: [
          { key: 'rank', label: t.rank, align: 'right' },
          { key: 'variant', label: word('variant', lang) },
          { key: 'score', label: t.score, align: 'right' },
        ],
        rows: safety.ranking.map((id, i) => {
          const v = safety.variants.find((x) => x.id === id)!;
          return [String(i + 1), name(id), estimateText(v.mean, v.ciLow, v.ciHigh, score, lang, { cell: true, within: SCORE })];
        }),
        data: safety.variants,
      }),
    ),
    tab(
      new Table({
        id: 'safety-weights',
        title: t.weightsTitle,
        columns: [
          { key: 'metric', label: word('metric', lang) },
          { key: 'weight', label: t.weight, align: 'right' },
          { key: 'scale', label: t.scale, align: 'right' },
          { key: 'source', label: t.setBy },
        ],
        rows: metrics.map((m) => [
          metricLabel(m, lang, scenario),
          formatNumber(safety.weights[m as keyof typeof safety.weights]),
          formatMetric(m, safety.scales[m as keyof typeof safety.scales], lang),
          safety.sources.weights === 'scenario' && safety.sources.scales[m as keyof typeof safety.scales] === 'scenario' ? t.setByScenario : t.setByDefault,
        ]),
        data: { weights: safety.weights, scales: safety.scales, sources: safety.sources },
        note: t.weightsNote,
      }),
    ),
  );
  const changed = safety.sensitivity.filter((s) => s.changed);
  blocks.push(
    paragraph(t.sensitivity(changed.length, safety.sensitivity.length)),
    tab(
      new Table({
        id: 'safety-sensitivity',
        title: t.sensitivityTitle,
        columns: [
          { key: 'change', label: t.change },
          ...safety.variants.map((v) => ({ key: v.id, label: name(v.id), align: 'right' as const })),
          { key: 'changed', label: t.rankingChanged },
        ],
        rows: [
          [t.asSet, ...safety.variants.map((v) => `${safety.ranking.indexOf(v.id) + 1} (${score(v.mean)})`), ''],
          ...safety.sensitivity.map((s) => [
            t.weightTimes(metricLabel(s.metric, lang, scenario), s.factor),
            ...safety.variants.map((v) => `${s.ranking.indexOf(v.id) + 1} (${score(s.means[v.id]!)})`),
            s.changed ? t.yes : t.no,
          ]),
        ],
        data: safety.sensitivity,
      }),
    ),
  );
  if (safety.sources.weights !== 'scenario') {
    blocks.push(list([t.defaultsAreAssumptions]));
  }
  return blocks;
}
