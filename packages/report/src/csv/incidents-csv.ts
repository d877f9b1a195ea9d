import { Calendar, type ReplayedIncident } from '@machi/scenarios';
import { causeLabel } from '../cause-label.ts';
import { actionLabel, dataClassLabel, variantLabel } from '../labels.ts';
import { localeOf } from '../locales/locale-of.ts';
import { headingsOf, type CsvOptions } from './csv-heading-of.ts';
import { csvText, sixDigits, wholeYen, type CsvCell } from './csv-text.ts';

const COLUMNS = [
  'variantLabel',
  'variant',
  'replication',
  'year',
  'fiscalYearOfStart',
  'incident',
  'causeLabel',
  'cause',
  'start',
  'durationHours',
  'criticalDowntimeHours',
  'personsAffected',
  'dataClasses',
  'actions',
  'incidentCostYen',
  'ongoing',
] as const;

/**
 * `incidents.csv`, the event loss table: one row per incident of every option and replication (see
 * `replayIncidents`), with when it started (JST, `YYYY-MM-DD HH:MM`, which Excel reads as a date-time)
 * and the fiscal year of that date, what caused it, how long it lasted, the longest downtime of a
 * critical service, the persons whose data it touched and the classes of that data, the actions it
 * required under the policy, and its cost.
 *
 * Laid out after the Oasis Open Results Data period loss table (SPLT: Period, EventId, Year … Minute,
 * SummaryId, Loss) rather than its ELT, because each incident here happens at a date in a simulated year
 * — a period — and has no event id in a stochastic catalogue. Where it departs from ORD: the period is
 * the pair (replication, year) and is not weighted; the incident id is the simulation's own (unique
 * within one replication of one option); the option stands in for `SummaryId`; there is no `SampleId`
 * (no secondary-uncertainty samples); the date is one cell instead of five; and the row carries more than
 * a loss. Yen to the whole yen, hours and persons to six digits. An incident still under way when the
 * simulation ended (`ongoing` 1) has its duration and cost cut there.
 *
 * @example
 * for (const piece of incidentsCSV(replayIncidents(scenario, result.stamp), { lang: 'ja', scenario })) out.write(piece);
 */
export function incidentsCSV(incidents: Iterable<ReplayedIncident>, options: CsvOptions): Generator<string> {
  return csvText(headingsOf(COLUMNS, options), incidentRows(incidents, options));
}

function* incidentRows(incidents: Iterable<ReplayedIncident>, { lang, scenario }: CsvOptions): Generator<CsvCell[]> {
  const calendar = new Calendar(scenario.startDate);
  const separator = localeOf(lang).csvListSeparator;
  const labels = new Map<string, string>();
  const label = (id: string): string => {
    let text = labels.get(id);
    if (text === undefined) labels.set(id, (text = variantLabel(id, lang, scenario)));
    return text;
  };
  for (const { variant, replication, outcome: o } of incidents) {
    yield [
      label(variant),
      variant,
      replication,
      o.year,
      calendar.fiscalYearAt(o.startHours),
      o.id,
      causeLabel(o.cause, lang, scenario),
      o.cause,
      calendar.formatAt(o.startHours).replace('T', ' '),
      sixDigits(o.endHours - o.startHours),
      sixDigits(o.criticalDowntimeHours),
      o.personsAffected,
      o.dataClasses.map((c) => dataClassLabel(c, lang)).join(separator),
      o.actions.map((a) => actionLabel(a.action, lang)).join(separator),
      wholeYen(o.costYen),
      o.ongoing ? 1 : 0,
    ];
  }
}
