import { describe, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { sees, signIn } from '../support/pages.js';
import { beijingYear, CHAOYANG, newModelWorker, setCareBudget } from '../support/testkit/index.js';

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
});
