import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { sees, signIn } from '../support/pages.js';
import { beijingYear, CHAOYANG, CITY, newModelWorker, setCareBudget } from '../support/testkit/index.js';

const app = useBrowserApp();

describe('care money in the staff pages', () => {
  it('a grant goes from the unit’s application form to the district’s payment', async () => {
    await newModelWorker(app.t, 'e2e-grant', ['BJ_MODEL_WORKER']);
    await setCareBudget(app.t, 'chaoyang', CHAOYANG, beijingYear(), 100_000);
    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'unit');
    await page.goto('/staff/care/grants/apply');
    await page.getByTestId('apply-worker').click();
    await page.keyboard.type('钱学文');
    await page.locator('.n-base-select-option', { hasText: '钱学文' }).first().click();
    await page.getByTestId('apply-cause').click();
    await page.locator('.n-base-select-option', { hasText: '去世慰问' }).click();
    await page.getByTestId('apply-description').locator('textarea').fill('家属报告劳模去世，申请慰问金');
    await page.getByRole('button', { name: '提交申请' }).click();
    await sees(page, '已提交，按标准救助 3000 元');

    const district = await app.browser.page({ baseURL: app.t.url });
    await signIn(district, 'chaoyang');
    await district.goto('/staff/care/grants');
    const row = district.locator('tr', { hasText: '去世慰问' }).first();
    for (const [action, state] of [['审核', '区总工会已审核'], ['批准', '已批准'], ['发放', '已发放']]) {
      await row.getByRole('button', { name: action }).click();
      await row.getByText(state, { exact: true }).waitFor();
    }
  });

  it('a roll goes from generation to the payment file, and is marked paid', async () => {
    await setCareBudget(app.t, 'city', CITY, 2030, 100_000_000);
    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'city');
    await page.goto('/staff/care/rolls');
    await page.getByTestId('roll-kind').click();
    await page.locator('.n-base-select-option', { hasText: '春节慰问金' }).click();
    await page.getByTestId('roll-year').locator('input').fill('2030');
    await page.getByRole('button', { name: '生成名册' }).click();
    const roll = page.getByTestId('roll-春节慰问金-2030');
    await roll.waitFor();
    // The people on it are read when the list is opened, a page at a time.
    await roll.locator('summary').click();
    await roll.locator('.care-roll-lines li').first().waitFor();
    await roll.getByRole('button', { name: '审核' }).click();
    await roll.getByText('已审核', { exact: true }).waitFor();
    await roll.getByRole('button', { name: '批准' }).click();
    await roll.getByText('已批准', { exact: true }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), roll.getByRole('button', { name: '导出发放文件' }).click()]);
    expect(download.suggestedFilename()).toBe('春节慰问金-2030.csv');
    await roll.getByText('已导出', { exact: true }).waitFor();
    await roll.getByRole('button', { name: '标记已发放' }).click();
    await roll.getByText('已发放', { exact: true }).waitFor();
  });
});
