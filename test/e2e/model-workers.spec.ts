import { describe, expect, it } from 'vitest';
import type { TestBrowser } from '../support/browser.js';
import { useBrowserApp } from '../support/browser-app.js';
import { PATIENCE, pageText as text, sees } from '../support/pages.js';

const app = useBrowserApp();

type Page = Awaited<ReturnType<TestBrowser['page']>>;

/** Opens a naive-ui select by what it shows and picks an option by its text (the menu's options carry no ARIA role). */
async function choose(page: Page, shown: string, option: RegExp | string) {
  await page.locator('.n-base-selection', { hasText: shown }).click();
  await page.locator('.n-base-select-option', { hasText: option }).click();
}

describe('劳模风采', () => {
  it('a visitor on a phone goes from the home page to the list, filters it and opens a profile with no personal field', async () => {
    const page = await app.browser.page({ phone: true, baseURL: app.t.url });
    await page.goto('/');
    await page.getByRole('link', { name: /认识身边的劳模/ }).click();
    await page.waitForURL('**/model-workers');
    await sees(page, /共 \d+ 位劳模/);

    await choose(page, '全部区县（系统）', '朝阳区总工会');
    await page.waitForURL(/district=/);
    await choose(page, '全部级别', '全国');
    await page.waitForURL(/level=NATIONAL/);
    await choose(page, '全部行业', '制造业');
    await page.waitForURL(/industry=MANUFACTURING/);
    const cards = () => page.locator('.profile-list__card').allInnerTexts();
    // Every card shown is in 朝阳区, in manufacturing and holds a national honor; the demo model worker is among them.
    await expect.poll(async () => { const shown = await cards(); return shown.length > 0 && shown.every((c) => c.includes('朝阳区') && c.includes('全国') && c.includes('制造业')); }, { timeout: PATIENCE })
      .toBe(true);
    expect((await cards()).join('\n')).toContain('张建国');

    await page.getByRole('link', { name: /张建国/ }).click();
    await page.waitForURL(/\/model-workers\/[^/?]+$/);
    await sees(page, '先进事迹');
    expect(await page.getByRole('heading', { name: '张建国' }).isVisible()).toBe(true);
    const shown = await text(page);
    expect(shown).toContain('三十年扎根数控加工一线');
    expect(shown).toContain('全国五一劳动奖章');
    // Never a personal field: his phone and birth date are on record, and not on the page.
    expect(shown).not.toContain('13800000002');
    expect(shown).not.toContain('1972');
    await page.getByRole('link', { name: '张建国劳模创新工作室' }).click();
    await page.waitForURL(/\/studios\//);
  });
});
