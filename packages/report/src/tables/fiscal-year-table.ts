import { Calendar, type MonteCarloResult, type Scenario } from '@machi/scenarios';
import { formatFiscalYear } from '../format/date.ts';
import { formatYen } from '../format/yen.ts';
import { variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { Table } from '../table.ts';
import { word } from '../words.ts';
import type { TableOptions } from './metric-table.ts';

/**
 * The fiscal year (April to March) that holds the middle of simulated year `year`: simulated years are
 * 8,760 hours from `startDate`, so they drift a day per leap year against 1 April, and a start in
 * January puts most of year 0 in the fiscal year that begins that April.
 */
export function fiscalYearOfSimulatedYear(startDate: string, year: number): number {
  return new Calendar(startDate).fiscalYearAt((year + 0.5) * HOURS_PER_YEAR);
}

const HOURS_PER_YEAR = 8760;

/**
 * Expected cost per fiscal year (年度) of the horizon, per variant: the mean over replications of each
 * simulated year's running, incident and total cost — the shape of a budget line. Each simulated year
 * is named by the fiscal year holding its middle (`fiscalYearOfSimulatedYear`).
 * Needs the per-replication tables (`result.tables`, present on a fresh result, not in result.json).
 */
export function fiscalYearTable(result: MonteCarloResult, { lang, scenario }: TableOptions & { scenario: Scenario }): Table | undefined {
  const tables = result.tables;
  if (!tables || tables.length === 0) return undefined;
  const rows: string[][] = [];
  const data: { variant: string; fiscalYear: number; runningCostYen: number; incidentCostYen: number; costYen: number }[] = [];
  for (const table of tables) {
    for (let year = 0; year < table.years; year++) {
      const mean = (metric: string) => {
        const column = table.columns[metric]!;
        let sum = 0;
        for (let r = 0; r < table.replications; r++) sum += column[r * table.years + year]!;
        return sum / table.replications;
      };
      const running = mean('runningCostYen');
      const incident = mean('incidentCostYen');
      const total = mean('costYen');
      const fiscalYear = fiscalYearOfSimulatedYear(scenario.startDate, year);
      data.push({ variant: table.variant, fiscalYear, runningCostYen: running, incidentCostYen: incident, costYen: total });
      rows.push([variantLabel(table.variant, lang, scenario), formatFiscalYear(fiscalYear, lang), formatYen(running, lang), formatYen(incident, lang), formatYen(total, lang)]);
    }
  }
  return new Table({
    id: 'fiscal-years',
    title: localeOf(lang).tables.fiscalTitle,
    columns: [
      { key: 'variant', label: word('variant', lang) },
      { key: 'fiscalYear', label: word('fiscalYear', lang) },
      { key: 'running', label: word('runningCost', lang), align: 'right' },
      { key: 'incident', label: word('incidentCost', lang), align: 'right' },
      { key: 'total', label: word('totalCost', lang), align: 'right' },
    ],
    rows,
    data,
    note: localeOf(lang).tables.fiscalNote,
  });
}
