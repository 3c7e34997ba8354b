import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';

const app = useBrowserApp();
const text = (page: { evaluate: (f: () => string) => Promise<string> }) => () => page.evaluate(() => document.body.innerText);

/** From the sign-in page, "忘记密码？": a code by SMS to `phone`, then `password` twice (the new password is not yet submitted). */
async function startReset(page: Awaited<ReturnType<typeof app.browser.page>>, phone: string, password: string) {
  await page.goto('/signin');
  await page.getByRole('link', { name: '忘记密码？' }).click();
  await page.getByPlaceholder('11 位手机号').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect.poll(() => app.t.sms.lastCode(phone)).toMatch(/^\d{6}$/);
  await page.getByPlaceholder('6 位数字').fill(app.t.sms.lastCode(phone)!);
  const passwords = page.locator('input[type="password"]');
  await passwords.nth(0).fill(password);
  await passwords.nth(1).fill(password);
  return passwords;
}

describe('a person keeps their password in the pages', () => {
  it('forgets it, resets it by SMS from the sign-in page, then changes it and signs out their other devices', async () => {
    const page = await app.browser.page({ baseURL: app.t.url });
    const passwords = await startReset(page, '13800000003', 'password');
    await page.getByRole('button', { name: '设置新密码并登录' }).click();
    await expect.poll(text(page)).toContain('密码太容易被猜到');
    await passwords.nth(0).fill('Maple-river-lantern-4');
    await passwords.nth(1).fill('Maple-river-lantern-4');
    await page.getByRole('button', { name: '设置新密码并登录' }).click();
    await expect.poll(text(page)).toContain('密码已重设，您已登录');

    // Another device is signed in; the account page signs it out.
    const other = await app.t.anonymous().signIn('public', 'Maple-river-lantern-4');
    await page.goto('/account');
    await page.getByRole('button', { name: '退出其他设备上的登录' }).click();
    await expect.poll(text(page)).toContain('已退出其他 1 处登录');
    expect((await other.ok('{ viewer { account { id } } }')).viewer.account).toBeNull();

    const fields = page.locator('input[type="password"]');
    await fields.nth(0).fill('Maple-river-lantern-4');
    await fields.nth(1).fill('Quiet-harbor-bridge-9');
    await fields.nth(2).fill('Quiet-harbor-bridge-9');
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect.poll(text(page)).toContain('密码已修改');
    await app.t.anonymous().signIn('public', 'Quiet-harbor-bridge-9');
  });

  it('a new staff account is sent to choose its own password before anything else', async () => {
    const admin = await app.t.as('admin');
    const city = (await admin.ok(`{ organizations(kind: CITY_FEDERATION, first: 1) { nodes { id } } }`)).organizations.nodes[0].id;
    const made = await admin.ok(`mutation($input: StaffAccountCreateInput!) { staffAccountCreate(input: $input) { userErrors { code } } }`, {
      input: { username: 'firstday', displayName: '新同事', password: 'Given-by-admin-42', roleGrants: [{ role: 'CITY_STAFF', organization: city }] },
    });
    expect(made.staffAccountCreate.userErrors).toEqual([]);
    const page = await app.browser.page({ baseURL: app.t.url });
    await page.goto('/signin');
    await page.getByPlaceholder('请输入手机号或用户名').fill('firstday');
    await page.getByPlaceholder('请输入密码').fill('Given-by-admin-42');
    await page.getByRole('button', { name: '登录' }).last().click();
    await expect.poll(text(page)).toContain('请先设置您自己的密码');
    // Every other page leads back here until the password is set.
    await page.goto('/staff/campaigns');
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/\/account$/);
    const fields = page.locator('input[type="password"]');
    await fields.nth(0).fill('Given-by-admin-42');
    await fields.nth(1).fill('Chosen-by-myself-77');
    await fields.nth(2).fill('Chosen-by-myself-77');
    await page.getByRole('button', { name: '修改密码' }).click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/\/staff$/);
    // The message says so in the staff area it was sent on to, not only on the page it left.
    await expect.poll(text(page), { timeout: 10_000 }).toContain('密码已修改');
  });

  it('a staff member who resets a forgotten password is sent to the staff area, and told so there', async () => {
    const admin = await app.t.as('admin');
    const city = (await admin.ok(`{ organizations(kind: CITY_FEDERATION, first: 1) { nodes { id } } }`)).organizations.nodes[0].id;
    const made = await admin.ok(`mutation($input: StaffAccountCreateInput!) { staffAccountCreate(input: $input) { userErrors { code } } }`, {
      input: { username: 'forgetful', displayName: '健忘的同事', phone: '13900000077', password: 'Given-by-admin-43', roleGrants: [{ role: 'CITY_STAFF', organization: city }] },
    });
    expect(made.staffAccountCreate.userErrors).toEqual([]);
    const page = await app.browser.page({ baseURL: app.t.url });
    await startReset(page, '13900000077', 'Copper-meadow-signal-5');
    await page.getByRole('button', { name: '设置新密码并登录' }).click();
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/\/staff$/);
    await expect.poll(text(page), { timeout: 10_000 }).toContain('密码已重设，您已登录');
  });
});
