import { createHash } from 'node:crypto';
import type { ScenarioSource } from './scenario-store.ts';
import { formatIssues, loadScenario, MACHI_VERSION, studyBlocks, studyHash, studyKey, studyDifference, studyOptions, type Scenario, type StudyKey } from '@machi/scenarios';

/** The BullMQ queue of this library version: workers of another version never see its jobs. */
export const QUEUE_NAME = `machi-${MACHI_VERSION.replaceAll('.', '_')}`;
/** Prefix of every Redis key the queue uses. */
export const QUEUE_PREFIX = 'machi';
// v2: the scenario is named by the study key's hash (stored once in Redis, `scenario-store.ts`), not carried.
const FORMAT = 'machi-shard-job/v2';
/** Studies beyond this many blocks are refused before anything is allocated for them. */
const MOST_BLOCKS = 1_000_000;

/**
 * A queue job: one shard of one study, as plain data (JSON). Never code: a worker validates it all. Its
 * scenario is the canonical JSON (`canonicalScenario`) whose hash is the key's `scenarioSha256`, stored
 * once in Redis for all the study's shards.
 */
export interface ShardJob {
  readonly format: typeof FORMAT;
  readonly version: string;
  readonly key: StudyKey;
  readonly index: number;
  readonly count: number;
}

/** The job id of shard `index` of `count` of a study: the same study gives the same ids, which is how a resubmission finds finished shards. */
export const shardJobId = (key: StudyKey, count: number, index: number): string => `${studyHash(key)}-${count}-${index}`;

export const shardJob = (key: StudyKey, count: number, index: number): ShardJob => ({ format: FORMAT, version: MACHI_VERSION, key, index, count });

/** Studies a worker has validated, by their job's key: the shards of one study share them. */
export type CheckedStudies = Map<string, { key: StudyKey; scenario: Scenario }>;

/**
 * The validated content of a job taken from the queue: its format and version, its scenario (fetched from
 * `scenarios` by the key's hash and checked against it, then through the scenario validator, as a file
 * would be), its study key (recomputed from its options, so that every option passes the same checks as
 * on the command line) and its shard. Anything else in Redis is refused with the reason. A study
 * validated once (`studies`) is neither fetched nor validated again for its other shards: the same key
 * (which names the scenario by hash) is the same study.
 *
 * @throws Error saying why the job is refused.
 */
export async function checkShardJob(
  data: unknown,
  jobId: string | undefined,
  scenarios: ScenarioSource,
  studies: CheckedStudies = new Map(),
): Promise<{ key: StudyKey; scenario: Scenario; index: number; count: number }> {
  const job = data as Partial<ShardJob> | null;
  if (typeof job !== 'object' || job === null || job.format !== FORMAT) throw new Error(`not a ${FORMAT} job`);
  if (job.version !== MACHI_VERSION) throw new Error(`the job is for machi ${String(job.version)}; this worker is machi ${MACHI_VERSION}`);
  const sha256 = (job.key as Partial<StudyKey> | null | undefined)?.scenarioSha256;
  if (!(typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256))) throw new Error('the job has no study key naming its scenario (64 hexadecimal digits)');
  const id = JSON.stringify(job.key);
  let study = studies.get(id);
  if (study === undefined) {
    const scenario = await scenarios(sha256);
    if (createHash('sha256').update(scenario).digest('hex') !== sha256) throw new Error(`the scenario stored under ${sha256.slice(0, 12)}… is not the text of that hash`);
    study = checkStudy(scenario, job.key);
    studies.clear();
    studies.set(id, study);
  }
  const { key } = study;
  const count = job.count;
  const index = job.index;
  if (!Number.isSafeInteger(count) || count! < 1 || count! > studyBlocks(key).length) throw new Error(`its shard count ${String(count)} is not valid`);
  if (!Number.isSafeInteger(index) || index! < 0 || index! >= count!) throw new Error(`its shard index ${String(index)} is not valid`);
  if (jobId !== undefined && jobId !== shardJobId(key, count!, index!)) throw new Error(`its id ${jobId} is not the id of its shard`);
  return { ...study, index: index!, count: count! };
}

/** A job's scenario through the validator, and its key recomputed from its options and compared. */
function checkStudy(scenario: string, given: StudyKey | undefined): { key: StudyKey; scenario: Scenario } {
  const loaded = loadScenario(scenario, 'job.scenario.json');
  if (!loaded.ok) throw new Error(`its scenario is not valid: ${formatIssues(loaded.issues, 'en').split('\n').slice(0, 3).join('; ')}`);
  if (typeof given !== 'object' || given === null) throw new Error('the job has no study key');
  if (!(Number.isSafeInteger(given.runs) && Number.isSafeInteger(given.blockSize) && given.runs / given.blockSize <= MOST_BLOCKS)) throw new Error('its study is too large or malformed');
  let key: StudyKey;
  try {
    key = studyKey(loaded.value, studyOptions(given));
  } catch (error) {
    throw new Error(`its options are not valid: ${(error as Error).message}`);
  }
  const difference = studyDifference(key, given);
  if (difference) throw new Error(`its study key does not match its scenario and options (${difference.field})`);
  return { key, scenario: loaded.value };
}
