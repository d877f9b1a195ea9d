import type { MetricProbabilityBest, MetricRankingHolds, Scenario } from '@machi/scenarios';
import { formatPercent } from '../format/percent.ts';
import { formatRange } from '../format/quantity.ts';
import type { Lang } from '../lang.ts';
import { variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { studyMetricLabel } from '../uncertainty/study-labels.ts';
import { rankingGroupsAtNominal } from '../uncertainty/tied-at-nominal.ts';

type Estimated = { readonly probability: number; readonly low: number; readonly high: number };

/** A probability's interval: `80% – 92%`, `80%〜92%`. */
export const probabilityInterval = (p: Estimated, lang: Lang): string => formatRange(formatPercent(p.low), formatPercent(p.high), lang);

/** A probability with its interval: `87% (80% – 92%)`, `87%（80%〜92%）`. */
export function probabilityText(p: Estimated, lang: Lang): string {
  const interval = probabilityInterval(p, lang);
  return lang === 'ja' ? `${formatPercent(p.probability)}（${interval}）` : `${formatPercent(p.probability)} (${interval})`;
}

/**
 * The probability that each option is the best, one row per metric and one column per option, over the
 * input sets of an uncertainty study, each with its interval (finite input sets and Monte Carlo noise
 * within a set); a column for the sets where options tie exactly for best when any metric has such sets;
 * and in the last column the probability that the ranking at the inputs' values holds on that metric, or
 * that the options tie at the inputs' values, when they do (no ranking to hold). A
 * metric on which the options never differ says so in its row instead of equal shares. Rows per metric keep
 * the table as wide as the options, however many metrics the study measured.
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
  const withRankings = rankings.length > 0;
  const withTies = best.some((b) => b.result.noDifference === null && b.result.tied.probability > 0);
  const rows = best.map((b) => {
    const metric = studyMetricLabel(b.metric, lang, scenario);
    const { noDifference } = b.result;
    if (noDifference !== null) {
      // The words go in the metric's cell (left-aligned, the widest column); no option has a share to show.
      const blanks = [...options, ...(withTies ? ['tied'] : []), ...(withRankings ? ['ranking'] : [])].map(() => '–');
      return [t.table.noDifference(metric, formatPercent(noDifference.zeroShare)), ...blanks];
    }
    const cells = options.map((option) => {
      const o = b.result.options.find((x) => x.name === option);
      return o ? probabilityText(o, lang) : '–';
    });
    const r = rankings.find((x) => x.metric === b.metric);
    // The ranking itself is in result.json and, for the headline metric, in the summary: option labels are
    // long, and a column of four of them would not fit the page.
    const ranking = r === undefined ? '–' : rankingGroupsAtNominal(r) === null ? t.table.nominalTie : probabilityText(r.result, lang);
    return [metric, ...cells, ...(withTies ? [probabilityText(b.result.tied, lang)] : []), ...(withRankings ? [ranking] : [])];
  });
  return new Table({
    id: 'probability-best',
    title: t.table.bestTitle,
    columns: [
      { key: 'metric', label: t.table.metric },
      ...options.map((o) => ({ key: o, label: name(o), align: 'right' as const })),
      ...(withTies ? [{ key: 'tied', label: t.table.tiedColumn, align: 'right' as const }] : []),
      ...(withRankings ? [{ key: 'ranking', label: t.table.rankingRow }] : []),
    ],
    rows,
    data: { probabilityBest: best, rankingHolds: rankings },
    note: t.table.bestNote(formatPercent(best[0]!.result.level), best[0]!.result.inputSets.toLocaleString('en-US')),
  });
}
