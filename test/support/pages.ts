import type { Page } from 'playwright-core';

/**
 * How long a browser test waits for what the user would see. On a two-core machine shared with
 * builds and other test runs a page can take many seconds to answer, so every wait is this
 * generous; a test that is right passes as soon as the page shows the text, whatever the limit.
 */
export const PATIENCE = 60_000;

/**
 * Waits until the page shows `text` (a substring, or a pattern) in a visible element: Playwright's
 * auto-waiting locator, not a poll that gives up after vitest's default second.
 */
export async function sees(page: Page, text: string | RegExp, timeout = PATIENCE): Promise<void> {
  await page.getByText(text).filter({ visible: true }).first().waitFor({ state: 'visible', timeout });
}

/** Signs a demo account (or any login) in through the sign-in form and waits until the app has left it. */
export async function signIn(page: Page, login: string, password = 'Laomo@2026'): Promise<void> {
  await page.goto('/signin');
  await page.getByPlaceholder('请输入手机号或用户名').fill(login);
  await page.getByPlaceholder('请输入密码').fill(password);
  await page.getByRole('button', { name: '登录' }).last().click();
  await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

/** Everything the page shows as text, for assertions made after a `sees` has waited for the page. */
export const pageText = (page: Page): Promise<string> => page.evaluate(() => document.body.innerText);

/** Opens a naive-ui select by what it shows and picks an option by its text (the menu's options carry no ARIA role). */
export async function choose(page: Page, shown: string, option: RegExp | string): Promise<void> {
  await page.locator('.n-base-selection', { hasText: shown }).click();
  await page.locator('.n-base-select-option', { hasText: option }).click();
}

/** On a record's 管理与报告 tab (already open), asks another union to keep the record: picks it by name, gives the reason, sends. */
export async function requestTransfer(page: Page, to: string, reason: string): Promise<void> {
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: '申请移交' }) });
  await form.locator('.n-base-selection').last().click();
  await page.keyboard.type(to);
  await page.locator('.n-base-select-option', { hasText: new RegExp(`${to}$`) }).click();
  await form.locator('textarea').fill(reason);
  await form.getByRole('button', { name: '申请移交' }).click();
}
