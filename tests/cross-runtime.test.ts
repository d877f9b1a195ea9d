import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { fingerprint } from './fingerprint.ts';
import { monteCarloFingerprint } from './monte-carlo-fingerprint.ts';
import { ROOT } from './source-files.ts';

// Deno ships its own V8, a different version from this Node's: the determinism contract (DESIGN.md) says
// results must not move between engines. Deno comes from the optional dependency @deno/linux-x64-glibc
// (installed on Linux x64, which is what CI runs); elsewhere this test is skipped, and says so.
const DENO = join(ROOT, 'node_modules/@deno/linux-x64-glibc/deno');

describe.skipIf(!existsSync(DENO))('cross-runtime determinism (Node vs Deno)', () => {
  it("sim-core's math, draws, engine run and replicated summary hash the same in Node and in Deno", () => {
    const output = execFileSync(DENO, ['run', '--no-prompt', '--no-lock', '--allow-read', 'tests/fingerprint-main.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
    });
    const deno = JSON.parse(output) as Record<string, string>;
    const node = fingerprint();
    const ours = (fp: Record<string, string>) => Object.fromEntries(Object.entries(fp).filter(([k]) => !k.startsWith('engineMath.')));
    expect(Object.keys(ours(node)).length).toBe(30);
    expect(ours(deno)).toEqual(ours(node));
    // What the engines' own Math.* does on the same inputs, for the record (not a requirement).
    const differing = Object.keys(node).filter((k) => k.startsWith('engineMath.') && node[k] !== deno[k]);
    console.log(`engine Math.* differing between Node ${process.version} and Deno: ${differing.join(', ') || 'none on these inputs'}`);
  });

  it('a Monte Carlo run of small-town writes the same result.json and replications.csv in Node and in Deno', async () => {
    const output = execFileSync(DENO, ['run', '--no-prompt', '--no-lock', '--allow-read', '--conditions=source', 'tests/monte-carlo-fingerprint-main.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
    });
    const node = await monteCarloFingerprint();
    expect(Object.keys(node)).toEqual(['monteCarlo.resultJson', 'monteCarlo.replicationsCsv']);
    expect(JSON.parse(output)).toEqual(node);
  });

  // Deno once waited forever for workers started through tsx's loader (which never registers there): a
  // hang fails this test by the test's own timeout, and a finished run must give Node's bytes.
  it('machi run --workers 2 under Deno writes the same files as under Node', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'machi-deno-workers-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const args = ['run', 'small-town', '--runs', '8', '--years', '3', '--seed', '11', '--workers', '2', '--lang', 'en', '--out', 'out'];
    const bin = join(ROOT, 'packages/cli/src/bin.ts');
    const env = { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1', NODE_OPTIONS: '' };
    const start = (name: string, file: string, argv: string[]) => {
      const cwd = join(dir, name);
      mkdirSync(cwd);
      return new Promise<string>((resolve, reject) => {
        const child = execFile(file, argv, { cwd, env, encoding: 'utf8' }, (error) => (error ? reject(error) : resolve(cwd)));
        onTestFinished(() => void child.kill('SIGKILL'));
      });
    };
    const [deno, node] = await Promise.all([
      start('deno', DENO, ['run', '--no-prompt', '--no-lock', '--allow-all', '--conditions=source', bin, ...args]),
      start('node', join(ROOT, 'node_modules/.bin/tsx'), ['--conditions=source', bin, ...args]),
    ]);
    const files = (cwd: string) => readdirSync(join(cwd, 'out'), { recursive: true, encoding: 'utf8' }).sort();
    expect(files(deno)).toEqual(files(node));
    expect(files(node)).toContain('result.json');
    for (const file of files(node).filter((f) => /\.(json|csv|md|html|svg)$/.test(f))) {
      expect(readFileSync(join(deno, 'out', file), 'utf8'), file).toBe(readFileSync(join(node, 'out', file), 'utf8'));
    }
  });
});
