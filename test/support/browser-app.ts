import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';
import type { Config } from '@laomo/server/config.js';
import { openBrowser, requireBuiltWeb, type TestBrowser } from './browser.js';

/** The app and the browser of a browser test file; read them inside hooks and tests (they exist from `beforeAll` on). */
export interface BrowserApp {
  readonly t: TestApp;
  readonly browser: TestBrowser;
}

/**
 * The preamble of every browser test file: registers a `beforeAll` that checks the web app was built,
 * starts the whole app serving it (with `options` over the test config) and opens Chromium, and an
 * `afterAll` that closes both. Call it at the top of the file, before the file's own hooks.
 */
export function useBrowserApp(options: Partial<Config> = {}): BrowserApp {
  let t: TestApp | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    const webDist = requireBuiltWeb();
    t = await startTestApp({ webDist, ...options });
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the ${what} of a browser test starts in beforeAll: read it inside a hook or a test`);
    return value;
  };
  return {
    get t() { return started(t, 'app'); },
    get browser() { return started(browser, 'browser'); },
  };
}
