import type { Scenario } from '@machi/scenarios';
import type { Lang } from './lang.ts';
import { formatHours, formatNumber, formatPersons } from './format/quantity.ts';
import { formatYen } from './format/yen.ts';
import { localeOf } from './locales/locale-of.ts';
import type { Metric } from './locales/vocabulary.ts';
import { wordFor } from './locales/word-for.ts';

type Text = Readonly<Record<Lang, string>>;

/** A scenario label (a plain string, or `{ ja, en }`) in `lang`; `fallback` when there is none. */
export function localized(label: string | Text | undefined, lang: Lang, fallback: string): string {
  if (label === undefined) return fallback;
  return typeof label === 'string' ? label : label[lang];
}

/** What a metric counts, which decides how its numbers are written. */
export type MetricUnit = 'yen' | 'hours' | 'residentHours' | 'persons' | 'count';

const UNITS: Readonly<Record<Metric, MetricUnit>> = {
  costYen: 'yen',
  runningCostYen: 'yen',
  incidentCostYen: 'yen',
  downtimeHours: 'hours',
  residentHoursWithoutService: 'residentHours',
  residentsWithoutService: 'persons',
  personsAffected: 'persons',
  dataLostHours: 'hours',
  incidents: 'count',
  evacuationListUnreachableHours: 'hours',
  evacuationSupportResidentsUncovered: 'persons',
};

/** A scenario's service or system, for the names behind per-service metric columns. */
type Named = Pick<Scenario, 'services' | 'systems'>;

/**
 * The heading of a metric column in `lang`. Per-service downtime (`downtimeHours.<service>`) and
 * per-class persons (`personsAffected.<class>`) take the service's or class's name.
 *
 * @example
 * metricLabel('costYen', 'ja'); // '年間費用(運用+インシデント)'
 */
export function metricLabel(metric: string, lang: Lang, scenario?: Named): string {
  const t = localeOf(lang);
  const [base, part] = metric.split('.', 2) as [string, string | undefined];
  if (base === 'action' && part) return actionLabel(part, lang);
  if (base === 'largest' && part) return t.largestIncident(metricLabel(metric.slice(8), lang, scenario));
  const known = wordFor(t.metrics, base);
  if (known === undefined) return metric;
  if (part === undefined) return known;
  if (base === 'personsAffected') return t.personsOfClass(known, dataClassLabel(part, lang));
  const service = scenario?.services.find((s) => s.id === part);
  return t.serviceDowntime(localized(service?.name, lang, part));
}

/** The unit of a metric column (`action.*` columns count years with the action). */
export function metricUnit(metric: string): MetricUnit {
  const base = metric.startsWith('largest.') ? metric.slice(8).split('.')[0]! : metric.split('.')[0]!;
  return wordFor(UNITS, base) ?? 'count';
}

/**
 * A value of a metric written for `lang` in its unit: yen as `1.2億円`, hours as `36時間`, persons
 * as `1,234人`.
 */
export function formatMetric(metric: string, value: number, lang: Lang): string {
  switch (metricUnit(metric)) {
    case 'yen':
      return formatYen(value, lang);
    case 'hours':
      return formatHours(value, lang);
    case 'persons':
      return formatPersons(value, lang);
    case 'residentHours':
      // Person-hours add up residents' waits: not a span of clock time, so never shown in days.
      return localeOf(lang).format.residentHours(formatNumber(value));
    default:
      return formatNumber(value);
  }
}

/** A response action's name (`pressConference` → `記者会見`). */
export const actionLabel = (action: string, lang: Lang): string => wordFor(localeOf(lang).actions, action) ?? action;

/** A data class's name (`sensitive` → `要配慮個人情報`). */
export const dataClassLabel = (dataClass: string, lang: Lang): string => wordFor(localeOf(lang).dataClasses, dataClass) ?? dataClass;

/** An incident kind's name (`leak` → `漏えい`). */
export const kindLabel = (kind: string, lang: Lang): string => wordFor(localeOf(lang).incidentKinds, kind) ?? kind;

/**
 * A variant's name: its `label` in the scenario, or the usual name of the four hosting models of the
 * presets, or its id.
 */
export function variantLabel(id: string, lang: Lang, scenario?: Pick<Scenario, 'variants'>): string {
  return localized(scenario?.variants[id]?.label, lang, wordFor(localeOf(lang).hostingKinds, id) ?? id);
}
