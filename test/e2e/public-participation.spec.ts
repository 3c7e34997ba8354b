import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { PATIENCE, pageText as bodyText, sees, signIn } from '../support/pages.js';
import { seedOpenNotice, type NoticeFixture } from '../support/testkit/index.js';

const app = useBrowserApp();
let fx: NoticeFixture;

beforeAll(async () => {
  fx = await seedOpenNotice(app.t, { candidates: 3, voting: { opensAt: '2026-03-02T09:00:00+08:00', closesAt: '2026-03-06T17:00:00+08:00' } });
});

/**
 * Signs in at the real time, then moves the clock into the notice's period: the session cookie's
 * expiry is dated by the server's clock, and a browser drops a cookie that expired by its own.
 */
async function duringNotice(enter: () => Promise<void>) {
  app.t.clock.set(new Date());
  await enter();
  app.t.clock.set('2026-03-03');
}


describe('public participation in a notice', () => {
  it('a member of the public reads a notice on a phone, comments, votes and objects; staff uphold the objection and the candidate is shown withdrawn', async () => {
    const phone = await app.browser.page({ phone: true, baseURL: app.t.url });
    await duringNotice(async () => {
      await phone.goto('/register');
      await phone.getByPlaceholder('11 位手机号').fill('13922223333');
      await phone.getByRole('button', { name: '获取验证码' }).click();
      await expect.poll(() => app.t.sms.lastCode('13922223333'), { timeout: PATIENCE }).toMatch(/^\d{6}$/);
      await phone.getByPlaceholder('6 位数字').fill(app.t.sms.lastCode('13922223333')!);
      await phone.getByPlaceholder('在评论中会以遮挡形式显示，如 李○明').fill('赵卫国');
      const passwords = phone.locator('input[type="password"]');
      await passwords.nth(0).fill('secret-pass-2');
      await passwords.nth(1).fill('secret-pass-2');
      await phone.getByText(/我已阅读并同意/).click();
      await phone.getByRole('button', { name: '注册并登录' }).click();
      await sees(phone, '赵卫国');
    });

    await phone.goto('/notices');
    await phone.getByText('朝阳区2026年北京市劳动模范推荐人选公示').first().click();
    await sees(phone, '如何反映异议');
    expect(await bodyText(phone)).toContain('剩余 4 个工作日');
    expect(await bodyText(phone)).toContain('010-8599 0000');
    expect(await phone.getByText('1. 王建国').isVisible()).toBe(true);

    await phone.getByRole('button', { name: '投票' }).first().click();
    // A vote is final: the page asks first, naming the candidate.
    await phone.locator('.n-dialog', { hasText: '确定投票给 王建国' }).getByRole('button', { name: '确定' }).click();
    await sees(phone, '剩余 9 票');
    expect(await bodyText(phone)).toContain('已投票');

    await phone.getByText('1. 王建国').click();
    await phone.getByPlaceholder(/请文明发言/).fill('<script>alert(1)</script>王师傅技术过硬，支持！');
    await phone.getByRole('button', { name: '发表评论' }).click();
    await sees(phone, '<script>alert(1)</script>王师傅技术过硬，支持！');
    expect(await bodyText(phone)).toContain('赵○国');

    // Reporting a comment asks why; a blank reason is refused by the server and said beside the field.
    const comment = phone.locator('.comment-item', { hasText: '王师傅技术过硬' });
    await comment.getByRole('button', { name: '举报' }).click();
    await comment.getByRole('button', { name: '提交举报' }).click();
    await sees(phone, '请写明举报理由');
    await comment.getByRole('textbox', { name: /举报理由/ }).fill('测试举报：内容与候选人无关');
    await comment.getByRole('button', { name: '提交举报' }).click();
    await sees(phone, '已收到您的举报');

    await phone.getByRole('button', { name: '反映异议' }).click();
    await phone.getByPlaceholder(/请写明具体事实/).fill('该候选人申报的主轴加工攻关成果实际由其他班组完成，有当时的项目记录可查。');
    await phone.getByRole('textbox').nth(1).fill('赵卫国');
    await phone.getByRole('textbox').nth(2).fill('13922223333');
    await phone.getByRole('button', { name: '提交异议' }).click();
    await sees(phone, '异议已提交');

    const desk = await app.browser.page({ baseURL: app.t.url });
    await duringNotice(async () => {
      await signIn(desk, 'chaoyang');
    });
    await desk.goto('/staff/objections');
    await desk.getByRole('link', { name: '王建国' }).click();
    await sees(desk, '主轴加工攻关成果');
    expect(await bodyText(desk)).toContain('赵卫国（13922223333）');
    await desk.getByPlaceholder(/写明核查情况和结论/).fill('经调查核实，反映问题属实，撤销该同志的推荐资格。');
    await desk.getByRole('button', { name: '异议成立（撤销推荐）' }).click();
    // Upholding cannot be taken back: the page asks first.
    await desk.locator('.n-dialog', { hasText: '确认异议成立' }).getByRole('button', { name: '确定' }).click();
    // The decision's status, not the button's label ("异议成立（撤销推荐）"), which shows before it is taken.
    await desk.getByText('异议成立', { exact: true }).first().waitFor();

    await phone.goto(`/notices/${fx.notice}`);
    await sees(phone, '已撤销');
    // The personal area holds what they said and voted, and leads to their objections.
    await phone.getByRole('button', { name: '打开菜单' }).click();
    await phone.getByRole('link', { name: '个人中心' }).click();
    await phone.locator('.n-card', { hasText: '我的评论' }).getByText('<script>alert(1)</script>王师傅技术过硬，支持！').waitFor();
    await phone.locator('.n-card', { hasText: '我的投票' }).getByRole('link', { name: '王建国' }).waitFor();
    await phone.getByRole('link', { name: '我的异议' }).click();
    await sees(phone, '经调查核实，反映问题属实');
  });
});
