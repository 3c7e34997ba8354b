import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';

const app = useBrowserApp();

describe('an administrator keeps the working-day calendar', () => {
  it('adds a holiday in the page, sees a period of working days move past it, and removes it again', async () => {
    const page = await app.browser.page({ baseURL: app.t.url });
    await page.goto('/signin');
    await page.getByPlaceholder('请输入手机号或用户名').fill('admin');
    await page.getByPlaceholder('请输入密码').fill('Laomo@2026');
    await page.getByRole('button', { name: '登录' }).last().click();
    await expect.poll(() => page.evaluate(() => document.body.innerText)).toContain('欢迎回来');
    await page.goto('/staff/calendar');
    await expect.poll(() => page.evaluate(() => document.body.innerText)).toContain('春节');

    const period = `{ workingPeriod(start: "2026-12-28", workingDays: 5) { end } }`;
    expect((await app.t.anonymous().ok(period)).workingPeriod.end).toBe('2027-01-01');

    await page.getByPlaceholder('选择日期').first().fill('2026-12-31');
    await page.keyboard.press('Enter');
    await page.getByPlaceholder('如 春节、调休上班').fill('临时休假');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.evaluate(() => document.body.innerText)).toContain('已保存 2026-12-31');
    await expect.poll(() => page.getByRole('row', { name: /2026-12-31/ }).count()).toBe(1);
    expect((await app.t.anonymous().ok(period)).workingPeriod.end).toBe('2027-01-04');

    await page.getByRole('row', { name: /2026-12-31/ }).getByRole('button', { name: '删除' }).click();
    await page.getByRole('button', { name: '确认' }).click();
    await expect.poll(() => page.getByRole('row', { name: /2026-12-31/ }).count()).toBe(0);
    expect((await app.t.anonymous().ok(period)).workingPeriod.end).toBe('2027-01-01');
  });
});
