// Headless Chromium for tests: Debian's /usr/bin/chromium (installed by .ci/run with fonts-noto-cjk),
// driven by playwright-core, which never downloads a browser of its own.
import { existsSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** What a page did besides rendering, collected from before it loads until `withPage` returns. */
export interface PageLog {
  /** Console errors and uncaught exceptions (`pageerror`), as text. */
  readonly errors: string[];
  /** Messages of the alert/confirm/prompt dialogs it opened (each dismissed at once). */
  readonly dialogs: string[];
  /** Every URL it requested other than its own. */
  readonly requests: string[];
}

/**
 * Opens `url` in a fresh headless Chromium (A4-ish 1280×900 viewport), waits for it to load, runs
 * `fn(page, log)` and closes the browser whatever happens. Resolves with what `fn` returns.
 *
 * @throws Error naming the install step when /usr/bin/chromium is missing.
 * @example
 * await withPage(pathToFileURL('out/report.html').href, async (page, log) => {
 *   expect(await page.title()).toBe('仮想町');
 *   expect(log.errors).toEqual([]);
 * });
 */
export async function withPage<T>(url: string, fn: (page: Page, log: PageLog) => Promise<T>): Promise<T> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium fonts-noto-cjk (as .ci/run does)`);
  // --no-sandbox: the tests run as root in CI, where Chromium's sandbox refuses to start.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const log: PageLog = { errors: [], dialogs: [], requests: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') log.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => log.errors.push(`pageerror: ${error.message}`));
    page.on('dialog', (dialog) => {
      log.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('request', (request) => {
      if (request.url() !== url) log.requests.push(request.url());
    });
    await page.goto(url, { waitUntil: 'load' });
    return await fn(page, log);
  } finally {
    await browser.close();
  }
}

/**
 * The fonts Chromium actually drew the text of the first element matching `selector` with (from the
 * DevTools protocol's CSS.getPlatformFontsForNode): unlike `document.fonts.check`, this tells a real
 * Japanese font from tofu boxes of a fallback.
 *
 * @example
 * await platformFonts(page, 'h1'); // [{ familyName: 'Noto Sans CJK JP', glyphCount: 3, … }]
 */
export async function platformFonts(page: Page, selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (nodeId === 0) throw new Error(`no element matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map(({ familyName, glyphCount }) => ({ familyName, glyphCount }));
  } finally {
    await cdp.detach();
  }
}
