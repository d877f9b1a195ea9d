import { describe, expect, it } from 'vitest';
import { buildCase } from './build-case.ts';
import { textWidth } from '../svg/text-width.ts';
import { caseGanttFigure, GANTT_PLOT } from './case-gantt.ts';
import { scriptedTown, scriptedTownInput, scriptedYear } from './test-support.ts';

const scenario = scriptedTown();
const vc = buildCase(scriptedYear(scenario), { scenario, year: 0 });
const ja = caseGanttFigure(vc, { lang: 'ja', scenario });
const svg = ja.toSVG();

// The drawing spans x = 240 … 626 for the 8,760 hours of the year.
const x = (hours: number) => Math.round((GANTT_PLOT.left + (hours / 8760) * (GANTT_PLOT.right - GANTT_PLOT.left)) * 100) / 100;

describe('caseGanttFigure', () => {
  it('draws one bar per outage window, tagged with its reason, and carries the rows as data', () => {
    const bars = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="14"[^>]*data-reason="([^"]+)"/g)].map((m) => [Number(m[1]), m[3]]);
    const windows = vc.outages.flatMap((r) => r.windows.map((w) => [x(w.fromHours), w.reason]));
    expect(bars).toEqual(windows);
    expect(ja.data).toEqual({ startDate: '2027-04-01', fromHours: 0, toHours: 8760, rows: vc.outages });
    expect(new Set(bars.map((b) => b[1]))).toEqual(new Set(['site-flooded', 'encrypted']));
  });

  it("marks where each window reaches its row's recovery time objective", () => {
    const markers = [...svg.matchAll(/<path d="M([\d.]+) [\d.]+L([\d.]+) [\d.]+L([\d.]+) [\d.]+Z" fill="#000" data-rto="([\d.]+)"/g)].map((m) => [Number(m[3]), Number(m[4])]);
    const expected = vc.outages.flatMap((r) => r.windows.map((w) => [x(w.fromHours + r.rtoHours!), r.rtoHours]));
    expect(markers).toEqual(expected);
  });

  it('has a month axis from the start date with 西暦 and 和暦, in Japanese and in English', () => {
    const months = [...svg.matchAll(/font-size="11.5">(\d+月)</g)].map((m) => m[1]);
    expect(months).toEqual(['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月']);
    expect(svg).toContain('>2027年（令和9年）<');
    expect(svg).toContain('>2028年（令和10年）<');
    const en = caseGanttFigure(vc, { lang: 'en', scenario }).toSVG();
    expect([...en.matchAll(/font-size="11.5">([A-Z][a-z]{2})</g)].map((m) => m[1]).slice(0, 3)).toEqual(['Apr', 'May', 'Jun']);
    expect(en).toContain('>2028<');
  });

  it('labels rows with the names of systems and services and their RTO, reasons in the legend', () => {
    expect(svg).toContain('>住民記録<');
    expect(svg).toContain('>RTO 6時間<');
    expect(svg).toContain('>罹災証明書<');
    expect(svg).toContain('>暗号化（ランサムウェア）<');
    expect(svg).toContain('>目標復旧時間（RTO）に達した時点<');
  });

  it('keeps bar labels inside the plot and off every RTO marker and every other bar', () => {
    for (const figure of [ja, caseGanttFigure(vc, { lang: 'en', scenario })]) {
      const text = figure.toSVG();
      const markers = [...text.matchAll(/<path d="M[\d.]+ ([\d.]+)L[\d.]+ [\d.]+L([\d.]+) [\d.]+Z" fill="#000" data-rto/g)].map((m) => ({ y: Number(m[1]) + 4, x: Number(m[2]) }));
      const bars = [...text.matchAll(/<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="14"/g)].map((m) => ({ left: Number(m[1]), right: Number(m[1]) + Number(m[3]), y: Number(m[2]) }));
      const labels = [...text.matchAll(/<text x="([\d.]+)" y="([\d.]+)" font-size="11.5" fill="[^"]+" paint-order="stroke"[^>]*>([^<]+)</g)].map((m) => ({
        left: Number(m[1]),
        right: Number(m[1]) + textWidth(m[3]!, 11.5, 0.62),
        y: Number(m[2]) - 11,
      }));
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) {
        expect(label.left).toBeGreaterThanOrEqual(GANTT_PLOT.left);
        expect(label.right).toBeLessThanOrEqual(GANTT_PLOT.right);
        const sameRow = (item: { y: number }) => Math.abs(item.y - label.y) < 12;
        for (const m of markers.filter(sameRow)) expect(m.x < label.left - 3 || m.x > label.right + 3, `marker at ${m.x} under a label`).toBe(true);
        const under = bars.filter(sameRow).filter((b) => b.left < label.right && b.right > label.left);
        expect(under.length).toBeLessThanOrEqual(1);
        expect(labels.filter((other) => other !== label && sameRow(other) && other.left < label.right && other.right > label.left)).toEqual([]);
      }
    }
  });

  it('wraps a long row name between phrases, never inside 「回線」 or 「マルチAZ」', () => {
    const input = scriptedTownInput();
    input.systems[0]!.name = '共同利用（マルチAZ）の回線2経路住民記録';
    const town = scriptedTown(input);
    const text = caseGanttFigure(buildCase(scriptedYear(town), { scenario: town, year: 0 }), { lang: 'ja', scenario: town }).toSVG();
    const rows = [...text.matchAll(/<text x="20" y="[\d.]+" font-size="12">([^<]+)</g)].map((m) => m[1]);
    expect(rows.slice(0, 2).join('')).toBe('共同利用（マルチAZ）の回線2経路住民記録');
    expect(rows[0]).not.toMatch(/マル$|マルチ$|回$/);
  });

  it('escapes the names it shows', () => {
    const input = scriptedTownInput();
    input.name = '<script>alert(1)</script>';
    input.systems[0]!.name = '<img src=x onerror=alert(1)>';
    const evil = scriptedTown(input);
    const text = caseGanttFigure(buildCase(scriptedYear(evil), { scenario: evil, year: 0 }), { lang: 'ja', scenario: evil }).toSVG();
    expect(text).not.toMatch(/<script|<img/);
    expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says so when nothing was down, and gives the same bytes for the same case', () => {
    const quiet = scriptedTown({ events: [] });
    const empty = caseGanttFigure(buildCase(scriptedYear(quiet), { scenario: quiet, year: 0 }), { lang: 'ja', scenario: quiet });
    expect(empty.toSVG()).toContain('この年に止まったシステムはありません。');
    expect(caseGanttFigure(vc, { lang: 'ja', scenario }).toSVG()).toBe(svg);
    expect(ja.id).toBe('case-gantt-onprem-r0-y0');
  });
});

describe('caseGanttFigure: a year that starts just before the 1st', () => {
  it('labels each month once (simulated year 2 of a 2027-04-01 start begins on 31 March 2029)', () => {
    const threeYears = scriptedYear(scenario, 'onprem', 3);
    const third = caseGanttFigure(buildCase(threeYears, { scenario, year: 2 }), { lang: 'ja', scenario }).toSVG();
    const months = [...third.matchAll(/font-size="11.5">(\d+月)</g)].map((m) => m[1]);
    expect(months).toEqual(['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月']);
    expect(third).toContain('>2029年（令和11年）<');
  });
});
