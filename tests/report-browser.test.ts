// report.html as a reader sees it: opened from disk in headless Chromium (tests/browser.ts). The
// report of `machi run small-town --lang ja` loads nothing, raises no error, draws every figure with the
// numbers it embeds, writes its Japanese in a Japanese font and prints to A4; a town named
// `<script>alert(1)</script>` is shown that name as text and runs nothing.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESETS } from '@machi/scenarios';
import { machi } from '../packages/cli/src/test-support.ts';
import { platformFonts, withPage } from './browser.ts';
import { ROOT } from './source-files.ts';

// The figures the report must draw, as patterns of their `data-figure` ids: each must match at least one
// figure. Adjust them with the report (a virtual case's Gantt chart, when the report shows one).
const EXPECTED_FIGURES = [/^aep-costYen$/, /^aep-downtimeHours$/, /^action-probability$/, /^paired-difference-/];
// Charts for analysts: not printed, written beside the report and linked from it.
const EXPECTED_FILES = [/^figures\/oep-costYen\.svg$/, /^figures\/distribution-/, /^figures\/convergence-/];
const SCRIPT_NAME = '<script>alert(1)</script>';
const ARTIFACTS = join(tmpdir(), 'machi-test-artifacts');

let work: string;
let jaReport: string;
let scriptReport: string;

/** Runs `machi run … --out <work>/<name>` in-process, writes what it wrote; returns report.html's URL. */
async function runReport(name: string, args: string[], files: Record<string, string> = {}): Promise<string> {
  const out = join(work, name);
  const run = await machi([...args, '--runs', '60', '--seed', '1', '--out', out], files);
  if (run.code !== 0) throw new Error(`machi ${args.join(' ')} exited ${run.code}: ${run.stderr}`);
  for (const [path, text] of Object.entries(run.written)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return pathToFileURL(join(out, 'report.html')).href;
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'machi-report-browser-'));
  jaReport = await runReport('ja', ['run', 'small-town', '--lang', 'ja']);
  const town = join(work, 'script-town.json');
  scriptReport = await runReport('script', ['run', town, '--lang', 'en'], { [town]: JSON.stringify({ ...PRESETS['small-town'], name: SCRIPT_NAME }) });
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('report.html of small-town (ja) in Chromium', () => {
  it('loads nothing besides itself and logs no error', async () => {
    await withPage(jaReport, async (_page, log) => {
      expect(log.errors).toEqual([]);
      expect(log.requests).toEqual([]);
      expect(log.dialogs).toEqual([]);
    });
  });

  it('draws every figure as an svg whose data-values parse, including each expected one', async () => {
    await withPage(jaReport, async (page) => {
      const figures = await page.$$eval('figure.machi-figure', (all) =>
        all.map((figure) => {
          const svg = figure.querySelector('svg[data-values]');
          const box = svg?.getBoundingClientRect();
          let parses = false;
          try {
            parses = svg !== null && JSON.parse(svg.getAttribute('data-values')!) !== null;
          } catch {}
          return { id: figure.getAttribute('data-figure') ?? '', svgId: svg?.getAttribute('data-figure'), parses, drawn: (box?.width ?? 0) > 0 && (box?.height ?? 0) > 0 };
        }),
      );
      expect(figures.length).toBeGreaterThan(0);
      expect(figures.filter((f) => !(f.parses && f.drawn && f.svgId === f.id))).toEqual([]);
      const ids = figures.map((f) => f.id);
      expect(EXPECTED_FIGURES.filter((pattern) => !ids.some((id) => pattern.test(id)))).toEqual([]);
      const files = await page.$$eval('a[href^="figures/"]', (all) => all.map((a) => a.getAttribute('href') ?? ''));
      expect(EXPECTED_FILES.filter((pattern) => !files.some((href) => pattern.test(href)))).toEqual([]);
    });
  });

  it('names every table, and the numbers a table embeds (data-values, where it has them) parse', async () => {
    await withPage(jaReport, async (page) => {
      const tables = await page.$$eval('div.machi-table', (all) =>
        all.map((table) => {
          const values = table.getAttribute('data-values');
          let parses = values === null;
          try {
            parses ||= JSON.parse(values!) !== null;
          } catch {}
          return { id: table.getAttribute('data-table') ?? '', parses, rows: table.querySelectorAll('tbody tr').length };
        }),
      );
      expect(tables.length).toBeGreaterThan(0);
      expect(tables.filter((t) => t.id === '' || !t.parses)).toEqual([]);
    });
  });

  it('writes its Japanese title and figure text in a CJK font, not in boxes of a fallback', async () => {
    await withPage(jaReport, async (page) => {
      expect(await page.locator('html').getAttribute('lang')).toBe('ja');
      expect(await page.locator('h1').innerText()).toBe('仮想町');
      for (const selector of ['h1', 'figure.machi-figure svg text']) {
        const fonts = await platformFonts(page, selector);
        expect(fonts.some((f) => /CJK|Noto Sans JP|BIZ UD|Gothic|Meiryo/.test(f.familyName) && f.glyphCount > 0), `${selector}: ${JSON.stringify(fonts)}`).toBe(true);
      }
    });
  });

  it('prints to A4 and leaves a screenshot and the PDF in the temporary machi-test-artifacts folder', async () => {
    await withPage(jaReport, async (page) => {
      mkdirSync(ARTIFACTS, { recursive: true });
      const pdf = await page.pdf({ format: 'A4', path: join(ARTIFACTS, 'report-ja.pdf') });
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const png = await page.screenshot({ fullPage: true, path: join(ARTIFACTS, 'report-ja.png') });
      expect(png.length).toBeGreaterThan(10_000);
    });
  });
});

describe(`report.html of a town named ${SCRIPT_NAME}`, () => {
  it('shows the name as text and runs nothing', async () => {
    await withPage(scriptReport, async (page, log) => {
      expect(await page.title()).toBe(SCRIPT_NAME);
      expect(await page.locator('h1').innerText()).toBe(SCRIPT_NAME);
      expect(await page.locator('script').count()).toBe(0);
      expect(log.dialogs).toEqual([]);
      expect(log.errors).toEqual([]);
      expect(log.requests).toEqual([]);
    });
  });
});
