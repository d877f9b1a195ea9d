import { columnTraits, metricColumn, type MetricColumn, type MetricUnit, type Scenario } from '@machi/scenarios';
import type { Lang } from './lang.ts';
import { formatHours, formatNumber, formatPersons } from './format/quantity.ts';
import { formatYen } from './format/yen.ts';
import { localeOf } from './locales/locale-of.ts';
import { wordFor } from './locales/word-for.ts';

type Text = Readonly<Record<Lang, string>>;

/** A scenario label (a plain string, or `{ ja, en }`) in `lang`; `fallback` when there is none. */
export function localized(label: string | Text | undefined, lang: Lang, fallback: string): string {
  if (label === undefined) return fallback;
  return typeof label === 'string' ? label : label[lang];
}

/** A scenario's service or system, for the names behind per-service metric columns. */
type Named = Pick<Scenario, 'services' | 'systems'>;

/**
 * A table column described (`metricColumn`), or undefined for a name that is no metric column: a
 * result read back from JSON may come from another version of the model.
 */
export function columnOf(name: string): MetricColumn | undefined {
  try {
    return metricColumn(name);
  } catch {
    return undefined;
  }
}

/**
 * The heading of a metric column in `lang`. Per-service downtime (`downtimeHours.<service>`) and
 * per-class persons (`personsAffected.<class>`) take the service's or class's name; a name that is no
 * metric column is shown as it is.
 *
 * @example
 * metricLabel('costYen', 'ja'); // '年間費用(運用+インシデント)'
 */
export function metricLabel(metric: string, lang: Lang, scenario?: Named): string {
  const column = columnOf(metric);
  return column === undefined ? metric : columnLabel(column, lang, scenario);
}

/** The heading of a described column in `lang` (see `metricLabel`). */
export function columnLabel(column: MetricColumn, lang: Lang, scenario?: Named): string {
  const t = localeOf(lang);
  switch (column.kind) {
    case 'metric':
      return t.metrics[column.metric];
    case 'action':
      return t.actions[column.action];
    case 'largest':
      return t.largestIncident(t.metrics[column.metric]);
    case 'dataClass':
      return t.personsOfClass(t.metrics[column.metric], t.dataClasses[column.dataClass]);
    case 'service':
      return t.serviceDowntime(localized(scenario?.services.find((s) => s.id === column.service)?.name, lang, column.service));
  }
}

/** The unit of a metric column (`action.*` columns count incidents; a name that is no column, too). */
export function metricUnit(metric: string): MetricUnit {
  const column = columnOf(metric);
  return column === undefined ? 'count' : columnTraits(column).unit;
}

/**
 * A value of a metric written for `lang` in its unit: yen as `1.2億円`, hours as `36時間`, persons
 * as `1,234人`.
 */
export function formatMetric(metric: string, value: number, lang: Lang, finer = 0): string {
  switch (metricUnit(metric)) {
    case 'yen':
      return formatYen(value, lang, finer);
    case 'hours':
      return formatHours(value, lang, finer);
    case 'persons':
      return formatPersons(value, lang, finer);
    case 'residentHours':
      // Person-hours add up residents' waits: not a span of clock time, so never shown in days.
      return localeOf(lang).format.residentHours(formatNumber(value, undefined, finer));
    default:
      return formatNumber(value, undefined, finer);
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
