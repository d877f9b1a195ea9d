// report.html of small-town, printed as a council member gets it and seen on a 1280 px screen, in
// Japanese and in English (tests/browser.ts: Debian's Chromium). Nothing may be cut off: no table, cell,
// figure or paragraph reaches past the printable width of A4 portrait (or past the text column on
// screen), so no column of any option goes missing; every option's name is on paper as often as the
// tables show it; no page ends with a heading, a table's title or the sentence that introduces a table or
// figure (with the print CSS of before the keep-together rules, eight pages in each language did); and
// the decision table that opens the report fits on the first page. The PDF's text
// is read back with poppler's pdftotext (installed by .ci/run).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { machi } from '../packages/cli/src/test-support.ts';
import { withPage } from './browser.ts';

// A4 portrait less the report's @page margins (12 mm each side), in CSS pixels (96 per inch).
const PRINTABLE_WIDTH_PX = Math.floor(((210 - 2 * 12) / 25.4) * 96);
const PAGE_HEIGHT_PX = Math.floor(((297 - 2 * 15) / 25.4) * 96);
// 100 replications × 10 years: enough years for the 1-in-100 year, so every cell of the decision table is a number.
const RUNS = '100';
const LANGS = ['ja', 'en'] as const;

let work: string;
const reports: Record<string, string> = {};

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'machi-report-print-'));
  for (const lang of LANGS) {
    const out = join(work, lang);
    const run = await machi(['run', 'small-town', '--lang', lang, '--runs', RUNS, '--seed', '1', '--out', out]);
    if (run.code !== 0) throw new Error(`machi run small-town --lang ${lang} exited ${run.code}: ${run.stderr}`);
    const html = join(work, `${lang}.html`);
    writeFileSync(html, run.written[join(out, 'report.html')]!);
    reports[lang] = pathToFileURL(html).href;
  }
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every table, cell, figure and text block that reaches past the body's content box or hides an overflow. */
function overflowing(page: Page): Promise<string[]> {
  return page.$eval('body', (body) => {
    const column = body.getBoundingClientRect();
    const style = body.ownerDocument.defaultView!.getComputedStyle(body);
    const left = column.left + parseFloat(style.paddingLeft);
    const right = column.right - parseFloat(style.paddingRight);
    const found: string[] = [];
    for (const element of body.querySelectorAll('div.machi-table, table, th, td, figure, svg, pre, p, li, h1, h2, h3')) {
      const box = element.getBoundingClientRect();
      // scrollWidth > clientWidth: content hidden behind a scroll box or spilling out of its cell.
      if (box.left < left - 0.5 || box.right > right + 0.5 || element.scrollWidth > element.clientWidth + 1) {
        const owner = element.closest('[data-table], [data-figure]');
        const name = owner?.getAttribute('data-table') ?? owner?.getAttribute('data-figure') ?? '';
        found.push(`${element.tagName.toLowerCase()} ${name} "${(element.textContent ?? '').slice(0, 40)}": ${Math.round(box.left)}–${Math.round(box.right)} px, content ${element.scrollWidth} px in ${element.clientWidth} px`);
      }
    }
    return found;
  });
}

/** The column headings of every table on the page, as their text. */
const columnHeadings = (page: Page) => page.$$eval('div.machi-table th', (all) => all.map((th) => th.textContent ?? ''));

/** The text of `pdf` (pages `first`…`last`, all by default) in drawing order, without any white space. */
function pdfText(pdf: string, first?: number, last?: number): string {
  const pages = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return squeeze(execFileSync('pdftotext', ['-raw', ...pages, pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
}

// Line breaks inside a cell and the spaces pdftotext drops between Japanese glyphs differ from the DOM's.
const squeeze = (text: string) => text.replace(/\s+/g, '');
const occurrences = (text: string, part: string) => text.split(part).length - 1;

/**
 * The pages of `pdf` whose last printed lines are a heading, a table's title (表n / Table n: the caption
 * sits above its table) or a sentence of a heading's introduction (`div.keep`) whose table or figure
 * went to the next page, each as `page n: text`. Whole lines are compared, so a figure's title that ends
 * with a metric's name is not taken for that metric's heading; a figure's title (図n / Figure n) may end
 * a page: it sits under its figure, which never breaks.
 */
async function strandedPages(page: Page, pdf: string): Promise<string[]> {
  const titles = new Set(
    (await page.$$eval('h2, h3, h4, div.machi-table .table-title, div.keep > p:not(:last-child)', (all) => all.map((element) => element.textContent ?? '')))
      .map(squeeze)
      .filter((title) => title !== ''),
  );
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: pages }, (_, i) => i + 1).flatMap((n) => {
    const lines = execFileSync('pdftotext', ['-raw', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' }).split('\n').map(squeeze).filter(Boolean);
    // A title wraps over at most a few printed lines.
    const last = [1, 2, 3, 4].map((k) => lines.slice(-k).join('')).find((text) => titles.has(text));
    return last === undefined ? [] : [`page ${n}: ${last}`];
  });
}

describe.each(LANGS)('report.html of small-town (%s)', (lang) => {
  it('at 1280 px on screen, nothing is wider than the text column and nothing scrolls sideways', async () => {
    await withPage(reports[lang]!, async (page) => {
      expect(await page.locator('div.machi-table').count()).toBeGreaterThan(10);
      expect(await overflowing(page)).toEqual([]);
    });
  });

  it('printed on A4 portrait, no table, cell or figure is wider than the printable area', async () => {
    await withPage(reports[lang]!, async (page) => {
      await page.setViewportSize({ width: PRINTABLE_WIDTH_PX, height: PAGE_HEIGHT_PX });
      await page.emulateMedia({ media: 'print' });
      expect(await page.$eval('body', (body) => body.getBoundingClientRect().width)).toBeLessThanOrEqual(PRINTABLE_WIDTH_PX);
      expect(await overflowing(page)).toEqual([]);
    });
  });

  it('on paper, the decision table is all on page 1, no page ends with a heading, a table title or a sentence introducing what follows, and every column heading is printed', async () => {
    await withPage(reports[lang]!, async (page) => {
      const decision = await page.$$eval('div.machi-table[data-table="decision"]', ([table]) => ({
        title: table!.querySelector('.table-title')!.textContent!,
        cells: [...table!.querySelectorAll('th, tbody td:first-child')].map((cell) => cell.textContent!),
        note: table!.querySelector('.table-note')!.textContent!,
      }));
      const headings = await columnHeadings(page);
      const pdf = join(work, `${lang}.pdf`);
      await page.pdf({ path: pdf, preferCSSPageSize: true });

      const first = pdfText(pdf, 1);
      expect(first.startsWith(squeeze(await page.locator('h1').innerText()))).toBe(true);
      expect([decision.title, ...decision.cells, decision.note].map(squeeze).filter((text) => !first.includes(text))).toEqual([]);
      // The decision table ends page 1 on paper: the next section starts on page 2.
      expect(pdfText(pdf, 2).startsWith(squeeze(await page.locator('h2').nth(1).innerText()))).toBe(true);
      expect(await strandedPages(page, pdf)).toEqual([]);

      // A heading shown in n tables is printed at least n times (figures and prose may name it more often).
      const all = pdfText(pdf);
      const missing = [...new Set(headings)].map(squeeze).filter((h) => occurrences(all, h) < headings.map(squeeze).filter((x) => x === h).length);
      expect(missing).toEqual([]);
    });
  });
});
