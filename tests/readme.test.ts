import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './source-files.ts';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const commands = [...readme.matchAll(/^```(?:sh|bash)\n([^\n]+)\n```/gm)].map((m) => m[1]);

describe('README', () => {
  it('starts with two commands: the main job, then the tests', () => {
    expect(commands.length).toBeGreaterThanOrEqual(2);
    expect(readme.indexOf(commands[0])).toBeLessThan(800);
    expect(commands[0]).toMatch(/pnpm@12 install --frozen-lockfile && npx -y pnpm@12 demo$/);
    expect(commands[1]).toMatch(/pnpm@12 install --frozen-lockfile && npx -y pnpm@12 test$/);
  });

  it('.ci/run runs exactly the README test command', () => {
    const ci = readFileSync(join(ROOT, '.ci/run'), 'utf8').split('\n');
    expect(ci).toContain(commands[1]);
  });
});

describe('README engine example', () => {
  it('is examples/engine-tour.ts verbatim, so the type check and this test cover it', async () => {
    const tour = readFileSync(join(ROOT, 'examples/engine-tour.ts'), 'utf8').split('\n').slice(1).join('\n');
    expect(readme).toContain('```ts\n' + tour + '```');
  });

  it('runs and prints the staff resource and its utilisation', async () => {
    const lines: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => void lines.push(args.join(' '));
    try {
      await import('../examples/engine-tour.ts');
    } finally {
      console.log = original;
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Resource\(it-staff 0\/2 busy, 0 waiting\) 0\.\d+$/);
  });
});
