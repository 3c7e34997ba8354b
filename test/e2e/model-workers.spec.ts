import { describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { Honor } from '@laomo/server/modules/honor/honor.entity.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerHonor } from '@laomo/server/modules/registry/model-worker-honor.entity.js';
import { Gender } from '@laomo/server/modules/registry/registry.enums.js';
import { choose, PATIENCE, pageText as text, sees, signIn } from '../support/pages.js';

const app = useBrowserApp();

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

  it('a member of the public claims their record by the phone on it, consents with a photo, and their profile shows them', async () => {
    const em = app.t.app.orm.em.fork();
    const unit = await em.findOneOrFail(Organization, { name: '北京燕京精密机械有限公司工会' });
    const worker = em.create(ModelWorker, { name: '郑美玲', gender: Gender.FEMALE, organization: unit, employerName: '北京燕京精密机械有限公司', post: '检验员', phone: '13500000077' });
    em.create(ModelWorkerHonor, { modelWorker: worker, honor: await em.findOneOrFail(Honor, { code: 'BJ_MODEL_WORKER' }), year: 2010 });
    await em.flush();

    const page = await app.browser.page({ phone: true, baseURL: app.t.url });
    await signIn(page, 'public');
    await page.goto('/me');
    await sees(page, '我的劳模档案');
    await page.locator('input[name="phone"]').fill('13500000077');
    await page.getByRole('button', { name: '获取验证码' }).click();
    await expect.poll(() => app.t.sms.lastCode('13500000077'), { timeout: PATIENCE }).toBeTruthy();
    await page.locator('input[name="code"]').fill(app.t.sms.lastCode('13500000077')!);
    await page.getByRole('button', { name: '认领档案' }).click();
    await sees(page, '您的账号已关联劳模档案：郑美玲。');

    await page.getByRole('switch').click();
    await page.getByRole('textbox').fill('三十年如一日把好质量关。');
    const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
    await page.locator('input[type=file]').setInputFiles({ name: '照片.png', mimeType: 'image/png', buffer: pixel });
    await sees(page, '照片.png');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('link', { name: '查看我的公开介绍' }).click();
    await sees(page, '三十年如一日把好质量关。');
    expect(await page.getByRole('heading', { name: '郑美玲' }).isVisible()).toBe(true);
    // The photo loads on the profile (anyone may load it while the profile is public: test/api/profile).
    const photo = page.getByRole('img', { name: '郑美玲的照片' });
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { timeout: PATIENCE }).toBe(1);
  });
});
