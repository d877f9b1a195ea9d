import type { Scenario, SensitivityStudyResult, StudyMetric, UncertaintyStudyResult } from '@machi/scenarios';
import { variantLabel } from '../labels.ts';
import type { Lang } from '../lang.ts';
import { localeOf } from '../locales/locale-of.ts';
import { inputLabel, studyMetricLabel } from '../uncertainty/study-labels.ts';
import { csvText, type CsvCell } from './csv-text.ts';

/**
 * `input-sets.csv`, for analysts who re-analyse a study elsewhere (SALib, R's `sensitivity`, Excel): one
 * row per input set the study ran, in the study's order — the design it belongs to and its index there,
 * one column per input (its value in that set), then one column per output (`<variant>.<metric>`, the
 * mean over the set's replications). A design's rows in order are its sample matrix X and the outputs its
 * Y, e.g. SALib's `morris.analyze(problem, X, Y)` on the `morris-trajectories` rows. Headings in the
 * report's language with the name in brackets (`回線の故障率 [links[0].faultAnnualRatePerRoute]`);
 * numbers written in full (every digit of the double), so a re-analysis reproduces ours; UTF-8 with BOM,
 * every text cell through `csvField` (no formula from a scenario's names).
 *
 * @example
 * writeFile('input-sets.csv', [...inputSetsCSV(study, { lang: 'en', scenario })].join(''));
 */
export function inputSetsCSV(
  study: UncertaintyStudyResult | SensitivityStudyResult,
  { lang, scenario }: { readonly lang: Lang; readonly scenario?: Scenario },
): Generator<string> {
  const t = localeOf(lang).uncertainty.csv;
  const outputs = outputKeys(study);
  const headings = [
    `${t.design} [design]`,
    `${t.inputSet} [index]`,
    ...study.inputs.map((i) => `${inputLabel(i.path, lang, scenario)} [${i.path}]`),
    ...outputs.map((key) => {
      const [variant, metric] = splitKey(key);
      return `${t.meanOf(studyMetricLabel(metric as StudyMetric, lang, scenario), variantLabel(variant, lang, scenario))} [${key}]`;
    }),
  ];
  const rows = study.rows.map((row): CsvCell[] => [row.design, row.index, ...row.inputs, ...outputs.map((key) => row.outputs[key] ?? null)]);
  return csvText(headings, rows);
}

/** Every output key of the rows, in the order first met (rows of different designs may measure different outputs). */
function outputKeys(study: UncertaintyStudyResult | SensitivityStudyResult): string[] {
  const keys = new Set<string>();
  for (const row of study.rows) for (const key of Object.keys(row.outputs)) keys.add(key);
  return [...keys];
}

/** `<variant>.<metric>`: the metric is after the last dot (a variant id may hold dots, a study metric none). */
function splitKey(key: string): [string, string] {
  const dot = key.lastIndexOf('.');
  return dot < 0 ? [key, ''] : [key.slice(0, dot), key.slice(dot + 1)];
}
