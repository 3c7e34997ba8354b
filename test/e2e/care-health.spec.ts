import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { PATIENCE, sees, signIn } from '../support/pages.js';

const app = useBrowserApp();

describe('a model worker books a health check on their own page, and the district’s staff see it', () => {
  it('张建国 books the 1,200 yuan package; 朝阳 sees the booking with the unit’s 30% share', async () => {
    const city = await app.t.as('city');
    const created = await city.ok(`mutation { healthCheckBatchCreate(input: {
      name: "年度劳模体检（第一批）", venue: "北京工人疗养院", startsOn: "2026-12-21", endsOn: "2026-12-23", capacity: 40 }) { batch { id } userErrors { code } } }`);
    expect(created.healthCheckBatchCreate.userErrors).toEqual([]);
    const batch = created.healthCheckBatchCreate.batch.id;

    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'modelworker');
    await page.goto('/me');
    await page.getByText('我的关爱服务').first().click();
    await sees(page, '可预约的体检批次');
    const row = page.getByTestId(`open-check-${batch}`);
    await row.getByText('已约 0 / 剩余 40').waitFor({ timeout: PATIENCE });
    await row.locator('.n-base-selection').click();
    await page.locator('.n-base-select-option', { hasText: '1200元' }).click();
    await row.getByRole('button', { name: '预约' }).click();
    await sees(page, '单位承担 360.00');
    await row.getByText('已约 1 / 剩余 39').waitFor({ timeout: PATIENCE });

    const staff = await app.browser.page({ baseURL: app.t.url });
    await signIn(staff, 'chaoyang');
    await staff.goto('/staff/care/health-checks');
    await staff.locator('.n-tabs-tab', { hasText: '预约与到检' }).click();
    const booked = staff.locator('tr', { hasText: '张建国' }).filter({ hasText: '年度劳模体检（第一批）' });
    await booked.getByText('已预约').waitFor({ timeout: PATIENCE });
    await booked.getByText('360.00').waitFor({ timeout: PATIENCE });
    await booked.getByText('840.00').waitFor({ timeout: PATIENCE });
  });
});
