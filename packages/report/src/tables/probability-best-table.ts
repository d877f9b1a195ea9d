import type { MetricProbabilityBest, MetricRankingHolds, Scenario } from '@machi/scenarios';
import { formatPercent } from '../format/percent.ts';
import { formatRange } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
import { variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { studyMetricLabel } from '../uncertainty/study-labels.ts';

type Estimated = { readonly probability: number; readonly low: number; readonly high: number };

/** A probability's interval: `80% – 92%`, `80%〜92%`. */
export const probabilityInterval = (p: Estimated, lang: Lang): string => formatRange(formatPercent(p.low), formatPercent(p.high), lang);

/** A probability with its interval: `87% (80% – 92%)`, `87%（80%〜92%）`. */
export function probabilityText(p: Estimated, lang: Lang): string {
  const interval = probabilityInterval(p, lang);
  return lang === 'ja' ? `${formatPercent(p.probability)}（${interval}）` : `${formatPercent(p.probability)} (${interval})`;
}

/**
 * The probability that each option is the best, one column per metric, over the input sets of an
 * uncertainty study, each with its interval (finite input sets and Monte Carlo noise within a set); and,
 * as the last row, the probability that the ranking at the inputs' values holds, with that ranking.
 *
 * @throws RangeError for no metrics.
 * @example
 * probabilityBestTable(study.probabilityBest, study.rankingHolds, { lang: 'ja', scenario }).toMarkdown();
 */
export function probabilityBestTable(
  best: readonly MetricProbabilityBest[],
  rankings: readonly MetricRankingHolds[],
  { lang, scenario }: { readonly lang: Lang; readonly scenario?: Scenario },
): Table {
  if (best.length === 0) throw new RangeError('probabilityBestTable needs at least one metric');
  const t = localeOf(lang).uncertainty;
  const options = best[0]!.result.options.map((o) => o.name);
  const name = (id: string) => variantLabel(id, lang, scenario);
  const rows = options.map((option) => [
    name(option),
    ...best.map((b) => {
      const o = b.result.options.find((x) => x.name === option);
      return o ? probabilityText(o, lang) : '–';
    }),
  ]);
  if (rankings.length > 0) {
    rows.push([
      t.table.rankingRow,
      ...best.map((b) => {
        const r = rankings.find((x) => x.metric === b.metric);
        return r ? `${probabilityText(r.result, lang)}\n${t.rankingOrder(r.result.ranking.map(name))}` : '–';
      }),
    ]);
  }
  return new Table({
    id: 'probability-best',
    title: t.table.bestTitle,
    columns: [{ key: 'option', label: t.table.option }, ...best.map((b) => ({ key: b.metric, label: studyMetricLabel(b.metric, lang, scenario), align: 'right' as const }))],
    rows,
    data: { probabilityBest: best, rankingHolds: rankings },
    note: t.table.bestNote(formatPercent(best[0]!.result.level), best[0]!.result.inputSets.toLocaleString('en-US')),
  });
}
