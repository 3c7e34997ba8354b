import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { sees, signIn } from '../support/pages.js';

const app = useBrowserApp();

describe('hardship grants, on the district’s staff page', () => {
  it('the district sees the application with the rule’s amount, reviews it, and returns it with a reason', async () => {
    // The demo model worker applies for themself: 12,000 yuan self-paid → 25% = 3,000 yuan.
    const worker = await app.t.as('modelworker');
    const applied = await worker.ok(`mutation { grantApply(input: { cause: OWN_SERIOUS_ILLNESS, claimedYuan: 12000, description: "住院治疗，附医院收费票据" }) {
      application { id } userErrors { code } } }`);
    expect(applied.grantApply.userErrors).toEqual([]);
    const id = applied.grantApply.application.id;

    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'chaoyang');
    await page.goto('/staff/care/grants');
    const row = page.getByTestId(`grant-${id}`);
    await row.getByText('3000', { exact: true }).waitFor();
    await row.getByText('本人重大疾病自付 12,000 元（不低于 10,000 元），按 25% 计 3,000 元').waitFor();
    await row.getByRole('button', { name: '审核' }).click();
    await row.getByText('区总工会已审核').waitFor();
    await row.getByRole('button', { name: '退回重审' }).click();
    await page.getByPlaceholder('请填写理由').fill('票据不全，请补充后重审');
    await page.getByRole('button', { name: '退回重审' }).last().click();
    await row.getByText('已申请', { exact: true }).waitFor();
    await sees(page, '劳模困难救助申请');
  });
});
