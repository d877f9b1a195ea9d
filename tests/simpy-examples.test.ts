import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSimPy } from '../packages/sim-core/test/simpy/run-simpy.ts';
import { ROOT } from './source-files.ts';

// SimPy's documentation examples and their line-by-line ports (examples/simpy): each port must print
// exactly what SimPy prints, and the committed output must still be what SimPy prints.
const EXAMPLES = [
  ['bank-renege.ts', 'bank_renege'],
  ['carwash.ts', 'carwash'],
  ['machine-shop.ts', 'machine_shop'],
] as const;
const dir = join(ROOT, 'examples/simpy');

describe.each(EXAMPLES)('examples/simpy/%s', (port, simpy) => {
  const expected = readFileSync(join(dir, `${simpy}.out`), 'utf8');

  it(`prints what SimPy prints for ${simpy}.py`, () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', join(dir, port)], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(expected);
  });

  it(`${simpy}.out is what SimPy prints for ${simpy}.py`, () => {
    expect(runSimPy(join(dir, `${simpy}.py`))).toBe(expected);
  });
});
