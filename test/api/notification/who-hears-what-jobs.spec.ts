import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deliverNow, newCareWorker, seedOpenNotice, SET_PREFERENCE, startTestApp, toldOf, type NoticeFixture, type TestApp,
} from '../../support/testkit/index.js';
import { remindOfYearlyUpdate } from '@laomo/server/modules/registry/registry-yearly-reminder.js';
import { STILL_OPEN_AFTER_WORKING_DAYS, tellOfObjectionsStillOpen } from '@laomo/server/modules/objection/objection-deadlines.js';
import { remindOfRecuperationRotation, remindOfVisitCoverage } from '@laomo/server/modules/care/care-reminders.js';
import { NotificationKind } from '@laomo/server/modules/notification/notification.enums.js';
import { headline, smsText } from '@laomo/server/modules/notification/notification-texts.js';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';

/**
 * The rows of who-hears-what.ts told by scheduled jobs (issue #15): each tells exactly its parties,
 * once per event however often and however concurrently its job runs, and nobody else (every kind's
 * notifications are read whole, not filtered to the expected people).
 */
let t: TestApp;
beforeAll(async () => { t = await startTestApp(); }, 120_000);
afterAll(async () => { await t?.close(); });

const heard = async (kind: string) => (await toldOf(t, kind)).map((n) => n.username).sort();
const sql = <T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> =>
  t.app.orm.em.fork().getConnection().execute(query, params);
const accountOf = async (username: string) => (await sql<{ id: string }>(`select id from account where username = ?`, [username]))[0]!.id;
/** Runs a job's work twice at once and once more: what it returns in all is what it told. */
const thrice = async (run: () => Promise<number>) => {
  const [a, b] = await Promise.all([run(), run()]);
  return a + b + (await run());
};

const CONFIRM = `mutation($input: ModelWorkerConfirmInput!) { modelWorkerConfirm(input: $input) { userErrors { code } } }`;
const workerId = async (name: string) => toGlobalId('ModelWorker', (await sql<{ id: string }>(`select id from model_worker where name = ?`, [name]))[0]!.id);
const workerOf = async (username: string) => (await sql<{ name: string }>(
  `select w.name from model_worker w join account a on a.id = w.account_id where a.username = ?`, [username]))[0]!.name;

