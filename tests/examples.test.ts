import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
    expect(quake.systems.map((s) => [s.system, s.dataLostHours])).toEqual([['registry', 49], ['welfare', 87600]]);
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
  it('compares the four small-town variants and prints the same fingerprint for the same seed', () => {
    const demo = () =>
      spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'examples/town-demo.ts', '--runs', '3', '--seed', '5'], { cwd: ROOT, encoding: 'utf8' });
    const first = demo();
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    for (const variant of ['onprem', 'housing', 'community-cloud', 'public-cloud']) expect(first.stdout).toMatch(new RegExp(`^${variant} `, 'm'));
    expect(demo().stdout).toBe(first.stdout);
  });

  it('rejects a bad --runs with a message and exit code 2', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'examples/town-demo.ts', '--runs', 'many'], { cwd: ROOT, encoding: 'utf8' });
    expect([r.status, r.stderr]).toEqual([2, 'demo: --runs must be a positive integer, got many\n']);
  });
});
