import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inputSetTask, parseText, runInputSet, studyPlan, type InputSetOutcome } from '@machi/scenarios';
import { editTown } from '../test-support.ts';
import { checkStudyJob, checkStudyOutcomes, studyJob, studyJobId, type CheckedPlans } from './study-job.ts';
import { scenarioSource } from './test-scenarios.ts';

// The fixture town with one ranged number (min–max 0.02 … 0.4), as a study command sends it: JSON text.
const townText = editTown(
  'generatorFailureProbability: 0.1\n',
  'generatorFailureProbability: { value: 0.1, source: "assumption: test", range: { low: 0.02, high: 0.4, meaning: "min-max", shape: "uniform", source: "assumption: test" } }\n',
);
const parsed = parseText(townText, 'town.yaml');
if (!parsed.ok) throw new Error('town.yaml must parse');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const polluting = '{"name": "x", "constructor": {"prototype": {"polluted": true}}}';
// Scenario texts by hash, as Redis holds them for a worker.
const source = (texts: readonly string[] | ReadonlyMap<string, string> = [JSON.stringify(parsed.data), polluting]) => scenarioSource(texts);
const scenario = sha256(JSON.stringify(parsed.data));
const options = { variants: ['onprem', 'housing'], seed: 3, horizonYears: 1, replications: 2 };
const good = studyJob(scenario, options, 2, 5, [[0.1], [0.3]]);
const check = (data: unknown, jobId?: string) => checkStudyJob(data, jobId, source().fetch);

describe('checkStudyJob', () => {
  it('gives back the plan, derived by the worker from the scenario, and the tasks of the job\'s input sets', async () => {
    const checked = await check(JSON.parse(JSON.stringify(good)), studyJobId(good));
    const plan = studyPlan(parsed.data, options);
    expect(checked.tasks).toEqual([inputSetTask(plan, [0.1], 2), inputSetTask(plan, [0.3], 2)]);
    expect([checked.first, checked.total, checked.plan.variants]).toEqual([2, 5, ['onprem', 'housing']]);
  });

  it('fetches and plans a study once for all its jobs', async () => {
    const plans: CheckedPlans = new Map();
    const { fetch, fetched } = source();
    const a = await checkStudyJob(good, undefined, fetch, plans);
    const b = await checkStudyJob(studyJob(scenario, options, 0, 5, [[0.2]]), undefined, fetch, plans);
    expect(b.plan).toBe(a.plan);
    expect(plans.size).toBe(1);
    expect(fetched).toEqual([scenario]);
  });

  it('carries the scenario\'s hash, not the scenario: a job of two input sets is a few hundred bytes', () => {
    expect(JSON.stringify(good).length).toBeLessThan(400);
    expect(JSON.stringify(good)).not.toContain('試験町');
  });

  it('refuses a scenario that is gone from Redis, or is not the text of its hash', async () => {
    await expect(checkStudyJob(good, undefined, source(new Map()).fetch)).rejects.toThrow(`its scenario ${scenario.slice(0, 12)}… is not in Redis`);
    const swapped = new Map([[scenario, polluting]]);
    await expect(checkStudyJob(good, undefined, source(swapped).fetch)).rejects.toThrow(`the scenario stored under ${scenario.slice(0, 12)}… is not the text of that hash`);
  });

  it('gives the same part of the same study the same id, and any other part another', () => {
    expect(studyJobId(studyJob(scenario, options, 2, 5, [[0.1], [0.3]]))).toBe(studyJobId(good));
    expect(studyJobId(studyJob(scenario, options, 2, 5, [[0.1], [0.30000000000000004]]))).not.toBe(studyJobId(good));
    expect(studyJobId(studyJob(scenario, { ...options, seed: 4 }, 2, 5, [[0.1], [0.3]]))).not.toBe(studyJobId(good));
  });

  it.each([
    ['not a job', 'not a machi-study-job/v2 job'] as [unknown, string | RegExp],
    [{ ...good, version: '9.9.9' }, /^the job is for machi 9\.9\.9; this worker is machi /],
    [{ ...good, scenarioSha256: undefined, scenario: polluting }, 'the job has no scenario hash (64 hexadecimal digits)'],
    [{ ...good, scenarioSha256: '../../etc/passwd' }, 'the job has no scenario hash (64 hexadecimal digits)'],
    [{ ...good, scenarioSha256: sha256(polluting) }, /^its scenario is not valid: /],
    [{ ...good, options: { ...options, seed: 3.5 } }, 'its options are not valid: seed must be an integer, got 3.5'],
    [{ ...good, options: { ...options, replications: 1e9 } }, 'its options are not valid: replications must be an integer from 2 to 64, got 1000000000'],
    [{ ...good, options: { ...options, horizonYears: 0 } }, /^its options are not valid: years must be an integer from 1 to /],
    [{ ...good, options: { ...options, variants: ['onprem', 'elsewhere'] } }, /^its options are not valid: .*elsewhere/],
    [{ ...good, first: 4 }, 'its input sets 4 … of 5 are not a range of its list'],
    [{ ...good, values: [] }, 'its input sets must be a list of 1 to 4096'],
    [{ ...good, values: [[0.1, 0.2]] }, 'its input set 2 does not hold one value per ranged number (1)'],
    [{ ...good, values: [[0.1], [1e300]] }, 'its input set 3 gives sites[0].generatorFailureProbability the value 1e+300, outside 0.02 … 0.4'],
    [{ ...good, values: [['0.1']] }, /^its input set 2 gives .* the value 0\.1, outside/],
  ])('refuses a job that is not what it claims (case %#)', async (data, reason) => {
    await expect(check(data)).rejects.toThrow(reason);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a job whose id is not the id of its input sets', async () => {
    await expect(check(good, 'study-0')).rejects.toThrow('its id study-0 is not the id of its input sets');
  });
});

// The tasks of a good job, as a worker checks them (top-level: a describe block cannot wait).
const { tasks, plan } = await check(good);

describe('checkStudyOutcomes', () => {
  const outcomes: InputSetOutcome[] = tasks.map((task) => runInputSet(plan.scenario, task));
  const damaged = (edit: (copy: any) => void) => {
    const copy = JSON.parse(JSON.stringify(outcomes));
    edit(copy);
    return () => checkStudyOutcomes(copy, tasks);
  };

  it('gives back the outcomes a worker computed, as they were', () => {
    expect(checkStudyOutcomes(JSON.parse(JSON.stringify(outcomes)), tasks)).toEqual(outcomes);
  });

  it('refuses outcomes that do not fit their tasks', () => {
    expect(() => checkStudyOutcomes(outcomes.slice(1), tasks)).toThrow('it is not a list of 2 outcomes');
    expect(damaged((c) => c[1].variants.pop())).toThrow('outcome 1 does not hold the 2 options');
    expect(damaged((c) => (c[0].variants[1].variant = 'cloud'))).toThrow('outcome 0: option 1 is not housing');
    expect(damaged((c) => (c[0].variants[0].replications.costYen = [1]))).toThrow('outcome 0: onprem.costYen is not 2 finite numbers');
    expect(damaged((c) => (c[0].variants[0].replications.safetyScore[0] = null))).toThrow('outcome 0: onprem.safetyScore is not 2 finite numbers');
    expect(damaged((c) => delete c[1].variants[0].years.costYen)).toThrow('outcome 1: onprem.costYen is not 2 finite numbers');
  });
});
