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
  const data: { variant: string; fiscalYear: number; runningCostYen: number; incidentCostYen: number; costYen: number }[] = [];
  for (const table of tables) {
    for (let year = 0; year < table.years; year++) {
      const mean = (metric: string) => {
        const column = table.columns[metric]!;
        let sum = 0;
        for (let r = 0; r < table.replications; r++) sum += column[r * table.years + year]!;
        return sum / table.replications;
      };
      const fiscalYear = fiscalYearOfSimulatedYear(scenario.startDate, year);
      data.push({ variant: table.variant, fiscalYear, runningCostYen: mean('runningCostYen'), incidentCostYen: mean('incidentCostYen'), costYen: mean('costYen') });
    }
  }
  // One row per simulated year (named by its fiscal year) and one column per option, as a budget line
  // reads; each cell the total over its running and incident costs.
  const perVariant = tables.map((table) => data.filter((d) => d.variant === table.variant));
  const t = localeOf(lang).tables;
  const cell = (d: (typeof data)[number] | undefined) =>
    d === undefined ? '–' : t.fiscalCell(formatYen(d.costYen, lang), formatYen(d.runningCostYen, lang), formatYen(d.incidentCostYen, lang));
  return new Table({
    id: 'fiscal-years',
    title: t.fiscalTitle,
    columns: [
      { key: 'fiscalYear', label: word('fiscalYear', lang) },
      ...tables.map((table) => ({ key: table.variant, label: variantLabel(table.variant, lang, scenario), align: 'right' as const })),
    ],
    rows: perVariant[0]!.map((first, year) => [formatFiscalYear(first.fiscalYear, lang), ...perVariant.map((rows) => cell(rows[year]))]),
    data,
    note: `${t.fiscalCellNote} ${t.fiscalNote}`,
  });
}
