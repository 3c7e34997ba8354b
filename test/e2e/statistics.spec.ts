import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';
import { openBrowser, requireBuiltWeb, type TestBrowser } from '../support/browser.js';

let t: TestApp;
let browser: TestBrowser;
beforeAll(async () => {
  requireBuiltWeb();
  t = await startTestApp();
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

describe('a visitor reads the registry statistics on a phone', () => {
  it('sees the total and the figures of a district as text beside the chart', async () => {
    const { registryStatistics } = await t.anonymous().ok('{ registryStatistics { total } }');
    const page = await browser.page({ phone: true, baseURL: t.url });
    await page.goto('/');
    await page.getByRole('link', { name: /统计/ }).first().click();
    await page.waitForURL('**/statistics');
    await expect.poll(() => page.evaluate(() => document.body.innerText)).toContain('现有劳模（人）');
    expect(await page.evaluate(() => document.body.innerText)).toContain(String(registryStatistics.total));
    const chaoyangRow = page.getByRole('row', { name: /朝阳区/ });
    expect(await chaoyangRow.innerText()).toMatch(/朝阳区\s+9\s+\d+\.\d%/);
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(2);
  });
});
