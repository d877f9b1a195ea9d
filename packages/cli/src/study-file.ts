import { MACHI_VERSION, scenarioSha256, type Scenario, type SensitivityStudyResult, type StudyStamp, type UncertaintyStudyResult } from '@machi/scenarios';
import type { UncertaintyStudies } from '@machi/report';
import { CliError, EXIT } from './cli-error.ts';
import type { Context } from './context.ts';
import { readTextFile } from './read-text-file.ts';
import { studyShapeProblem, studyStampProblem } from './study-shape.ts';

type Study = UncertaintyStudyResult | SensitivityStudyResult;

/**
 * The studies `machi run --study FILE…` includes in its report, read and checked before the run starts:
 * each FILE a result.json of `machi uncertainty` or `machi sensitivity` (at most one of each), made by
 * this model version for this very scenario (its stamp's scenario hash equals the run's).
 *
 * @throws CliError (invalid input) naming the file — and the field and what was expected — for a file that
 *   cannot be read, is not JSON, is not a study, is of another model version or of another scenario, or
 *   lacks a field the report reads or holds it in another shape (`studyShapeProblem`); (usage) for a second
 *   study of one kind.
 * @example
 * const studies = readStudies(['study/result.json'], scenario, ctx); // { uncertainty: … }
 */
export function readStudies(files: readonly string[], scenario: Scenario, ctx: Context): UncertaintyStudies {
  const studies: { uncertainty?: UncertaintyStudyResult; sensitivity?: SensitivityStudyResult } = {};
  const from: Partial<Record<Study['kind'], string>> = {};
  const hash = scenarioSha256(scenario);
  for (const file of files) {
    const { kind, stamp, data } = readStudy(file, ctx);
    const s = ctx.t.study;
    if (stamp.version !== MACHI_VERSION) throw new CliError(EXIT.invalidInput, s.studyOfVersion(file, stamp.version, MACHI_VERSION));
    if (stamp.scenarioSha256 !== hash) throw new CliError(EXIT.invalidInput, s.studyOfScenario(file, stamp.scenarioName, stamp.scenarioSha256, hash));
    // Down to the fields the report reads, so that a file damaged deep inside fails here, named, before any
    // replication runs, instead of in the middle of drawing a chart after the run.
    const problem = studyShapeProblem(data, kind);
    if (problem) throw new CliError(EXIT.invalidInput, s.studyField(file, problem.field, problem.expected));
    const study = data as Study;
    if (from[study.kind] !== undefined) throw new CliError(EXIT.usage, s.twoStudies(study.kind, from[study.kind]!, file));
    from[study.kind] = file;
    if (study.kind === 'uncertainty') studies.uncertainty = study;
    else studies.sensitivity = study;
  }
  return studies;
}

/** One study file, parsed, its kind and stamp checked. @throws CliError (invalid input) naming the file and the field. */
function readStudy(file: string, ctx: Context): { kind: Study['kind']; stamp: StudyStamp; data: unknown } {
  const s = ctx.t.study;
  const text = readTextFile(file, ctx);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliError(EXIT.invalidInput, s.studyNotJson(file, error instanceof Error ? error.message : String(error)));
  }
  const kind = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>).kind : undefined;
  if (kind !== 'uncertainty' && kind !== 'sensitivity') throw new CliError(EXIT.invalidInput, s.notStudy(file));
  const problem = studyStampProblem(data);
  if (problem) throw new CliError(EXIT.invalidInput, s.studyField(file, problem.field, problem.expected));
  return { kind, stamp: (data as { stamp: StudyStamp }).stamp, data };
}
