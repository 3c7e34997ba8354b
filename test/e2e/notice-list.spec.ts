import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { pageText, sees } from '../support/pages.js';
import { seedOpenNotice } from '../support/testkit/index.js';

const app = useBrowserApp();

describe('the list of notices', () => {
  it('shows open notices first and past ones a tab away', async () => {
    // A district notice of 2–6 March 2026: past by the time of the run's clock (set below).
    await seedOpenNotice(app.t);
    app.t.clock.set('2026-11-21');
    const page = await app.browser.page({ phone: true, baseURL: app.t.url });
    await page.goto('/notices');
    await sees(page, '公示期');
    expect(await pageText(page)).not.toContain('朝阳区2026年北京市劳动模范推荐人选公示');
    await page.getByText('往期公示', { exact: true }).click();
    await sees(page, '朝阳区2026年北京市劳动模范推荐人选公示');
    await page.getByRole('link', { name: '朝阳区2026年北京市劳动模范推荐人选公示' }).click();
    await sees(page, '公示对象');
  });
});
