import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { PATIENCE, sees, signIn } from '../support/pages.js';

const app = useBrowserApp();

describe('the administrator keeps 八分八有’s standards on the standards page', () => {
  it('raises the grassroots cadres’ yearly visits to three and renames a festival; both are kept', async () => {
    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'admin');
    await page.goto('/staff/care/standards');
    const quota = page.getByTestId('visit-quota-GRASSROOTS');
    await quota.getByTestId('quota-per-year').locator('input').fill('3');
    await quota.getByRole('button', { name: '保存' }).click();
    await sees(page, '已办理');
    await expect.poll(() => quota.getByRole('button', { name: '保存' }).isDisabled(), { timeout: PATIENCE }).toBe(true);
    const festival = page.getByTestId('festival-DOUBLE_NINTH');
    await festival.getByTestId('festival-name').locator('input').fill('重阳节（敬老）');
    await festival.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => festival.getByRole('button', { name: '保存' }).isDisabled(), { timeout: PATIENCE }).toBe(true);

    await page.reload();
    await page.getByTestId('visit-quota-GRASSROOTS').getByTestId('quota-per-year').locator('input').waitFor({ timeout: PATIENCE });
    await expect.poll(() => page.getByTestId('visit-quota-GRASSROOTS').getByTestId('quota-per-year').locator('input').inputValue(), { timeout: PATIENCE }).toBe('3');
    await expect.poll(() => page.getByTestId('festival-DOUBLE_NINTH').getByTestId('festival-name').locator('input').inputValue(), { timeout: PATIENCE }).toBe('重阳节（敬老）');
  });
});
