import { largestColumn, type ExceedanceMetric, type MonteCarloResult } from '@machi/scenarios';
import { returnPeriodRisk, type ReturnPeriodRisk } from '@machi/sim-core';
import { metricLabel, variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { headingsOf, type CsvOptions } from './csv-heading-of.ts';
import { csvText, sixDigits, wholeYen, type CsvCell } from './csv-text.ts';

const COLUMNS = ['variantLabel', 'variant', 'metricLabel', 'metric', 'epType', 'epTypeLabel', 'returnPeriodYears', 'value', 'yearsSimulated'] as const;

/**
 * `exceedance.csv`, an exceedance-probability table after the Oasis Open Results Data EPT (one row per
 * SummaryId × EPType × ReturnPeriod with its Loss): one row per option × metric × EP type × return period.
 * The EP type keeps ORD's codes — 1 OEP (the year's largest single incident), 2 OEP TVaR, 3 AEP (the
 * year's total), 4 AEP TVaR — with a label beside it. Where it departs from ORD: the option stands in for
 * `SummaryId` (its id and label), every metric with exceedance curves is listed, not only a loss (yen,
 * hours, persons), and there is no `EPCalc` column: the figures are order statistics of all simulated
 * years pooled (ORD's "full uncertainty", EPCalc 2), the only calculation made. AEP values are the
 * report's return-period VaR and TVaR (`returnPeriodRisk`); OEP values apply the same rule to the
 * largest-incident column. A return period is listed only where at least ten times as many years were
 * simulated (the tail is never extrapolated). Yen to the whole yen, other quantities to six digits.
 *
 * @example
 * writeFile('exceedance.csv', [...exceedanceCSV(result, { lang: 'ja', scenario })].join(''));
 */
export function exceedanceCSV(result: MonteCarloResult, options: CsvOptions): Generator<string> {
  return csvText(headingsOf(COLUMNS, options), exceedanceRows(result, options));
}

function* exceedanceRows(result: MonteCarloResult, { lang, scenario }: CsvOptions): Generator<CsvCell[]> {
  const epTypes = localeOf(lang).csvEpTypes;
  for (const variant of result.variants) {
    const table = result.tables.find((t) => t.variant === variant.id);
    const label = variantLabel(variant.id, lang, scenario);
    for (const metric of Object.keys(variant.exceedance) as ExceedanceMetric[]) {
      const largest = table?.columns[largestColumn(metric)];
      const oep = largest ? returnPeriodRisk(largest) : [];
      const aep = variant.metrics[metric]?.returnPeriods ?? [];
      const rounded = metric.endsWith('Yen') ? wholeYen : sixDigits;
      const rows = (epType: 1 | 2 | 3 | 4, risks: readonly ReturnPeriodRisk[], pick: (r: ReturnPeriodRisk) => number | null): CsvCell[][] =>
        risks.flatMap((r) => {
          const value = pick(r);
          if (!r.available || value === null) return [];
          return [[label, variant.id, metricLabel(metric, lang, scenario), metric, epType, epTypes[epType], r.returnPeriodYears, rounded(value), r.yearsSimulated]];
        });
      yield* rows(1, oep, (r) => r.valueAtRisk);
      yield* rows(2, oep, (r) => r.tailValueAtRisk);
      yield* rows(3, aep, (r) => r.valueAtRisk);
      yield* rows(4, aep, (r) => r.tailValueAtRisk);
    }
  }
}
