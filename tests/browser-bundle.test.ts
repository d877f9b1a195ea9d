import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRESETS, resultToJSON, runMonteCarlo, scenarioSchema } from '@machi/scenarios';
import { withPage } from './browser.ts';
import { ROOT } from './source-files.ts';

// The browser bundle in a real browser: Chromium's V8 runs the Monte Carlo in the page, the figure and
// the table go into its document through toElement, and the result is the same bytes as in Node. Served
// over localhost because Chromium refuses ES modules from file:// pages.
const PAGE = `<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>machi</title></head><body>
<script type="module">
import * as machi from './machi-browser.js';
const scenario = machi.scenarioSchema.parse(machi.PRESETS['small-town']);
const result = await machi.runMonteCarlo(scenario, { runs: 4, seed: 7, horizonYears: 2 });
document.body.append(machi.exceedanceFigure(result, { metric: 'costYen', curve: 'aep', lang: 'ja', scenario }).toElement(document));
document.body.append(machi.actionsTable(result, { lang: 'ja', scenario }).toElement(document));
window.machiResult = machi.resultToJSON(result);
</script></body></html>`;

let server: Server;
let url: string;

beforeAll(async () => {
  const bundle = await build({
    entryPoints: [join(ROOT, 'scripts/bundle/browser-entry.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    conditions: ['source'],
    write: false,
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  const files: Record<string, [string, string]> = {
    '/index.html': ['text/html; charset=utf-8', PAGE],
    '/machi-browser.js': ['text/javascript; charset=utf-8', bundle.outputFiles[0]!.text],
  };
  server = createServer((request, response) => {
    // The favicon Chromium asks for by itself: no content rather than a 404 in the console.
    if (request.url === '/favicon.ico') return void response.writeHead(204).end();
    const file = files[request.url ?? ''];
    response.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' });
    response.end(file?.[1] ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/index.html`;
}, 120_000);

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the browser bundle in Chromium', () => {
  it('runs a Monte Carlo in the page, places a figure and a table with toElement, and gives the bytes Node gives', async () => {
    const { json, figures, tables, log } = await withPage(url, async (page, log) => {
      await page.waitForFunction(() => typeof (globalThis as unknown as { machiResult?: string }).machiResult === 'string', undefined, { timeout: 60_000 });
      return {
        json: await page.evaluate(() => (globalThis as unknown as { machiResult: string }).machiResult),
        figures: await page.$$eval('figure.machi-figure svg[data-values]', (svgs) => svgs.map((s) => s.getAttribute('data-figure'))),
        tables: await page.$$eval('div.machi-table table tbody tr', (rows) => rows.length),
        log,
      };
    });
    expect(log.errors).toEqual([]);
    expect(figures).toEqual(['aep-costYen']);
    expect(tables).toBe(7);
    const scenario = scenarioSchema.parse(PRESETS['small-town']);
    expect(json).toBe(resultToJSON(await runMonteCarlo(scenario, { runs: 4, seed: 7, horizonYears: 2 })));
  }, 120_000);
});
