import { beforeAll, describe, expect, it } from 'vitest';
import type { MonteCarloResult, Scenario } from '@machi/scenarios';
import { smallTownResult } from '../test-support.ts';
import { renderReport } from './render-report.ts';
import { regenerateCommand } from './stamp-section.ts';

let result: MonteCarloResult;
let scenario: Scenario;
beforeAll(async () => ({ result, scenario } = await smallTownResult()));

const SECTIONS = ['summary', 'safety', 'actions', 'metrics', 'comparisons', 'fiscal-years', 'convergence', 'assumptions', 'limits', 'stamp'];

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const figureData = (html: string) =>
  new Map([...html.matchAll(/<svg [^>]*data-figure="([^"]+)" data-values="([^"]*)"/g)].map((m) => [m[1]!, JSON.parse(unescape(m[2]!)) as unknown]));

describe('renderReport', () => {
  for (const lang of ['ja', 'en'] as const) {
    it(`has every section, in order, in ${lang}`, () => {
      const html = renderReport(result, { lang, scenario }).toHTML();
      const ids = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]);
      expect(ids).toEqual(SECTIONS);
      expect(html).toContain(`<html lang="${lang}">`);
    });
  }

  it('report.html is self-contained: no script, no external resource, a CSP that forbids both', () => {
    const html = renderReport(result, { lang: 'ja', scenario }).toHTML();
    expect(html).not.toMatch(/<script|javascript:|@import|<link |<iframe|<img /i);
    expect(html).not.toMatch(/\s(src|srcset)=/i);
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).filter((h) => !h!.startsWith('#') && !h!.startsWith('https://'))).toEqual([]);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('every figure embeds the numbers it draws, equal to the result', () => {
    const report = renderReport(result, { lang: 'en', scenario });
    const data = figureData(report.toHTML());
    expect([...data.keys()]).toEqual(report.figures.map((f) => f.id));
    const aep = data.get('aep-costYen') as { variants: { id: string; points: { probability: number; value: number; low: number; high: number }[] }[] };
    for (const v of aep.variants) {
      const expected = result.variants.find((x) => x.id === v.id)!.exceedance.costYen!.aep;
      expect(v.points.map((p) => [p.probability, p.value, p.low, p.high])).toEqual(expected.map((p) => [p.exceedanceProbability, p.value, p.ciLow, p.ciHigh]));
    }
  });

  it('a town named <script>alert(1)</script> is text in both formats', () => {
    const named = { ...result, stamp: { ...result.stamp, scenarioName: '<script>alert(1)</script>' } };
    const report = renderReport(named, { lang: 'ja', scenario: { ...scenario, name: '<script>alert(1)</script>' } });
    const html = report.toHTML();
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).not.toContain('<script>');
    expect(report.toMarkdown().split('\n')[0]).toBe('# &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('renders a result read back from result.json (no tables): the same report without the fiscal-year section', () => {
    const back = JSON.parse(JSON.stringify(result)) as MonteCarloResult;
    const html = renderReport(back, { lang: 'ja', scenario }).toHTML();
    expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1])).toEqual(SECTIONS.filter((s) => s !== 'fiscal-years'));
  });

  it('web addresses in sources become plain links; nothing else becomes one', () => {
    const provenance = [
      { path: 'a', value: 1, source: 'jp-facts.md#1.2, https://www.ppc.go.jp/personalinfo/legal/ (guidelines)', assumed: false },
      { path: 'b', value: 2, source: 'assumption: javascript:alert(1) http://plain.example', assumed: true },
    ];
    const html = renderReport(result, { lang: 'en', scenario, provenance }).toHTML();
    expect([...html.matchAll(/<a href="([^"]*)">/g)].map((m) => m[1])).toEqual(['https://www.ppc.go.jp/personalinfo/legal/']);
    expect(html).not.toContain('href="javascript:');
  });

  it('the stamp gives the scenario hash and the command that regenerates the run', () => {
    const md = renderReport(result, { lang: 'en', scenario }).toMarkdown();
    expect(md).toContain(result.stamp.scenarioSha256);
    expect(md).toContain('machi run out/scenario.resolved.json --runs 40 --seed 1 --years 10 --variants onprem,housing,community-cloud,public-cloud --lang en --out out');
  });

  it('an --out that tries to end the command\'s code fence stays inside it, on one line', () => {
    const out = '/tmp/x\n```\n<img src=x onerror=alert(1)>\n```';
    const md = renderReport(result, { lang: 'en', scenario, command: regenerateCommand(result.stamp, 'en', out) }).toMarkdown();
    const command = md.split('\n').find((line) => line.startsWith('machi run '))!;
    expect(command.endsWith("--out $'/tmp/x\\n```\\n<img src=x onerror=alert(1)>\\n```'")).toBe(true);
    // The fence around it is longer than any backtick run in it, and nothing of the path starts a line.
    const at = md.indexOf(command);
    expect(md.slice(at - '````sh\n'.length, at)).toBe('````sh\n');
    expect(md.slice(at + command.length, at + command.length + 5)).toBe('\n````');
    expect(md).not.toMatch(/^<img/m);
  });

  it('every figure stays well-formed XML when a script passes names with characters XML cannot hold', () => {
    // The schema rejects these; a script can build a Scenario without it. Once 17 of 51 figures broke.
    const bad = '\u0000\u0007\u001b[31m\uD800\uFFFF';
    const dirty = structuredClone(scenario);
    dirty.name = `Town${bad}`;
    dirty.sites.forEach((s) => (s.name = `${s.id}${bad}`));
    dirty.systems.forEach((s) => (s.name = `${s.id}${bad}`));
    dirty.services.forEach((s) => (s.name = `${s.id}${bad}`));
    Object.values(dirty.variants).forEach((v) => (v.label = `label${bad}`));
    const report = renderReport(result, { lang: 'en', scenario: dirty });
    const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
    for (const figure of report.figures) expect(figure.toSVG(), figure.id).not.toMatch(notXml);
    expect(report.toHTML()).not.toMatch(notXml);
  });

  it('the same result gives the same bytes', () => {
    expect(renderReport(result, { lang: 'ja', scenario }).toHTML()).toBe(renderReport(result, { lang: 'ja', scenario }).toHTML());
  });

  for (const lang of ['ja', 'en'] as const) {
    it(`pins the summary, safety and limits wording in ${lang}`, () => {
      const md = renderReport(result, { lang, scenario }).toMarkdown();
      const section = (id: string) => md.split(/\n(?=## )/).find((s) => s.startsWith(`## ${lang === 'ja' ? { summary: '要約', safety: '安全スコア', limits: 'この結果の限界' }[id] : { summary: 'Summary', safety: 'Safety score', limits: 'Limits' }[id]}`));
      expect([section('summary'), section('safety'), section('limits')].join('\n')).toMatchSnapshot();
    });
  }
});
