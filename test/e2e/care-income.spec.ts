import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { sees, signIn } from '../support/pages.js';
import { newModelWorker } from '../support/testkit/index.js';

const app = useBrowserApp();

describe('the living-hardship figures and the income they are read against, in the staff pages', () => {
  it('the administrator sets the year’s figures on the standards page', async () => {
    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'admin');
    await page.goto('/staff/care/standards');
    const card = page.getByTestId('hardship-figures');
    await card.getByTestId('figure-year').locator('input').fill('2033');
    await card.getByTestId('figure-average-wage').locator('input').fill('11000');
    await card.getByTestId('figure-pension-level').locator('input').fill('4500');
    await card.getByTestId('figure-basic-pension').locator('input').fill('3800');
    await card.getByRole('button', { name: '保存' }).click();
    const row = card.locator('tbody tr', { hasText: '2033' }).first();
    await row.getByText('11000', { exact: true }).waitFor();
    expect(await row.locator('td').allInnerTexts()).toEqual(['2033', '11000', '4500', '3800']);
    // Kept on the server, not only on the page.
    await page.reload();
    await page.getByTestId('hardship-figures').locator('tbody tr', { hasText: '11000' }).first().waitFor();
  });

  it('the unit’s office enters a model worker’s pension, and sees the figure it may see', async () => {
    await newModelWorker(app.t, 'e2e-income', ['BJ_MODEL_WORKER']);
    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'unit');
    await page.goto('/staff/care/income');
    await page.getByTestId('care-worker-select').click();
    await page.keyboard.type('钱学文');
    await page.locator('.n-base-select-option', { hasText: '钱学文' }).first().click();
    await page.getByTestId('income-retired').click();
    await page.getByTestId('income-monthly').locator('input').fill('3200');
    await page.getByRole('button', { name: '保存' }).click();
    await sees(page, '养老金 3200 元/月');
    await page.getByTestId('income-history').locator('tr', { hasText: '3200' }).waitFor();
    // Read back from the server when the person is picked again.
    await page.reload();
    await page.getByTestId('care-worker-select').click();
    await page.keyboard.type('钱学文');
    await page.locator('.n-base-select-option', { hasText: '钱学文' }).first().click();
    const row = page.getByTestId('income-history').locator('tbody tr').first();
    await row.getByText('3200').waitFor();
    expect(await row.locator('td').allInnerTexts()).toEqual([String(new Date().getFullYear()), '养老金', '3200']);
  });
});