describe("the registry's yearly update (December)", () => {
  beforeAll(async () => {
    t.clock.set('2026-11-20T10:00:00+08:00');
    // Kept at 燕京 (the demo unit): one pending with an account, one deceased, one whose account is disabled.
    await newCareWorker(t, '年度更新甲');
    await newCareWorker(t, '年度更新乙');
    await newCareWorker(t, '年度更新丙');
    await sql(`update model_worker set status = 'DECEASED' where name = '年度更新乙'`);
    await sql(`update account set disabled = true where username = '年度更新丙'`);
  });

  it('tells nobody before December', async () => {
    t.clock.set('2026-11-30T09:00:00+08:00');
    expect(await remindOfYearlyUpdate(t.app.orm, t.clock.now())).toBe(0);
    expect(await heard('REGISTRY_YEARLY_UPDATE')).toEqual([]);
  });

  it('from 1 December: each model worker with an account and a record not confirmed this year, once; never the confirmed, the dead or the disabled', async () => {
    t.clock.set('2026-12-01T08:00:00+08:00');
    // 陈国栋's keeper confirms his record this year first.
    const chen = await workerOf('chenguodong');
    expect((await (await t.as('xinpian')).ok(CONFIRM, { input: { modelWorker: await workerId(chen), category: 'EXEMPLARY', categoryReason: '年度核对无变化' } }))
      .modelWorkerConfirm.userErrors).toEqual([]);
    t.clock.set('2026-12-01T09:00:00+08:00');
    expect(await thrice(() => remindOfYearlyUpdate(t.app.orm, t.clock.now()))).toBeGreaterThan(0);
    expect(await heard('REGISTRY_YEARLY_UPDATE')).toEqual(['modelworker', 'yanghaiyan', '年度更新甲'].sort());
    const mine = await toldOf(t, 'REGISTRY_YEARLY_UPDATE');
    expect(mine.every((n) => n.link === '/me' && n.params.year === '2026')).toBe(true);
    // Later in the month, the same round adds nothing.
    t.clock.set('2026-12-15T09:00:00+08:00');
    expect(await remindOfYearlyUpdate(t.app.orm, t.clock.now())).toBe(0);
  });

  it("the keeping office's staff hear how many of its records wait, once per office; offices with none, and those above, hear nothing", async () => {
    const told = await toldOf(t, 'REGISTRY_YEARLY_PENDING');
    const byUser = Object.fromEntries(told.map((n) => [n.username, n]));
    expect(told.map((n) => n.username)).toHaveLength(new Set(told.map((n) => n.username)).size);
    // 燕京 keeps modelworker, two seeded records not confirmed this year, 甲 and 丙 (the dead 乙 is not kept).
    expect(byUser.unit).toMatchObject({ link: '/staff/registry/yearly', params: { year: '2026', count: '5' } });
    // 中关村芯片 keeps 杨海燕 (pending) and 陈国栋 (confirmed): one waits.
    expect(byUser.xinpian?.params.count).toBe('1');
    for (const nobody of ['city', 'admin', 'handler', 'modelworker', 'public', 'chenguodong']) expect(byUser[nobody], nobody).toBeUndefined();
    // Each told is staff of a keeper with records waiting, matched against the registry's own yearly view.
    const union = await sql<{ username: string }>(
      `select distinct a.username from role_grant g join account a on a.id = g.account_id
       where g.role in ('CITY_STAFF', 'DISTRICT_STAFF', 'UNIT_STAFF') and g.organization_id in
         (select organization_id from model_worker where status = 'ACTIVE' and (confirmed_year is null or confirmed_year < 2026))`,
    );
    expect(told.map((n) => n.username).sort()).toEqual(union.map((u) => u.username).sort());
  });

  it('from 24 December, once more to those still not confirmed', async () => {
    t.clock.set('2026-12-23T10:00:00+08:00');
    expect((await (await t.as('unit')).ok(CONFIRM, { input: { modelWorker: await workerId(await workerOf('modelworker')), category: 'EXEMPLARY', categoryReason: '年度核对无变化' } }))
      .modelWorkerConfirm.userErrors).toEqual([]);
    t.clock.set('2026-12-24T09:00:00+08:00');
    await thrice(() => remindOfYearlyUpdate(t.app.orm, t.clock.now()));
    expect(await heard('REGISTRY_YEARLY_UPDATE')).toEqual(['modelworker', 'yanghaiyan', 'yanghaiyan', '年度更新甲', '年度更新甲'].sort());
    const unitTold = (await toldOf(t, 'REGISTRY_YEARLY_PENDING')).filter((n) => n.username === 'unit');
    expect(unitTold.map((n) => n.params.count)).toEqual(['5', '4']);
    // The person sees it in their centre.
    const list = (await (await t.as('年度更新甲')).ok(`{ myNotifications(first: 5) { nodes { kind title link } } }`)).myNotifications.nodes;
    expect(list.filter((n: { kind: string }) => n.kind === 'REGISTRY_YEARLY_UPDATE')).toHaveLength(2);
  });
});

