import AxeBuilder from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { sees } from '../support/pages.js';
import { seedOpenNotice } from '../support/testkit/index.js';

const app = useBrowserApp();

/** WCAG 2.1 A and AA, as axe-core checks them. */
const STANDARD = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

describe('the public pages are accessible', () => {
  it('axe-core finds no WCAG A or AA violation on the home, notice, candidate, studio and suggestion pages, on a phone', async () => {
    const fx = await seedOpenNotice(app.t);
    app.t.clock.set('2026-03-03');
    const page = await app.browser.page({ phone: true, baseURL: app.t.url });
    const pages: [string, string][] = [
      ['/', '劳模'],
      ['/notices', '公示期'],
      [`/notices/${fx.notice}`, '公示对象'],
      [`/candidates/${fx.entries[0]}`, '王建国'],
      ['/studios', '创新工作室'],
      ['/suggestions', '建言'],
    ];
    const found: Record<string, string[]> = {};
    for (const [path, text] of pages) {
      await page.goto(path);
      await sees(page, text);
      // Pages fade in: judge the colours once every animation has finished, as a reader sees them.
      await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
      const { violations } = await new AxeBuilder({ page }).withTags(STANDARD).analyze();
      if (violations.length) {
        found[path] = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim()}`).join(' | ')}`);
      }
    }
    expect(found).toEqual({});
  });

  it('a comment’s “回复” and “举报” are tap targets of at least 44×44 on a phone', async () => {
    const fx = await seedOpenNotice(app.t);
    app.t.clock.set('2026-03-03');
    const author = await app.t.as('public');
    await author.ok(`mutation($input: CommentCreateInput!) { commentCreate(input: $input) { userErrors { code } } }`, {
      input: { entry: fx.entries[0], stance: 'SUPPORT', body: '扎根一线，值得学习。' },
    });
    const page = await app.browser.page({ phone: true, baseURL: app.t.url });
    // The author's own session, carried into the phone's browser.
    const [name, value] = author.cookieHeader.split(';')[0]!.split('=') as [string, string];
    await page.context().addCookies([{ name, value, url: app.t.url }]);
    await page.goto(`/candidates/${fx.entries[0]}`);
    await sees(page, '扎根一线，值得学习。');
    for (const name of ['回复', '举报']) {
      const box = await page.getByRole('button', { name, exact: true }).first().boundingBox();
      expect(box, name).not.toBeNull();
      expect(box!.width, name).toBeGreaterThanOrEqual(44);
      expect(box!.height, name).toBeGreaterThanOrEqual(44);
    }
  });
});
