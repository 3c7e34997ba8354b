import type { Locator } from 'playwright-core';
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

  it('sets 五一’s amount for national model workers and the death condolence; a figure a rule needs cannot be cleared', async () => {
    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'admin');
    await page.goto('/staff/care/standards');
    const saved = async (row: Locator) => {
      await row.getByRole('button', { name: '保存' }).click();
      await expect.poll(() => row.getByRole('button', { name: '保存' }).isDisabled(), { timeout: PATIENCE }).toBe(true);
    };
    const mayDay = page.getByTestId('allowance-kind-MAY_DAY');
    await mayDay.getByTestId('kind-nationalYuan').locator('input').fill('2000');
    await saved(mayDay);
    const death = page.getByTestId('grant-rule-DEATH');
    await death.getByTestId('rule-amountYuan').locator('input').fill('3500');
    await saved(death);
    // The fire grant is paid from a threshold of losses: the server refuses to clear it, and the page says so.
    const fire = page.getByTestId('grant-rule-HOME_FIRE');
    await fire.getByTestId('rule-thresholdYuan').locator('input').fill('');
    await fire.getByRole('button', { name: '保存' }).click();
    await sees(page, '该救助标准须设定此项数额');

    await page.reload();
    const value = (row: string, field: string) => page.getByTestId(row).getByTestId(field).locator('input');
    await value('allowance-kind-MAY_DAY', 'kind-nationalYuan').waitFor({ timeout: PATIENCE });
    await expect.poll(() => value('allowance-kind-MAY_DAY', 'kind-nationalYuan').inputValue(), { timeout: PATIENCE }).toBe('2000');
    expect(await value('allowance-kind-MAY_DAY', 'kind-municipalYuan').inputValue()).toBe('');
    expect(await value('grant-rule-DEATH', 'rule-amountYuan').inputValue()).toBe('3500');
    expect(await value('grant-rule-HOME_FIRE', 'rule-thresholdYuan').inputValue()).toBe('10000');
    // A rule offers only the figures it is computed by: the death condolence has no threshold.
    expect(await page.getByTestId('grant-rule-DEATH').getByTestId('rule-thresholdYuan').count()).toBe(0);
  });
});