describe('an objection still open after its notice ended', () => {
  let fx: NoticeFixture;
  let open: string;

  beforeAll(async () => {
    fx = await seedOpenNotice(t, { candidates: 2, firstCandidate: 'modelworker' });
    t.clock.set('2026-03-04T10:00:00+08:00');
    const file = `mutation($input: ObjectionFileInput!) { objectionFile(input: $input) { objection { id } userErrors { code } } }`;
    open = (await (await t.as('public')).ok(file, {
      input: { entry: fx.entries[0], content: '该候选人所报成果系他人完成。', realName: true, objectorName: '孙丽', objectorContact: '13800000003' },
    })).objectionFile.objection.id;
    const lead = await (await t.as('employee')).ok(file, { input: { entry: fx.entries[1], content: '听说该同志的获奖证书有出入，请核实。', realName: false } });
    expect(lead.objectionFile.userErrors).toEqual([]);
    const decided = lead.objectionFile.objection.id;
    const dismissed = await (await t.as('chaoyang')).ok(
      `mutation($input: ObjectionDecideInput!) { objectionDismiss(input: $input) { userErrors { code } } }`,
      { input: { objection: decided, reply: '经核实，反映情况不属实。' } },
    );
    expect(dismissed.objectionDismiss.userErrors).toEqual([]);
  });

  it("tells the notice's staff once when the notice has ended, not before; a decided objection is not told", async () => {
    t.clock.set('2026-03-06T20:00:00+08:00');
    expect(await tellOfObjectionsStillOpen(t.app.orm, t.clock.now())).toBe(0);
    t.clock.set('2026-03-07T08:00:00+08:00');
    expect(await thrice(() => tellOfObjectionsStillOpen(t.app.orm, t.clock.now()))).toBe(1);
    const told = await toldOf(t, 'OBJECTION_STILL_OPEN');
    expect(told).toEqual([{ username: 'chaoyang', kind: 'OBJECTION_STILL_OPEN', link: `/staff/objections/${open}`, params: { title: expect.any(String), endsOn: '2026-03-06', since: '2026-03-04' } }]);
    expect(JSON.stringify(told)).not.toMatch(/孙丽|13800000003|他人完成/);
  });

  it(`and once more when still open ${STILL_OPEN_AFTER_WORKING_DAYS} working days later`, async () => {
    // Ended Friday 6 March: the fifth working day after is Friday 13 March.
    t.clock.set('2026-03-13T18:00:00+08:00');
    expect(await tellOfObjectionsStillOpen(t.app.orm, t.clock.now())).toBe(0);
    t.clock.set('2026-03-14T08:00:00+08:00');
    expect(await thrice(() => tellOfObjectionsStillOpen(t.app.orm, t.clock.now()))).toBe(1);
    t.clock.set('2026-03-30T08:00:00+08:00');
    expect(await tellOfObjectionsStillOpen(t.app.orm, t.clock.now())).toBe(0);
    expect(await heard('OBJECTION_STILL_OPEN')).toEqual(['chaoyang', 'chaoyang']);
  });

  it('once decided, nothing more', async () => {
    const upheld = await (await t.as('chaoyang')).ok(
      `mutation($input: ObjectionDecideInput!) { objectionUphold(input: $input) { userErrors { code } } }`,
      { input: { objection: open, reply: '经调查核实，反映问题属实。' } },
    );
    expect(upheld.objectionUphold.userErrors).toEqual([]);
    await sql(`delete from notification where kind = 'OBJECTION_STILL_OPEN'`);
    expect(await tellOfObjectionsStillOpen(t.app.orm, t.clock.now())).toBe(0);
  });
});

