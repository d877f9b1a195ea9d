import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { KEEP_SECONDS } from './queue-client.ts';
import { QUEUE_PREFIX } from './shard-job.ts';

/** The two commands the store needs: a submitter's or a worker's Redis connection. */
export type ScenarioClient = Pick<Redis, 'set' | 'get'>;

/** The scenario text stored under a hash (`fetchScenario` on a worker's connection). @throws Error when there is none. */
export type ScenarioSource = (sha256: string) => Promise<string>;

// Under `machi:`, where an ACL user of the queue may be confined (README), but beside BullMQ's
// `machi:<queue>:…` keys (queue names start `machi-`), so no job id can name it; by content alone, so
// every version and every study of the same scenario text share one copy.
export const scenarioKey = (sha256: string): string => `${QUEUE_PREFIX}:scenario:${sha256}`;

export const scenarioSha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * Keeps a run's or a study's scenario text in Redis once, under its hash, for as long as finished jobs are
 * kept, and returns the hash its jobs carry instead of the text (a preset's scenario is 134–162 KB as JSON; a
 * study of 1,000 input sets at four a job, or a run of 100,000 replications in 400 shards, would otherwise put
 * 35–55 MB on the queue). Setting it again renews it.
 */
export async function storeScenario(client: ScenarioClient, text: string): Promise<string> {
  const sha256 = scenarioSha256(text);
  await client.set(scenarioKey(sha256), text, 'EX', KEEP_SECONDS);
  return sha256;
}

/**
 * The scenario text stored under `sha256`, checked against it: what Redis hands back is data from
 * outside, like the job that named it.
 *
 * @throws Error saying the text is gone (expired or removed) or is not the text of its hash.
 */
export async function fetchScenario(client: ScenarioClient, sha256: string): Promise<string> {
  const text = await client.get(scenarioKey(sha256));
  if (text === null) throw new Error(`its scenario ${sha256.slice(0, 12)}… is not in Redis (expired or removed): submit the study again`);
  if (scenarioSha256(text) !== sha256) throw new Error(`the scenario stored under ${sha256.slice(0, 12)}… is not the text of that hash`);
  return text;
}
