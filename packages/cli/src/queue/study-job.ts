import { createHash } from 'node:crypto';
import { inputSupport } from '@machi/sim-core';
import {
  EXCEEDANCE_STUDY_METRICS,
  formatIssues,
  inputSetTask,
  loadScenario,
  MACHI_VERSION,
  parseText,
  STUDY_METRICS,
  studyPlan,
  type InputSetOutcome,
  type InputSetTask,
  type StudyPlan,
} from '@machi/scenarios';
import { STUDY_SIZE_LIMITS } from '../study-size-limits.ts';
import type { ScenarioSource } from './scenario-store.ts';
import { MAX_HORIZON_YEARS } from '../years-option.ts';

// v2: a job names its scenario by hash (stored once in Redis, `scenario-store.ts`) instead of carrying it.
const FORMAT = 'machi-study-job/v2';
/** Input sets one job may carry: a job is a part of one phase of a study, never a whole study of the largest size. */
const MOST_SETS = 4096;

/** What every input set of a study job shares: the study's options that shape its tasks. */
export interface StudyJobOptions {
  readonly variants: readonly string[];
  readonly seed: number;
  readonly horizonYears: number;
  readonly replications: number;
}

/**
 * A queue job of a study: input sets `first … first + values.length − 1` of a list of `total` (one phase
 * of a study, or one evaluation of a switching-value search), as plain data (JSON). Never code: a worker
 * validates it all, and derives every place it writes from the scenario itself. The scenario is not in the
 * job: the jobs of a study share one copy in Redis, named by its hash.
 */
export interface StudyJob {
  readonly format: typeof FORMAT;
  readonly version: string;
  /** The SHA-256 of the scenario as written (its numbers' ranges included), as JSON text: its key in Redis. */
  readonly scenarioSha256: string;
  readonly options: StudyJobOptions;
  readonly first: number;
  readonly total: number;
  /** Each input set's values, in the order of the scenario's ranged numbers. */
  readonly values: readonly (readonly number[])[];
}

export const isStudyJobData = (data: unknown): boolean => (data as { format?: unknown } | null)?.format === FORMAT;

export const studyJob = (
  scenarioSha256: string,
  options: StudyJobOptions,
  first: number,
  total: number,
  values: readonly (readonly number[])[],
): StudyJob => ({
  format: FORMAT,
  version: MACHI_VERSION,
  scenarioSha256,
  options: { variants: [...options.variants], seed: options.seed, horizonYears: options.horizonYears, replications: options.replications },
  first,
  total,
  values,
});

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * The job id of a study job: a hash of everything it carries, so that the same part of the same study
 * has the same id — which is how a resubmission finds the jobs already finished, phase after phase.
 */
export function studyJobId(job: Pick<StudyJob, 'version' | 'scenarioSha256' | 'options' | 'first' | 'total' | 'values'>): string {
  const { variants, seed, horizonYears, replications } = job.options;
  return `study-${sha256(JSON.stringify([FORMAT, job.version, job.scenarioSha256, variants, seed, horizonYears, replications, job.first, job.total, job.values]))}`;
}

/** Plans a worker has validated, by the hash of their job's scenario and options: the jobs of one study share one. */
export type CheckedPlans = Map<string, StudyPlan>;

/** A study job, validated: its plan, its input sets as tasks, and where they sit in their list. */
export interface CheckedStudyJob {
  readonly plan: StudyPlan;
  /** The hash of the job's scenario text: the pool of worker threads that runs it. */
  readonly scenarioSha256: string;
  readonly tasks: InputSetTask[];
  readonly first: number;
  readonly total: number;
}

/**
 * The validated content of a study job taken from the queue: its format and version, its scenario (fetched
 * from `scenarios` by the job's hash, checked against it, then through the validator as a file would be),
 * its options through the checks of the command line, its study's inputs derived by the worker from the
 * scenario (never taken from the job), and each input set's values: one finite number per ranged number,
 * within the values its stated range allows. Anything else is refused with the reason. A plan validated
 * once (`plans`) is neither fetched nor validated again for the study's other jobs.
 *
 * @throws Error saying why the job is refused.
 */
export async function checkStudyJob(data: unknown, jobId: string | undefined, scenarios: ScenarioSource, plans: CheckedPlans = new Map()): Promise<CheckedStudyJob> {
  const job = data as Partial<StudyJob> | null;
  if (typeof job !== 'object' || job === null || job.format !== FORMAT) throw new Error(`not a ${FORMAT} job`);
  if (job.version !== MACHI_VERSION) throw new Error(`the job is for machi ${String(job.version)}; this worker is machi ${MACHI_VERSION}`);
  const { scenarioSha256 } = job;
  if (!(typeof scenarioSha256 === 'string' && /^[0-9a-f]{64}$/.test(scenarioSha256))) throw new Error('the job has no scenario hash (64 hexadecimal digits)');
  const options = checkedOptions(job.options);
  const id = `${scenarioSha256} ${JSON.stringify(options)}`;
  let plan = plans.get(id);
  if (plan === undefined) {
    const scenario = await scenarios(scenarioSha256);
    // The source checks the text against its hash; checked here again, since the plan is kept by it.
    if (sha256(scenario) !== scenarioSha256) throw new Error(`the scenario stored under ${scenarioSha256.slice(0, 12)}… is not the text of that hash`);
    plan = checkPlan(scenario, options);
    plans.clear();
    plans.set(id, plan);
  }
  const { first, total, values } = job;
  if (!Array.isArray(values) || values.length < 1 || values.length > MOST_SETS) throw new Error(`its input sets must be a list of 1 to ${MOST_SETS}`);
  if (!(Number.isSafeInteger(first) && Number.isSafeInteger(total) && first! >= 0 && first! + values.length <= total!)) {
    throw new Error(`its input sets ${String(first)} … of ${String(total)} are not a range of its list`);
  }
  const checked = plan;
  values.forEach((set, j) => checkValues(checked, set, first! + j));
  if (jobId !== undefined && jobId !== studyJobId({ version: job.version, scenarioSha256, options, first: first!, total: total!, values })) {
    throw new Error(`its id ${jobId} is not the id of its input sets`);
  }
  return { plan, scenarioSha256, tasks: values.map((set) => inputSetTask(checked, set, options.replications)), first: first!, total: total! };
}

