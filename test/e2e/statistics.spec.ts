import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { pageText, sees } from '../support/pages.js';

const app = useBrowserApp();

describe('a visitor reads the registry statistics on a phone', () => {
  it('sees the total and the figures of a district as text beside the chart', async () => {
    const { registryStatistics } = await app.t.anonymous().ok('{ registryStatistics { total } }');
    const page = await app.browser.page({ phone: true, baseURL: app.t.url });
    await page.goto('/');
    await page.getByRole('link', { name: /统计/ }).first().click();
    await page.waitForURL('**/statistics');
    await sees(page, '现有劳模（人）');
    expect(await pageText(page)).toContain(String(registryStatistics.total));
    const chaoyangRow = page.getByRole('row', { name: /朝阳区/ });
    expect(await chaoyangRow.innerText()).toMatch(/朝阳区\s+9\s+\d+\.\d%/);
    expect(await page.locator('canvas').count()).toBeGreaterThanOrEqual(2);
  });
});
