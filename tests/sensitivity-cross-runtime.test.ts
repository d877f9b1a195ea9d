import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sensitivityFingerprint } from './sensitivity-fingerprint.ts';
import { ROOT } from './source-files.ts';

// As tests/cross-runtime.test.ts: Deno's V8 differs from this Node's, and designs, input values and indices
// must not move between engines (DESIGN.md's determinism contract). Skipped, and says so, without Deno.
const DENO = join(ROOT, 'node_modules/@deno/linux-x64-glibc/deno');

describe.skipIf(!existsSync(DENO))('sensitivity determinism (Node vs Deno)', () => {
  it('designs, input values, Sobol indices, Morris effects, decisions, tornado and switching value hash the same', () => {
    const output = execFileSync(DENO, ['run', '--no-prompt', '--no-lock', '--allow-read', 'tests/sensitivity-fingerprint-main.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', DENO_NO_UPDATE_CHECK: '1' },
    });
    const node = sensitivityFingerprint();
    expect(Object.keys(node)).toHaveLength(8);
    expect(JSON.parse(output)).toEqual(node);
  });
});