/** A job's options, each as the command line checks it. */
function checkedOptions(given: unknown): StudyJobOptions {
  const options = given as Partial<StudyJobOptions> | null;
  if (typeof options !== 'object' || options === null) throw new Error('the job has no options');
  const { variants, seed, horizonYears, replications } = options;
  if (!(Array.isArray(variants) && variants.every((v) => typeof v === 'string'))) throw new Error('its options are not valid: variants must be a list of names');
  if (!Number.isSafeInteger(seed)) throw new Error(`its options are not valid: seed must be an integer, got ${String(seed)}`);
  if (!(Number.isSafeInteger(horizonYears) && horizonYears! >= 1 && horizonYears! <= MAX_HORIZON_YEARS)) {
    throw new Error(`its options are not valid: years must be an integer from 1 to ${MAX_HORIZON_YEARS}, got ${String(horizonYears)}`);
  }
  if (!(Number.isSafeInteger(replications) && replications! >= 2 && replications! <= STUDY_SIZE_LIMITS['--replications'])) {
    throw new Error(`its options are not valid: replications must be an integer from 2 to ${STUDY_SIZE_LIMITS['--replications']}, got ${String(replications)}`);
  }
  return { variants: [...variants], seed: seed!, horizonYears: horizonYears!, replications: replications! };
}

/** A job's scenario through the validator, then the study's plan of it (which checks the years and the variants). */
function checkPlan(scenario: string, options: StudyJobOptions): StudyPlan {
  const loaded = loadScenario(scenario, 'job.scenario.json');
  if (!loaded.ok) throw new Error(`its scenario is not valid: ${formatIssues(loaded.issues, 'en').split('\n').slice(0, 3).join('; ')}`);
  const parsed = parseText(scenario, 'job.scenario.json');
  if (!parsed.ok) throw new Error('its scenario is not valid');
  try {
    return studyPlan(parsed.data, { variants: options.variants, seed: options.seed, horizonYears: options.horizonYears });
  } catch (error) {
    throw new Error(`its options are not valid: ${(error as Error).message}`);
  }
}

/** One input set's values: one finite number per ranged number, within what its range allows. */
function checkValues(plan: StudyPlan, set: unknown, at: number): void {
  const inputs = plan.space.inputs;
  if (!(Array.isArray(set) && set.length === inputs.length)) throw new Error(`its input set ${at} does not hold one value per ranged number (${inputs.length})`);
  set.forEach((value: unknown, i) => {
    const { min, max } = inputSupport(inputs[i]!);
    if (!(typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max)) {
      throw new Error(`its input set ${at} gives ${inputs[i]!.name} the value ${String(value)}, outside ${min} … ${max}`);
    }
  });
}

/**
 * A worker's outcomes of `tasks`, checked as a shard is: never trusted because they came through Redis.
 * Each has every option of its task, in order, with the task's replications of every study metric and
 * the simulated years of every exceedance metric, all finite numbers; the copy returned holds nothing else.
 *
 * @throws Error saying what is wrong.
 */
export function checkStudyOutcomes(value: unknown, tasks: readonly InputSetTask[]): InputSetOutcome[] {
  if (!(Array.isArray(value) && value.length === tasks.length)) throw new Error(`it is not a list of ${tasks.length} outcomes`);
  return tasks.map((task, j) => {
    const outcome = value[j] as Partial<InputSetOutcome> | null;
    const parts = outcome?.variants;
    if (!(Array.isArray(parts) && parts.length === task.variants.length)) throw new Error(`outcome ${j} does not hold the ${task.variants.length} options`);
    return {
      variants: task.variants.map((variant, v) => {
        const part = parts[v] as Partial<InputSetOutcome['variants'][number]> | null;
        if (part?.variant !== variant) throw new Error(`outcome ${j}: option ${v} is not ${variant}`);
        const numbers = (record: unknown, names: readonly string[], length: number) =>
          Object.fromEntries(
            names.map((name) => {
              const list = (record as Record<string, unknown> | null | undefined)?.[name];
              if (!(Array.isArray(list) && list.length === length && list.every((x) => typeof x === 'number' && Number.isFinite(x)))) {
                throw new Error(`outcome ${j}: ${variant}.${name} is not ${length} finite numbers`);
              }
              return [name, [...(list as number[])]];
            }),
          );
        return {
          variant,
          replications: numbers(part.replications, STUDY_METRICS, task.replications) as unknown as InputSetOutcome['variants'][number]['replications'],
          years: numbers(part.years, EXCEEDANCE_STUDY_METRICS, task.replications * task.horizonYears),
        };
      }),
    };
  });
}
