import { ACTIONS, type MonteCarloResult, type VariantResult, type VariantTable } from '@machi/scenarios';
import type { CsvStatistic } from '../locales/report-locale.ts';
import { actionLabel, metricLabel, variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { headingsOf, type CsvOptions } from './csv-heading-of.ts';
import { csvText, sixDigits, wholeYen, type CsvCell } from './csv-text.ts';

const METRIC_STATISTICS = ['mean', 'ciLow', 'ciHigh', 'sd', 'var100', 'tvar100'] as const satisfies readonly CsvStatistic[];
const ACTION_STATISTICS = ['probability', 'probabilityLow', 'probabilityHigh'] as const satisfies readonly CsvStatistic[];

/**
 * `summary.csv`, one row per option, after the Oasis Open Results Data ALT (average loss table: per
 * SummaryId the mean annual loss and its standard deviation): for every headline metric — each metric
 * without a breakdown, yen, hours, persons and counts alike — the annual mean with its 95% interval, the
 * standard deviation over simulated years, and the 1-in-100-year VaR and TVaR (empty when fewer than
 * 1,000 years were simulated); then each response action's annual probability with its Wilson interval.
 * Where it departs from ORD: wide (one row per option, a column per figure) rather than long, because it
 * is meant for Excel beside a council document; the option stands in for `SummaryId`; no `SampleType`
 * (there are no secondary-uncertainty samples). The standard deviation pools every simulated year
 * (n − 1 in the denominator), summed in row order so that it is the same bytes every time. Yen to the whole
 * yen, other quantities to six digits.
 *
 * @example
 * writeFile('summary.csv', [...summaryCSV(result, { lang: 'en', scenario })].join(''));
 */
export function summaryCSV(result: MonteCarloResult, options: CsvOptions): Generator<string> {
  const metrics = summaryMetrics(result);
  const actions = ACTIONS.filter((a) => result.variants.every((v) => a in v.actions));
  const { lang, scenario } = options;
  const { csvStatistics: words, csvStatisticSeparator: colon } = localeOf(lang);
  const headings = [
    ...headingsOf(['variantLabel', 'variant', 'yearsSimulated'], options),
    ...metrics.flatMap((m) => METRIC_STATISTICS.map((s) => `${metricLabel(m, lang, scenario)}${colon}${words[s]} [${m}.${s}]`)),
    ...actions.flatMap((a) => ACTION_STATISTICS.map((s) => `${actionLabel(a, lang)}${colon}${words[s]} [action.${a}.${s}]`)),
  ];
  const rows = result.variants.map((variant): CsvCell[] => {
    const table = result.tables.find((t) => t.variant === variant.id);
    return [
      variantLabel(variant.id, lang, scenario),
      variant.id,
      table ? table.replications * table.years : null,
      ...metrics.flatMap((m) => metricCells(variant, table, m)),
      ...actions.flatMap((a) => {
        const action = variant.actions[a]!;
        return [sixDigits(action.annualProbability), sixDigits(action.ciLow), sixDigits(action.ciHigh)];
      }),
    ];
  });
  return csvText(headings, rows);
}

/** The metrics without a breakdown (`costYen`, not `costYen.running`), in the result's order. */
const summaryMetrics = (result: MonteCarloResult): string[] => Object.keys(result.variants[0]?.metrics ?? {}).filter((m) => !m.includes('.'));

function metricCells(variant: VariantResult, table: VariantTable | undefined, metric: string): CsvCell[] {
  const m = variant.metrics[metric];
  if (m === undefined) return METRIC_STATISTICS.map(() => null);
  const rounded = metric.endsWith('Yen') ? wholeYen : sixDigits;
  const at100 = m.returnPeriods.find((r) => r.returnPeriodYears === 100);
  const column = table?.columns[metric];
  const sd = column ? standardDeviation(column) : null;
  const round = (v: number | null): number | null => (v === null ? null : rounded(v));
  return [round(m.mean), round(m.ciLow), round(m.ciHigh), round(sd), round(at100?.valueAtRisk ?? null), round(at100?.tailValueAtRisk ?? null)];
}

/** Sample standard deviation of the cells that hold a value (NaN skipped); null below two values. */
function standardDeviation(values: ArrayLike<number>): number | null {
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (Number.isNaN(values[i])) continue;
    n += 1;
    sum += values[i]!;
  }
  if (n < 2) return null;
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < values.length; i++) {
    const d = values[i]! - mean;
    if (!Number.isNaN(d)) squares += d * d;
  }
  return Math.sqrt(squares / (n - 1));
}
