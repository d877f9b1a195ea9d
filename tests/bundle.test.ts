// `pnpm bundle` builds the two distribution files, and they are the same program as the sources:
// machi.mjs copied alone into an empty folder (no node_modules anywhere above it) runs under plain node
// — Monte Carlo workers included — and writes the very bytes the sources write; machi-browser.js imports
// nothing and computes what the library computes.
import { execFile, execFileSync, spawn, spawnSync } from 'node:child_process';
import { isBuiltin } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as report from '@machi/report';
import * as scenarios from '@machi/scenarios';
import * as simCore from '@machi/sim-core';
import { startRedis } from '../packages/cli/src/queue/test-redis.ts';
import { machi } from '../packages/cli/src/test-support.ts';
import { ROOT } from './source-files.ts';

let work: string;
let built: string;
let alone: string;
let printed: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'machi-bundle-'));
  built = join(work, 'dist-bundle');
  // What `pnpm bundle` runs, into a folder of its own.
  printed = execFileSync(join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=source', 'scripts/bundle.ts', built], { cwd: ROOT, encoding: 'utf8' });
  alone = join(work, 'terminal');
  mkdirSync(alone);
  copyFileSync(join(built, 'machi.mjs'), join(alone, 'machi.mjs'));
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `node machi.mjs …` in the folder that holds nothing else, with no Node options inherited. */
function bundled(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['machi.mjs', ...args], { cwd: alone, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const metafile = (file: string): Metafile => JSON.parse(readFileSync(join(built, `${file}.meta.json`), 'utf8'));

describe('pnpm bundle', () => {
  it('writes machi.mjs and machi-browser.js and prints their sizes', () => {
    expect(printed).toMatch(/machi\.mjs {2}\d+ KiB\n.*machi-browser\.js {2}\d+ KiB\n/);
    console.log(printed.trim());
  });

  it('machi.mjs starts with a node shebang and imports only Node modules', () => {
    expect(readFileSync(join(alone, 'machi.mjs'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    const imports = Object.values(metafile('machi.mjs').outputs).flatMap((o) => o.imports.map((i) => i.path));
    expect(imports.filter((path) => !isBuiltin(path))).toEqual([]);
  });

  it('machi.mjs alone answers --help, --version and validate as the sources do', async () => {
    expect(existsSync(join(alone, 'node_modules')) || existsSync(join(dirname(alone), 'node_modules'))).toBe(false);
    expect(bundled(['--help']).code).toBe(0);
    for (const args of [['--version'], ['validate', 'small-town', '--lang', 'en']]) {
      const source = await machi(args);
      expect(bundled(args), args.join(' ')).toEqual({ code: source.code, stdout: source.stdout, stderr: source.stderr });
    }
    expect(bundled(['validate', 'small-town', '--lang', 'en']).code).toBe(0);
  });

  it('machi.mjs alone runs a Monte Carlo on 2 worker threads and writes the bytes the sources write', async () => {
    const args = ['run', 'small-town', '--runs', '30', '--workers', '2', '--out', 'out', '--lang', 'en'];
    const run = bundled(args);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const source = await machi(args);
    expect(source.code).toBe(0);
    expect(Object.keys(source.written)).toContain(join('out', 'result.json'));
    for (const [path, text] of Object.entries(source.written)) expect(readFileSync(join(alone, path), 'utf8'), path).toBe(text);
  });
  it('machi.mjs alone serves a job queue as a worker (BullMQ and ioredis inside it), and a run through it writes the bytes the sources write', async () => {
    const redis = await startRedis();
    const worker = spawn(process.execPath, ['machi.mjs', 'worker', '--queue', redis.url, '--workers', '2', '--lang', 'en'], { cwd: alone, env: { ...process.env, NODE_OPTIONS: '' } });
    try {
      let log = '';
      worker.stderr.on('data', (chunk: Buffer) => void (log += chunk.toString()));
      const args = ['run', 'small-town', '--runs', '40', '--years', '2', '--lang', 'en'];
      // Asynchronously: the worker's log must be read while the run goes on.
      const run = await promisify(execFile)(process.execPath, ['machi.mjs', ...args, '--queue', redis.url, '--shards', '2', '--out', 'queued'], { cwd: alone, env: { ...process.env, NODE_OPTIONS: '' } });
      expect(run.stderr).toBe('');
      expect(log).toMatch(/serving the queue machi-0_1_0 on redis:\/\/127\.0\.0\.1:\d+ with 2 threads\n[^]*shard 1 of 2 of .*: done/);
      const source = await machi([...args, '--workers', '1', '--out', 'queued']);
      for (const file of ['result.json', 'replications.csv', 'report.md']) expect(readFileSync(join(alone, 'queued', file), 'utf8'), file).toBe(source.written[join('queued', file)]);
    } finally {
      worker.kill('SIGKILL');
      await redis.stop();
    }
  }, 120_000);
});

describe('machi-browser.js', () => {
  const library = { ...simCore, ...scenarios, ...report };

  it('imports nothing, and nothing from node:', () => {
    const meta = metafile('machi-browser.js');
    expect(Object.values(meta.outputs).flatMap((o) => o.imports)).toEqual([]);
    expect(Object.values(meta.inputs).flatMap((i) => i.imports.map((imp) => imp.path)).filter((path) => path.startsWith('node:'))).toEqual([]);
  });

  it('exports every export of sim-core, scenarios and report, each package as a namespace too', async () => {
    const bundle = await import(pathToFileURL(join(built, 'machi-browser.js')).href);
    expect(Object.keys(bundle).sort()).toEqual([...Object.keys(library), 'simCore', 'scenarios', 'report'].sort());
    expect(Object.keys(bundle.simCore).sort()).toEqual(Object.keys(simCore).sort());
    expect(Object.keys(bundle.scenarios).sort()).toEqual(Object.keys(scenarios).sort());
    expect(Object.keys(bundle.report).sort()).toEqual(Object.keys(report).sort());
  });

  it("formatHours is report's (localized); sim-core's stays as simCore.formatHours", async () => {
    const bundle = await import(pathToFileURL(join(built, 'machi-browser.js')).href);
    expect(bundle.formatHours(36, 'ja')).toBe(report.formatHours(36, 'ja'));
    expect(bundle.simCore.formatHours(36)).toBe(simCore.formatHours(36));
  });

  it('imported in Node, runs a 5-replication in-process Monte Carlo exactly as the library does', async () => {
    const bundle = await import(pathToFileURL(join(built, 'machi-browser.js')).href);
    const options = { runs: 5, seed: 1, workers: 1 };
    const fromBundle = await bundle.runMonteCarlo(bundle.scenarioSchema.parse(bundle.PRESETS['small-town']), options);
    const fromSources = await scenarios.runMonteCarlo(scenarios.scenarioSchema.parse(scenarios.PRESETS['small-town']), options);
    expect(fromBundle.variants[0].metrics.costYen.mean).toBe(fromSources.variants[0]!.metrics.costYen!.mean);
    expect(scenarios.resultToJSON(fromBundle)).toBe(scenarios.resultToJSON(fromSources));
  });
});
