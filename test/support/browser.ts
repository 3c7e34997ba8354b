import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium as playwright, type Browser, type Page } from 'playwright-core';
import { PATIENCE } from './pages.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const webDist = path.join(repoRoot, 'web', 'dist');

/**
 * Which Chromium to drive: CHROMIUM_PATH when set, else Debian's when installed, else the one that
 * ships inside the @sparticuz/chromium npm package (so a fresh machine with only Node can run it).
 */
async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const packaged = (await import('@sparticuz/chromium')).default;
  return packaged.executablePath();
}

// The network here is closed: background services would only fail, so they are switched off.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic'];

export interface TestBrowser {
  browser: Browser;
  /** A new page in its own context (own cookies); `phone` gives a 390×844 touch screen. */
  page(options?: { phone?: boolean; baseURL?: string; locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<TestBrowser> {
  const browser = await playwright.launch({ executablePath: await chromiumPath(), headless: true, args: ARGS });
  return {
    browser,
    async page(options = {}) {
      const context = await browser.newContext({
        baseURL: options.baseURL,
        locale: options.locale ?? 'zh-CN',
        ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : { viewport: { width: 1280, height: 800 } }),
      });
      // Actions and navigations wait as long as the tests' own waits on a loaded machine.
      context.setDefaultTimeout(PATIENCE);
      const page = await context.newPage();
      // A page loaded is a page the app has taken over (web/src/main.ts marks it): a server-rendered page shows
      // before its script runs, and a tap on it before then does nothing, for a test as for a person.
      const goto = page.goto.bind(page);
      page.goto = async (url, gotoOptions) => {
        const response = await goto(url, gotoOptions);
        // A page that is not the app's (the bench's plain-HTML baseline) has no #app to wait for.
        await page.waitForFunction(() => { const root = document.getElementById('app'); return !root || root.dataset.ready !== undefined; });
        return response;
      };
      return page;
    },
    close: () => browser.close(),
  };
}

/** Fails fast with a clear message when the web app was not built before the browser tests. */
export function requireBuiltWeb(): string {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error('web/dist is missing: build the web app first (pnpm run build, or pnpm test which builds it).');
  }
  return webDist;
}
