import { Calendar, type Metric, type Scenario } from '@machi/scenarios';
import type { Figure } from '../figure.ts';
import { formatDate, formatFiscalYear } from '../format/date.ts';
import { formatHours, formatPersons } from '../format/quantity.ts';
import { formatYen } from '../format/yen.ts';
import { actionLabel, columnOf, formatMetric, kindLabel, metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { word } from '../words.ts';
import { Table } from '../table.ts';
import { heading, list, paragraph, type Block as CaseBlock } from '../document/blocks.ts';
import { caseDateTime, caseDay } from './case-date-time.ts';
import { CaseFootnotes } from './case-footnotes.ts';
import { caseNames, type CaseNames } from './case-names.ts';
import { incidentBlocks } from './incident-blocks.ts';
import { pickRuleAction, type PickedYear } from './pick-year.ts';
import type { CaseIncident, VirtualCase } from './virtual-case.ts';

export interface CaseDocumentOptions {
  readonly lang: Lang;
  readonly scenario: Scenario;
  readonly figure: Figure;
  /** How the year was chosen from a Monte Carlo run, told in the introduction. */
  readonly selection?: PickedYear;
  /** The command that reproduces this case, shown as code. */
  readonly command?: string;
}

/**
 * A virtual case as the blocks of a tabletop-exercise script in `lang` (です・ます in Japanese): an
 * introduction (what this is, which variant and replication, how the year was chosen, the command that
 * reproduces it), the year in numbers, the Gantt chart, then one section per incident in time order —
 * what happened, what stopped and why, who was affected, what recovery needed and waited for, costs,
 * the thresholds crossed with rule, basis and deadline, and what it meant for people — and notes on
 * reading the numbers. Every number is a field of the case, formatted.
 */
export function caseBlocks(vc: VirtualCase, options: CaseDocumentOptions): CaseBlock[] {
  const { lang, scenario, figure } = options;
  const t = localeOf(lang).case;
  const names = caseNames(scenario, lang);
  const lastDay = formatDate(dayBefore(vc), lang);
  const fiscalYear = formatFiscalYear(vc.fiscalYear, lang);
  const aligned = isFiscalYear(vc);
  const period = aligned ? fiscalYear : t.span(caseDay(vc.from, lang), lastDay);
  const blocks: CaseBlock[] = [];

  blocks.push(heading(1, t.title(vc.town, period)));
  blocks.push(
    paragraph(
      t.intro({
        variant: variantLabel(vc.variant, lang, scenario),
        replication: vc.replication,
        seed: String(vc.seed),
        horizonYears: vc.horizonYears,
        year: vc.year,
        from: caseDay(vc.from, lang),
        to: lastDay,
      }),
    ),
  );
  if (!aligned) blocks.push(paragraph(t.drift(fiscalYear)));
  if (options.selection) blocks.push(paragraph(selectionText(options.selection, lang, scenario)));
  if (options.command) {
    blocks.push(paragraph(t.reproduce));
    blocks.push({ kind: 'code', text: options.command });
  }

  blocks.push(heading(2, t.summaryHeading, 'summary'));
  blocks.push({ kind: 'table', table: metricsTable(vc, lang, scenario, period) });
  if (vc.incidents.length > 0) blocks.push({ kind: 'table', table: incidentsTable(vc, lang, names) });

  blocks.push(heading(2, t.ganttHeading, 'gantt'), { kind: 'figure', figure });

  blocks.push(heading(2, t.timelineHeading, 'timeline'));
  if (vc.carriedOver.length > 0) {
    const systems = (i: CaseIncident) => localeOf(lang).list.comma(i.systems.map((s) => names.system(s.system)));
    blocks.push(paragraph(t.carriedOver));
    blocks.push(list(vc.carriedOver.map((i) => t.carriedOverItem(caseDateTime(i.start, lang), names.cause(i.cause), systems(i)))));
  }
  if (vc.incidents.length === 0) blocks.push(paragraph(t.noIncident));
  const notes = new CaseFootnotes(lang);
  vc.incidents.forEach((incident, i) => blocks.push(...incidentBlocks(incident, i, lang, names, notes)));

  blocks.push(heading(2, t.notesHeading, 'notes'));
  blocks.push(list(t.readingNotes));
  blocks.push(...notes.blocks());
  return blocks;
}

/**
 * Whether the simulated year is exactly a fiscal year, 1 April 00:00 to the next 1 April: 8,760-hour
 * years are only when they start on 1 April and hold no 29 February (a fiscal year is then 366 days).
 */
function isFiscalYear(vc: VirtualCase): boolean {
  const startsApril1 = (t: VirtualCase['from']) => t.date.month === 4 && t.date.day === 1 && t.date.hour === 0 && t.date.minute === 0;
  return startsApril1(vc.from) && startsApril1(vc.to);
}

/** The last day of the year (its end is exclusive, and a JST day has 24 hours). */
function dayBefore(vc: VirtualCase): { year: number; month: number; day: number } {
  const t = new Calendar(vc.startDate).civilAt(vc.to.hours - 24);
  return { year: t.year, month: t.month, day: t.day };
}

function selectionText(s: PickedYear, lang: Lang, scenario: Scenario): string {
  const t = localeOf(lang).case;
  const metric = metricLabel(s.by, lang, scenario);
  const value = formatMetric(s.by, s.value, lang);
  const among = t.among(s.replications, s.years);
  if (s.rule === 'worst' || s.rule === 'p99' || s.rule === 'typical') return t[s.rule](metric, among, value);
  return t.withAction(metric, among, value, actionLabel(pickRuleAction(s.rule)!, lang), s.candidates);
}

// Metrics always shown, then any other metric that is not zero this year.
const ALWAYS: readonly string[] = [
  'incidents',
  'downtimeHours',
  'residentsWithoutService',
  'residentHoursWithoutService',
  'personsAffected',
  'dataLostHours',
  'runningCostYen',
  'incidentCostYen',
  'costYen',
] satisfies Metric[];

function metricsTable(vc: VirtualCase, lang: Lang, scenario: Scenario, period: string): Table {
  const t = localeOf(lang);
  const names = Object.keys(vc.metrics).filter((m) => ALWAYS.includes(m) || vc.metrics[m] !== 0);
  // A year's action column counts the incidents that required it.
  const label = (m: string) => (columnOf(m)?.kind === 'action' ? t.actionCount(metricLabel(m, lang)) : metricLabel(m, lang, scenario));
  return new Table({
    id: `case-metrics-${vc.variant}-r${vc.replication}-y${vc.year}`,
    title: t.case.metricsTitle(period),
    columns: [
      { key: 'metric', label: word('metric', lang) },
      { key: 'value', label: t.case.thisYear, align: 'right' },
    ],
    rows: names.map((m) => [label(m), formatMetric(m, vc.metrics[m]!, lang)]),
    data: vc.metrics,
  });
}

function incidentsTable(vc: VirtualCase, lang: Lang, names: CaseNames): Table {
  const t = localeOf(lang);
  const column = t.case.incidentColumns;
  return new Table({
    id: `case-incidents-${vc.variant}-r${vc.replication}-y${vc.year}`,
    title: t.case.incidentsTitle,
    columns: [
      { key: 'start', label: column.start },
      { key: 'cause', label: column.cause },
      { key: 'kinds', label: column.kinds },
      { key: 'persons', label: column.persons, align: 'right' },
      { key: 'downtime', label: column.downtime, align: 'right' },
      { key: 'cost', label: column.cost, align: 'right' },
      { key: 'actions', label: column.actions },
    ],
    rows: vc.incidents.map((i) => [
      caseDateTime(i.start, lang),
      names.cause(i.cause),
      t.list.short(i.kinds.map((k) => kindLabel(k, lang))) || '—',
      formatPersons(i.personsAffected, lang),
      formatHours(i.criticalDowntimeHours, lang),
      formatYen(i.costYen, lang),
      t.list.short(i.actions.map((a) => actionLabel(a.action, lang))) || '—',
    ]),
    data: vc.incidents.map((i) => ({ id: i.id, startHours: i.start.hours, personsAffected: i.personsAffected, criticalDowntimeHours: i.criticalDowntimeHours, costYen: i.costYen })),
  });
}