describe('care: one notice per keeping office and period, a count and no names', () => {
  beforeAll(async () => {
    t.clock.set('2026-12-02T10:00:00+08:00');
    // Two more at 燕京 who never had a recuperation nor a visit: still one notification for the office.
    await newCareWorker(t, '轮换待安排甲');
    await newCareWorker(t, '轮换待安排乙', { withAccount: false });
  });

  it('recuperation rotation: weekly, the count the office sees on its recuperation page', async () => {
    t.clock.set('2026-12-07T09:00:00+08:00');
    await thrice(() => remindOfRecuperationRotation(t.app.orm, t.clock.now()));
    const told = await toldOf(t, 'RECUPERATION_ROTATION_DUE');
    const names = told.map((n) => n.username);
    expect(names).toHaveLength(new Set(names).size);
    expect(names).toContain('unit');
    for (const nobody of ['modelworker', '轮换待安排甲', 'public', 'admin', 'handler']) expect(names).not.toContain(nobody);
    const unit = await t.as('unit');
    const page = (await unit.ok(`{ recuperationOverdue(first: 1) { totalCount } }`)).recuperationOverdue;
    expect(told.find((n) => n.username === 'unit')).toMatchObject({ link: '/staff/care/recuperation', params: { count: String(page.totalCount), date: '2026-12-07' } });
    expect(page.totalCount).toBeGreaterThanOrEqual(2);
    expect(JSON.stringify(told)).not.toMatch(/轮换待安排|张|王|李/);
    // Later that week nothing; the next week once more each.
    t.clock.set('2026-12-10T09:00:00+08:00');
    expect(await remindOfRecuperationRotation(t.app.orm, t.clock.now())).toBe(0);
    t.clock.set('2026-12-14T09:00:00+08:00');
    expect(await thrice(() => remindOfRecuperationRotation(t.app.orm, t.clock.now()))).toBe(told.length);
  });

  it('visit coverage: monthly, the count of the office’s own coverage page', async () => {
    t.clock.set('2026-12-01T09:00:00+08:00');
    await thrice(() => remindOfVisitCoverage(t.app.orm, t.clock.now()));
    const told = await toldOf(t, 'VISIT_COVERAGE_DUE');
    const names = told.map((n) => n.username);
    expect(names).toHaveLength(new Set(names).size);
    for (const nobody of ['modelworker', '轮换待安排甲', 'public', 'admin', 'handler']) expect(names).not.toContain(nobody);
    const unit = await t.as('unit');
    const page = (await unit.ok(`{ careCoverage(year: 2026, uncoveredOnly: true, first: 1) { totalCount } }`)).careCoverage;
    expect(page.totalCount).toBeGreaterThanOrEqual(2);
    expect(told.find((n) => n.username === 'unit')).toMatchObject({ link: '/staff/care/coverage', params: { count: String(page.totalCount), year: '2026' } });
    t.clock.set('2026-12-28T09:00:00+08:00');
    expect(await remindOfVisitCoverage(t.app.orm, t.clock.now())).toBe(0);
    t.clock.set('2027-01-01T09:00:00+08:00');
    expect(await remindOfVisitCoverage(t.app.orm, t.clock.now())).toBeGreaterThan(0);
  });
});

describe('SMS of these kinds', () => {
  it("every kind's SMS is its fixed headline and a link, in both languages: no placeholder can carry a field", () => {
    for (const kind of Object.values(NotificationKind)) {
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(headline(kind, locale), kind).not.toMatch(/[{}]/);
        expect(smsText(kind, locale, 'https://x.test')).toBe(locale === 'en'
          ? `[Laomo] ${headline(kind, locale)}. Details: https://x.test/notifications`
          : `【劳模平台】${headline(kind, locale)}，详情请登录查看：https://x.test/notifications`);
      }
    }
  });

  it('sent to staff who turned SMS on, carries none of the params (counts, titles, dates)', async () => {
    await sql(`update account set phone = '13900000101' where username = 'unit'`);
    const unit = await t.as('unit');
    // Two kinds (two notifications each): within the five SMS a person may get a day.
    for (const kind of ['REGISTRY_YEARLY_PENDING', 'VISIT_COVERAGE_DUE']) {
      expect((await unit.ok(SET_PREFERENCE, { input: { kind, channel: 'SMS', enabled: true } })).notificationPreferenceSet.userErrors).toEqual([]);
    }
    t.sms.sent.length = 0;
    await deliverNow(t);
    // (Besides the step of the file unit proposed, upheld above: NOMINATION_STEP is on SMS by default.)
    const nominationStep = smsText(NotificationKind.NOMINATION_STEP, 'zh-CN', 'http://localhost:4000');
    const toUnit = t.sms.sent.filter((m) => m.phone === '13900000101' && m.text !== nominationStep).map((m) => m.text);
    expect(toUnit.sort()).toEqual([
      '【劳模平台】有劳模信息待年度更新，详情请登录查看：http://localhost:4000/notifications',
      '【劳模平台】有劳模信息待年度更新，详情请登录查看：http://localhost:4000/notifications',
      '【劳模平台】有劳模尚未走访慰问，详情请登录查看：http://localhost:4000/notifications',
      '【劳模平台】有劳模尚未走访慰问，详情请登录查看：http://localhost:4000/notifications',
    ].sort());
    const params = (await toldOf(t)).flatMap((n) => Object.values(n.params)).filter((v) => v.length > 1);
    for (const text of t.sms.sent.map((m) => m.text)) for (const value of params) expect(text).not.toContain(value);
  });
});

