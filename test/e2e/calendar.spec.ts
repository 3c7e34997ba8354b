import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { sees, signIn } from '../support/pages.js';

const app = useBrowserApp();

describe('an administrator keeps the working-day calendar', () => {
  it('adds a holiday in the page, sees a period of working days move past it, and removes it again', async () => {
    const page = await app.browser.page({ baseURL: app.t.url });
    await signIn(page, 'admin');
    await sees(page, '欢迎回来');
    await page.goto('/staff/calendar');
    await sees(page, '春节');

    const period = `{ workingPeriod(start: "2026-12-28", workingDays: 5) { end } }`;
    expect((await app.t.anonymous().ok(period)).workingPeriod.end).toBe('2027-01-01');

    await page.getByPlaceholder('选择日期').first().fill('2026-12-31');
    await page.keyboard.press('Enter');
    await page.getByPlaceholder('如 春节、调休上班').fill('临时休假');
    await page.getByRole('button', { name: '保存' }).click();
    await sees(page, '已保存 2026-12-31');
    await page.getByRole('row', { name: /2026-12-31/ }).waitFor();
    expect((await app.t.anonymous().ok(period)).workingPeriod.end).toBe('2027-01-04');

    await page.getByRole('row', { name: /2026-12-31/ }).getByRole('button', { name: '删除' }).click();
    await page.getByRole('button', { name: '确认' }).click();
    await page.getByRole('row', { name: /2026-12-31/ }).waitFor({ state: 'detached' });
    expect((await app.t.anonymous().ok(period)).workingPeriod.end).toBe('2027-01-01');
  });
});
