import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues, loadScenario, simulate } from '@machi/scenarios';
import { ROOT } from './source-files.ts';

const text = readFileSync(join(ROOT, 'examples/my-town.yaml'), 'utf8');

describe('examples/my-town.yaml', () => {
  const loaded = loadScenario(text, 'examples/my-town.yaml');

  it('validates', () => {
    expect(loaded.ok ? '' : formatIssues(loaded.issues, 'en')).toBe('');
  });

  it('its scripted 9 m tsunami floods the town-hall server room: welfare is lost, the registry restored from the cloud copy', () => {
    if (!loaded.ok) throw new Error('invalid example');
    const quake = simulate(loaded.value, { variant: 'onprem', seed: 1, horizonYears: 1 }).outcomes.find((o) => o.cause === 'earthquake')!;
    expect(quake.kinds).toEqual(['loss', 'outage']);
    // 2027-06-12 03:00 = 1731 h; the weekly offline copy is from 2027-06-10 02:00 (1682 h).
    // Welfare had no copy elsewhere: lost whole, counted as a system lost and its residents, never as hours.
    expect(quake.systems.map((s) => [s.system, s.dataLostHours ?? 'no surviving copy'])).toEqual([['registry', 49], ['welfare', 'no surviving copy']]);
    expect([quake.dataLostHours, quake.systemsLost]).toEqual([49, 1]);
    expect(quake.actions.map((a) => a.action)).toContain('reportToCommission');
  });

  it('in the government cloud the same tsunami loses no data: the town is cut off until its alternate office opens at 72 h', () => {
    if (!loaded.ok) throw new Error('invalid example');
    const quake = simulate(loaded.value, { variant: 'public-cloud', seed: 1, horizonYears: 1 }).outcomes.find((o) => o.cause === 'earthquake')!;
    expect(quake.kinds).toEqual(['outage']);
    expect(quake.systems.map((s) => [s.system, s.downHours, s.dataLostHours])).toEqual([['registry', 72, undefined], ['welfare', 72, undefined]]);
  });
});

describe('examples/town-demo.ts (pnpm demo)', () => {
  it('writes the report, the result and the worst-year case, and prints the same bytes for the same seed', () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'machi-demo-')), mkdtempSync(join(tmpdir(), 'machi-demo-'))];
    try {
      const demo = (out: string) =>
        spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'examples/town-demo.ts', '--runs', '3', '--seed', '5', '--out', out], { cwd: ROOT, encoding: 'utf8' });
      const first = demo(dirs[0]!);
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      for (const variant of ['onprem', 'housing', 'community-cloud', 'public-cloud']) expect(first.stdout).toMatch(new RegExp(`^${variant} `, 'm'));
      const second = demo(dirs[1]!);
      expect(second.stdout.replaceAll(dirs[1]!, dirs[0]!)).toBe(first.stdout);
      const written = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
      expect(written(dirs[0]!)).toEqual(expect.arrayContaining(['report.html', 'report.md', 'result.json', 'scenario.resolved.json', 'case-worst-year.html', 'case-worst-year.md', 'figures']));
      expect(written(dirs[1]!)).toEqual(written(dirs[0]!));
      // The same bytes, but for the folder named in the regenerate command.
      const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8').replaceAll(dir, 'OUT');
      for (const file of written(dirs[0]!).filter((f) => f.includes('.'))) expect(read(dirs[1]!, file), file).toBe(read(dirs[0]!, file));
      // Every figure report.md links to was written beside it.
      const md = readFileSync(join(dirs[0]!, 'report.md'), 'utf8');
      for (const [, path] of md.matchAll(/\]\((figures\/[^)]+\.svg)\)/g)) expect(existsSync(join(dirs[0]!, path!)), path).toBe(true);
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects a bad --runs with a message and exit code 2', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'examples/town-demo.ts', '--runs', 'many'], { cwd: ROOT, encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([2, 'demo: --runs must be a positive integer, got many\n']);
  });
});