describe('a disabled account is told nothing', () => {
  it('no notification is recorded for it, in the centre or anywhere', async () => {
    // 年度更新丙 was pending at both rounds of the yearly update, with an account, disabled.
    const id = await accountOf('年度更新丙');
    expect(await sql(`select 1 from notification where recipient_id = ?`, [id])).toEqual([]);
  });

  it('one disabled after it was told gets no SMS or e-mail of it; re-enabled, the centre still lists it', async () => {
    await sql(`update account set phone = '13900000102' where username = '年度更新甲'`);
    const worker = await t.as('年度更新甲');
    expect((await worker.ok(SET_PREFERENCE, { input: { kind: 'OBJECTION_STILL_OPEN', channel: 'SMS', enabled: true } })).notificationPreferenceSet.userErrors).toEqual([]);
    expect((await worker.ok(SET_PREFERENCE, { input: { kind: 'REGISTRY_YEARLY_UPDATE', channel: 'SMS', enabled: true } })).notificationPreferenceSet.userErrors).toEqual([]);
    const id = await accountOf('年度更新甲');
    // A new round next year tells it; the account is disabled before the outbox runs.
    t.clock.set('2027-12-01T09:00:00+08:00');
    await remindOfYearlyUpdate(t.app.orm, t.clock.now());
    await sql(`update account set disabled = true where id = ?`, [id]);
    t.sms.sent.length = 0;
    await deliverNow(t);
    expect(t.sms.sent.filter((m) => m.phone === '13900000102')).toEqual([]);
    const outcomes = await sql<{ channel: string; outcome: string }>(
      `select d.channel, d.outcome from notification_delivery d join notification n on n.id = d.notification_id
       where n.recipient_id = ? and n.dedup_key like 'REGISTRY_YEARLY_UPDATE:2027:%' order by d.channel::text`, [id],
    );
    expect(outcomes).toEqual([{ channel: 'EMAIL', outcome: 'ACCOUNT_DISABLED' }, { channel: 'SMS', outcome: 'ACCOUNT_DISABLED' }]);
    await sql(`update account set disabled = false where id = ?`, [id]);
  });
});

describe("a recipient's language", () => {
  it('is the one they last signed in with: what is sent to them comes in it', async () => {
    await sql(`update account set phone = '13900000103' where username = 'yanghaiyan'`);
    const english = await t.as('yanghaiyan', 'en');
    expect((await english.ok(SET_PREFERENCE, { input: { kind: 'REGISTRY_YEARLY_UPDATE', channel: 'SMS', enabled: true } })).notificationPreferenceSet.userErrors).toEqual([]);
    const locale = async () => (await sql<{ locale: string }>(
      `select s.locale from notification_settings s join account a on a.id = s.account_id where a.username = 'yanghaiyan'`))[0]?.locale;
    expect(await locale()).toBe('en');
    t.clock.set('2028-12-01T09:00:00+08:00');
    await remindOfYearlyUpdate(t.app.orm, t.clock.now());
    t.sms.sent.length = 0;
    await deliverNow(t);
    expect(t.sms.sent.filter((m) => m.phone === '13900000103').map((m) => m.text))
      .toEqual(['[Laomo] Please check your yearly registry record. Details: http://localhost:4000/notifications']);
    // Signing in again in Chinese switches back.
    await t.as('yanghaiyan', 'zh-CN');
    expect(await locale()).toBe('zh-CN');
  });

  it('is kept from registration too', async () => {
    const visitor = t.anonymous('en');
    await visitor.ok(`mutation { verificationCodeSend(input: { phone: "13912340001", purpose: REGISTER }) { sent } }`);
    const registered = await visitor.ok(`mutation($input: AccountRegisterInput!) { accountRegister(input: $input) { userErrors { code } } }`, {
      input: { phone: '13912340001', code: t.sms.lastCode('13912340001'), displayName: 'Li Lei', password: 'secret-pass-1', acceptTerms: true },
    });
    expect(registered.accountRegister.userErrors).toEqual([]);
    expect(await sql(`select s.locale from notification_settings s join account a on a.id = s.account_id where a.phone = '13912340001'`)).toEqual([{ locale: 'en' }]);
  });
});
