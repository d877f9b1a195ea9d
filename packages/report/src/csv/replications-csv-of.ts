import { replicationsCSV, type MonteCarloResult } from '@machi/scenarios';
import { csvHeading } from '../csv-heading.ts';
import { variantLabel } from '../labels.ts';
import { fiscalYearOfSimulatedYear } from '../tables/fiscal-year-table.ts';
import type { CsvOptions } from './csv-heading-of.ts';

/**
 * `replications.csv` as a report writes it: one row per option, replication and simulated year, the
 * option's label (report language) before its id, the fiscal year (年度) after the simulated year, and
 * measured quantities to the six digits their Float32 cells carry (`11.298`, not `11.298002`).
 *
 * A simulated year is a block of 8,760 hours from the scenario's start date, not a fiscal year: it drifts
 * by a day every leap year. It is labelled with the fiscal year that holds most of it
 * (`fiscalYearOfSimulatedYear`), which is exact while the drift stays under half a year.
 *
 * @example
 * for (const piece of replicationsCsvOf(result, { lang: 'ja', scenario })) out.write(piece);
 */
export function replicationsCsvOf(result: Pick<MonteCarloResult, 'tables'>, { lang, scenario }: CsvOptions): Generator<string> {
  return replicationsCSV(result.tables, {
    heading: csvHeading(lang, scenario),
    variantLabel: (id) => variantLabel(id, lang, scenario),
    fiscalYear: (year) => fiscalYearOfSimulatedYear(scenario.startDate, year),
    float32Digits: 6,
  });
}
