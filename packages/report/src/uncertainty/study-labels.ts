import type { DecisionQuantity, Scenario, StudyFactor, StudyMetric } from '@machi/scenarios';
import { formatMetric, localized, metricLabel, variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';

/** A study metric's name: a headline metric's label, or "safety score". */
export const studyMetricLabel = (metric: StudyMetric, lang: Lang, scenario?: Scenario): string =>
  metric === 'safetyScore' ? localeOf(lang).safety.heading : metricLabel(metric, lang, scenario);

/** A value of a study metric in its unit (the safety score is a plain number). */
export const formatStudyMetric = (metric: StudyMetric, value: number, lang: Lang): string => formatMetric(metric, value, lang);

/**
 * What a decision quantity is, for readers: "annual cost: government cloud − on-premises" for a paired
 * difference, the option and metric for a level.
 */
export function quantityLabel(quantity: DecisionQuantity, lang: Lang, scenario?: Scenario): string {
  const metric = studyMetricLabel(quantity.metric, lang, scenario);
  if (quantity.kind === 'level') return `${metric} (${variantLabel(quantity.variant, lang, scenario)})`;
  return localeOf(lang).uncertainty.difference(metric, variantLabel(quantity.variant, lang, scenario), variantLabel(quantity.versus, lang, scenario));
}

type Named = { readonly id?: unknown; readonly name?: unknown; readonly label?: unknown };

/**
 * An input's name for readers, from its scenario path (`systems[2].repairHours`): each indexed element
 * by its name (or label, or id) as the scenario gives it in `lang`, then the field, so that
 * `systems[2].repairHours` reads `住民記録 › repairHours`. Without the scenario, or where the path
 * does not resolve, the path as it is.
 */
export function inputLabel(path: string, lang: Lang, scenario?: Scenario): string {
  if (!scenario) return path;
  const parts: string[] = [];
  let at: unknown = scenario;
  for (const segment of path.match(/[^.[\]]+/g) ?? []) {
    if (at === null || typeof at !== 'object') return path;
    at = (at as Record<string, unknown>)[segment];
    if (/^\d+$/.test(segment)) {
      const named = (at ?? {}) as Named;
      const name = named.name ?? named.label ?? named.id;
      parts.pop();
      parts.push(typeof name === 'string' || (typeof name === 'object' && name !== null) ? localized(name as string, lang, segment) : segment);
    } else parts.push(segment);
  }
  return parts.join(' › ');
}

/**
 * A design coordinate's name for readers: a shared factor (one belief behind several inputs) by its label
 * in `lang`, or its name; an input by `inputLabel`.
 */
export function coordinateLabel(name: string, factors: readonly StudyFactor[], lang: Lang, scenario?: Scenario): string {
  const factor = factors.find((f) => f.name === name);
  if (factor) return factor.label?.[lang] ?? factor.name;
  return inputLabel(name, lang, scenario);
}
