import { fieldLabel, type DecisionQuantity, type Scenario, type SensitivityStudyResult, type StudyFactor, type StudyMetric } from '@machi/scenarios';
import { formatMetric, metricLabel, variantLabel } from '../labels.ts';
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

/**
 * An input's name for readers, from its scenario path, in the field words of the assumptions appendix
 * (`fieldLabel`): `systems[3].hardwareFailureAnnualRate` reads 「システム「住民記録」: ハードウェア故障率」.
 * Without the scenario, items are named by their number; the path itself stays in the CSV headings and
 * the section's list of inputs, for analysts.
 */
export const inputLabel = (path: string, lang: Lang, scenario?: Scenario): string => fieldLabel(path, lang, scenario);

/**
 * A design coordinate's name for readers: a shared factor (one belief behind several inputs) by its label
 * in `lang`, or its name; an input by `inputLabel`.
 */
export function coordinateLabel(name: string, factors: readonly StudyFactor[], lang: Lang, scenario?: Scenario): string {
  const factor = factors.find((f) => f.name === name);
  if (factor) return factor.label?.[lang] ?? factor.name;
  return inputLabel(name, lang, scenario);
}

/**
 * How the town can pin a design coordinate down, in `lang`: the words of its shared factor, or of the
 * input's range; null when the scenario gives none.
 */
export function coordinateCheck(name: string, study: Pick<SensitivityStudyResult, 'factors' | 'inputs'>, lang: Lang): string | null {
  const words = study.factors.find((f) => f.name === name)?.check ?? study.inputs.find((i) => i.path === name)?.check ?? null;
  return words?.[lang] ?? null;
}

/**
 * The scenario paths behind a design coordinate: a shared factor's members and opposed inputs, or the
 * input's own path.
 */
export function coordinatePaths(name: string, factors: readonly StudyFactor[]): readonly string[] {
  const factor = factors.find((f) => f.name === name);
  return factor ? [...factor.members, ...factor.opposed] : [name];
}
