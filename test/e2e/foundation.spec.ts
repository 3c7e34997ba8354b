import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { PATIENCE, sees } from '../support/pages.js';

const app = useBrowserApp();

describe('a member of the public, on a phone', () => {
  it('opens the home page, registers with a code sent to their phone, signs out and signs in again', async () => {
    const page = await app.browser.page({ phone: true, baseURL: app.t.url });
    await page.goto('/');
    expect(await page.getByRole('heading', { name: '劳模评选与服务平台' }).first().isVisible()).toBe(true);
    expect(await page.getByText('一报告 · 两审核 · 三公示').isVisible()).toBe(true);

    await page.goto('/register');
    await page.getByPlaceholder('11 位手机号').fill('13911112222');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await expect.poll(() => app.t.sms.lastCode('13911112222'), { timeout: PATIENCE }).toMatch(/^\d{6}$/);
    await page.getByPlaceholder('6 位数字').fill(app.t.sms.lastCode('13911112222')!);
    await page.getByPlaceholder('在评论中会以遮挡形式显示，如 李○明').fill('李明');
    const passwords = page.locator('input[type="password"]');
    await passwords.nth(0).fill('secret-pass-1');
    await passwords.nth(1).fill('secret-pass-1');
    await page.getByText(/我已阅读并同意/).click();
    await page.getByRole('button', { name: '注册并登录' }).click();
    await sees(page, '李明');

    const who = await fetch(`${app.t.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie: (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ') },
      body: JSON.stringify({ query: '{ viewer { account { displayName kind } } }' }),
    }).then((r) => r.json());
    expect(who.data.viewer.account).toEqual({ displayName: '李明', kind: 'PUBLIC' });

    await page.context().clearCookies();
    await page.goto('/signin');
    await page.getByPlaceholder('请输入手机号或用户名').fill('13911112222');
    await page.getByPlaceholder('请输入密码').fill('secret-pass-1');
    await page.getByRole('button', { name: '登录' }).last().click();
    await sees(page, '欢迎回来，李明');
  });
});
