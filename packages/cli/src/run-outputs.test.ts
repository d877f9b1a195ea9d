import { csvRows } from '@machi/scenarios/testing';
import { describe, expect, it } from 'vitest';
import { editTown, machi, townYaml } from './test-support.ts';

const files = { 'town.yaml': townYaml };
const args = ['run', 'town.yaml', '--runs', '12', '--seed', '3', '--years', '5', '--workers', '1', '--out', 'out'];

/** The rows of a CSV file as machi writes it, which starts with a byte-order mark. */
function rows(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  return csvRows(text);
}

describe('machi run: the appendix of assumptions beside report.html', () => {
  it('writes assumptions.html and assumptions.csv (labels, values in words, in --lang) that report.html links to', async () => {
    const run = await machi([...args, '--lang', 'ja'], files);
    expect(run.code).toBe(0);
    expect(run.written['out/report.html']).toContain('<a href="assumptions.html">');
    expect(run.written['out/assumptions.html']).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
    const [heading, ...numbers] = rows(run.written['out/assumptions.csv']!);
    expect(heading).toEqual(['項目 [label]', 'パス [path]', '値 [value]', '値（書かれたまま） [raw]', '種別 [kind]', '出典・根拠 [source]']);
    expect(numbers.length).toBeGreaterThan(0);
    for (const [label, path, value] of numbers) {
      expect(label).not.toBe(path);
      expect(value).not.toMatch(/^\{/);
    }
  });
});

describe('machi run: the CSV tables beside replications.csv', () => {
  it('exceedance.csv has one row per option, metric, ORD EP type and available return period; summary.csv one row per option', async () => {
    const run = await machi([...args, '--lang', 'en'], files);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.written['out/result.json']!);
    const [heading, ...ept] = rows(run.written['out/exceedance.csv']!);
    expect(heading).toEqual([
      'option [variantLabel]',
      'option id [variant]',
      'metric [metricLabel]',
      'metric id [metric]',
      'EP type (ORD EPType) [epType]',
      'EP type [epTypeLabel]',
      'return period (years) [returnPeriodYears]',
      'value [value]',
      'years simulated [yearsSimulated]',
    ]);
    // 60 years simulated: return periods 2 and 5 only (at least ten times the period), four EP types each.
    const metrics = Object.keys(result.variants[0].exceedance);
    expect(ept).toHaveLength(2 * metrics.length * 4 * 2);
    const aep = ept.filter((r) => r[1] === 'onprem' && r[3] === 'costYen' && r[4] === '3');
    expect(aep.map((r) => [r[6], Number(r[7])])).toEqual(
      result.variants[0].metrics.costYen.returnPeriods.filter((p: { available: boolean }) => p.available).map((p: { returnPeriodYears: number; valueAtRisk: number }) => [String(p.returnPeriodYears), Math.round(p.valueAtRisk)]),
    );
    const [, ...alt] = rows(run.written['out/summary.csv']!);
    expect(alt.map((r) => r.slice(0, 3))).toEqual([
      ['Town-hall server room', 'onprem', '60'],
      ['Housing data centre', 'housing', '60'],
    ]);
  });

  it('--incidents writes incidents.csv, the same bytes with 1 or 2 workers; its yearly largest cost is the table’s', async () => {
    const one = await machi([...args, '--incidents', '--lang', 'en'], files);
    const two = await machi([...args.map((a) => (a === '1' ? '2' : a)), '--incidents', '--lang', 'en'], files);
    expect(one.stdout).toContain('out/incidents.csv');
    expect(two.written['out/incidents.csv']).toBe(one.written['out/incidents.csv']);
    const [heading, ...elt] = rows(one.written['out/incidents.csv']!);
    expect(heading!.map((h) => h.match(/\[(.+)\]$/)![1])).toEqual([
      'variantLabel', 'variant', 'replication', 'year', 'fiscalYearOfStart', 'incident', 'causeLabel', 'cause', 'start',
      'durationHours', 'criticalDowntimeHours', 'personsAffected', 'dataClasses', 'actions', 'incidentCostYen', 'ongoing',
    ]);
    expect(elt.length).toBeGreaterThan(0);
    for (const row of elt) expect(row[8]).toMatch(/^20\d\d-\d\d-\d\d \d\d:\d\d$/);
    // The largest incident cost of each (option, replication, year) is that year's largest.incidentCostYen.
    const largest = new Map<string, number>();
    for (const r of elt) largest.set(`${r[1]},${r[2]},${r[3]}`, Math.max(largest.get(`${r[1]},${r[2]},${r[3]}`) ?? 0, Number(r[14])));
    const [table, ...years] = rows(one.written['out/replications.csv']!);
    const column = table!.indexOf('largest single incident: incident cost [largest.incidentCostYen]');
    expect(column).toBeGreaterThan(0);
    for (const y of years) expect(Math.round(Number(y[column]))).toBe(largest.get(`${y[1]},${y[2]},${y[3]}`) ?? 0);
  });

  // About 20 figures drawn by resvg: some 10 s on an idle machine, many times that on a loaded one.
  it('--png writes a PNG beside every SVG figure, twice its size', { timeout: 600_000 }, async () => {
    const run = await machi([...args, '--png'], files);
    expect(run.code).toBe(0);
    const svgs = Object.keys(run.written).filter((p) => p.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(10);
    for (const svg of svgs) {
      const png = Buffer.from(run.written[svg.replace(/\.svg$/, '.png')]!, 'latin1');
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      const [, width, height] = run.written[svg]!.match(/^<svg [^>]*?width="(\d+)" height="(\d+)"/)!;
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2 * Number(width), 2 * Number(height)]);
    }
  });

  it('an option labelled =HYPERLINK(…) never becomes a formula in any CSV; negative numbers stay numbers', async () => {
    const town = editTown('  onprem: { label: { ja: 庁舎サーバ室, en: Town-hall server room } }', '  onprem: { label: { ja: "=HYPERLINK(\\"http://x\\",\\"y\\")", en: "@SUM(A1)" } }');
    for (const [lang, cell] of [['ja', `"'=HYPERLINK(""http://x"",""y"")"`], ['en', "'@SUM(A1)"]] as const) {
      const run = await machi([...args, '--incidents', '--lang', lang], { 'town.yaml': town });
      expect(run.stderr).toBe('');
      for (const file of ['replications', 'exceedance', 'summary', 'incidents']) {
        const text = run.written[`out/${file}.csv`]!;
        const lines = text.slice(1).split('\r\n');
        expect(lines.some((l) => l.startsWith(`${cell},onprem,`)), file).toBe(true);
        expect(lines.filter((l) => /(^|,)[=+@\t\r]/.test(l)), file).toEqual([]);
      }
      // the lower end of an interval around a mean near zero is a plain negative number, not text
      const summary = run.written['out/summary.csv']!;
      expect(summary).not.toMatch(/,'-/);
    }
  });
});
