import { describe, expect, it } from 'vitest';
import { machi } from './test-support.ts';

describe('machi calibrate', () => {
  it('prints the calibration appendix in the --lang language', async () => {
    const one = await machi(['calibrate', '--runs', '2', '--workers', '1', '--lang', 'en']);
    expect(one.code).toBe(0);
    expect(one.stdout).toMatch(/^## Appendix: calibration against national counts\n/);
    expect(one.stdout).toContain('| Nationwide LGWAN outages | 0.041 (0.001 – 0.23) 2001-10 → 2026-03, calendar year |');
    expect(one.stdout).toContain('Represented by');
    const ja = await machi(['calibrate', '--runs', '2', '--workers', '1']);
    expect(ja.stdout).toMatch(/^## 付録：全国の観測値との照合/);
  }, 120_000);

  it('writes calibration.json, .md and .html with --out', async () => {
    const result = await machi(['calibrate', '--runs', '2', '--seed', '3', '--workers', '1', '--lang', 'en', '--out', 'cal']);
    expect(result.code).toBe(0);
    expect(Object.keys(result.written).sort()).toEqual(['cal/calibration.html', 'cal/calibration.json', 'cal/calibration.md']);
    const json = JSON.parse(result.written['cal/calibration.json']!);
    expect(json.stamp).toMatchObject({ runs: 2, seed: 3, horizonYears: 10 });
    expect(json.rows.map((r: { id: string }) => r.id)).toContain('ppc-leak-reports-fy2024');
    expect(result.stdout).toContain('Written: cal/calibration.json, cal/calibration.md, cal/calibration.html');
  }, 120_000);

  it('is a usage error (exit 2) for a bad --runs, before any work', async () => {
    const result = await machi(['calibrate', '--runs', '0', '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--runs/);
    expect(result.written).toEqual({});
  });
});
