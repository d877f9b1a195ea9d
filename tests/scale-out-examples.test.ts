// examples/scale-out: the Kubernetes Indexed Job and the Slurm array script are checked for syntax and
// for agreeing with themselves (shard count, folders), and then run here as the cluster would run them —
// every index, then the merge — with a small RUNS, to the bytes of one `machi run` of the same study.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { machiOnDisk } from '../packages/cli/src/test-support.ts';
import { ROOT } from './source-files.ts';

// Small enough for a test: 200 replications of 2 years (8 blocks, one per Kubernetes shard).
const RUNS = '200';
const YEARS = '2';
const OUTPUTS = ['result.json', 'replications.csv', 'scenario.resolved.json'];
let work: string;
let expected: Record<string, string>;
const read = (out: string) => Object.fromEntries(OUTPUTS.map((f) => [f, readFileSync(join(out, f), 'utf8')]));

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'machi-scale-out-'));
  // The study both examples describe, with RUNS and YEARS, in one process.
  const run = await machiOnDisk(['run', 'small-town', '--runs', RUNS, '--seed', '1', '--years', YEARS, '--workers', '1', '--out', join(work, 'one-process')]);
  expect(run.code).toBe(0);
  expected = read(join(work, 'one-process'));
}, 120_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Words of a shell command line (double quotes, $VAR expanded from `env`). */
function words(command: string, env: Record<string, string>): string[] {
  return [...command.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => (m[1] ?? m[2]!).replace(/\$(\w+)/g, (_, name: string) => {
    if (!(name in env)) throw new Error(`$${name} is not set`);
    return env[name]!;
  }));
}

describe('examples/scale-out/kubernetes-indexed-job.yaml and kubernetes-merge-job.yaml', () => {
  const documents = (file: string) => parseAllDocuments(readFileSync(join(ROOT, 'examples/scale-out', file), 'utf8'));
  const jobs = documents('kubernetes-indexed-job.yaml');
  const merge = documents('kubernetes-merge-job.yaml');

  it('are well-formed YAML: a volume claim and an Indexed Job; a Job that merges from the same volume', () => {
    for (const doc of [...jobs, ...merge]) expect(doc.errors).toEqual([]);
    expect(jobs.map((d) => d.toJS().kind)).toEqual(['PersistentVolumeClaim', 'Job']);
    const job = jobs[1]!.toJS();
    expect(job.apiVersion).toBe('batch/v1');
    expect(job.spec).toMatchObject({ completionMode: 'Indexed', template: { spec: { restartPolicy: 'Never' } } });
    expect(job.spec.parallelism).toBe(job.spec.completions);
    const container = job.spec.template.spec.containers[0];
    const env = Object.fromEntries(container.env.map((e: { name: string; value: string }) => [e.name, e.value]));
    expect(Number(env.SHARD_COUNT)).toBe(job.spec.completions);
    const claim = jobs[0]!.toJS().metadata.name;
    const merger = merge[0]!.toJS();
    expect(merger.spec.template.spec.volumes[0].persistentVolumeClaim.claimName).toBe(claim);
    expect(job.spec.template.spec.volumes[0].persistentVolumeClaim.claimName).toBe(claim);
    const shardOut = words(container.args[0], { ...env, JOB_COMPLETION_INDEX: '0' });
    expect(shardOut[shardOut.indexOf('--out') + 1]).toBe(merger.spec.template.spec.containers[0].args[1]);
  });

  it('run as the cluster runs them (every completion index, then the merge), write the bytes of one machi run', async () => {
    const job = jobs[1]!.toJS();
    const container = job.spec.template.spec.containers[0];
    const env: Record<string, string> = { ...Object.fromEntries(container.env.map((e: { name: string; value: string }) => [e.name, e.value])), RUNS, YEARS };
    const volume = join(work, 'k8s');
    for (let index = 0; index < job.spec.completions; index++) {
      const argv = words(container.args[0].replaceAll('/study', volume), { ...env, JOB_COMPLETION_INDEX: String(index) });
      expect(argv.slice(0, 3)).toEqual(['exec', 'node', '/machi/machi.mjs']);
      const shard = await machiOnDisk([...argv.slice(3), '--workers', '1']);
      expect([shard.code, shard.stderr]).toEqual([0, '']);
    }
    const args = merge[0]!.toJS().spec.template.spec.containers[0].args.map((a: string) => a.replaceAll('/study', volume));
    const merged = await machiOnDisk(args);
    expect([merged.code, merged.stderr]).toEqual([0, '']);
    expect(read(join(volume, 'out'))).toEqual(expected);
  }, 180_000);
});

describe('examples/scale-out/slurm-array.sh', () => {
  const script = join(ROOT, 'examples/scale-out/slurm-array.sh');
  const text = readFileSync(script, 'utf8');

  it('is valid bash, and its --array covers exactly its SHARD_COUNT shards', () => {
    expect(spawnSync('bash', ['-n', script]).status).toBe(0);
    const [, first, last] = /^#SBATCH --array=(\d+)-(\d+)$/m.exec(text)!;
    const count = Number(/^SHARD_COUNT=(\d+)$/m.exec(text)![1]);
    expect([Number(first), Number(last)]).toEqual([0, count - 1]);
  });

  it('run for every array index, then merged, writes the bytes of one machi run', async () => {
    const study = join(work, 'slurm');
    const count = Number(/^SHARD_COUNT=(\d+)$/m.exec(text)![1]);
    const machi = `${process.execPath} --import tsx --conditions=source ${join(ROOT, 'packages/cli/src/bin.ts')}`;
    const task = (index: number) =>
      promisify(execFile)('bash', [script], { cwd: ROOT, env: { ...process.env, SLURM_ARRAY_TASK_ID: String(index), SLURM_CPUS_PER_TASK: '1', MACHI: machi, STUDY: study, RUNS, YEARS } });
    // Two at a time, as two nodes would.
    for (let index = 0; index < count; index += 2) await Promise.all([task(index), ...(index + 1 < count ? [task(index + 1)] : [])]);
    const merged = await machiOnDisk(['merge', join(study, 'shards'), '--out', join(study, 'out')]);
    expect([merged.code, merged.stderr]).toEqual([0, '']);
    expect(read(join(study, 'out'))).toEqual(expected);
  }, 240_000);
});
