import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOpenNotice, startTestApp, type NoticeFixture, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let fx: NoticeFixture;
beforeAll(async () => {
  t = await startTestApp();
  fx = await seedOpenNotice(t, { candidates: 3, withoutConsent: [2] });
});
afterAll(async () => { await t.close(); });

const NOTICE = `query($id: ID!) { notice(id: $id) {
  title stage startsOn endsOn workingDays objectionContact phase remainingWorkingDays snapshotHash
  organization { name } campaign { name objectionIdentity }
  entries(first: 10) { totalCount nodes { id position status candidateName gender employerName post honorName honorsHeld publicSummary } }
} }`;

describe('reading a notice without signing in', () => {
  it('shows the period, the countdown in working days and how to object', async () => {
    t.clock.set('2026-03-04');
    const { notice } = await t.anonymous().ok(NOTICE, { id: fx.notice });
    expect(notice).toMatchObject({
      stage: 'DISTRICT', startsOn: '2026-03-02', endsOn: '2026-03-06', workingDays: 5, phase: 'OPEN', remainingWorkingDays: 3,
      organization: { name: '朝阳区总工会' },
    });
    expect(notice.objectionContact).toContain('010-8599 0000');
  });

  it('counts down to zero and moves the notice to the past after its last day', async () => {
    t.clock.set('2026-03-06');
    expect((await t.anonymous().ok(NOTICE, { id: fx.notice })).notice).toMatchObject({ phase: 'OPEN', remainingWorkingDays: 1 });
    t.clock.set('2026-03-09');
    expect((await t.anonymous().ok(NOTICE, { id: fx.notice })).notice).toMatchObject({ phase: 'ENDED', remainingWorkingDays: 0 });
    const past = await t.anonymous().ok(`{ notices(period: PAST, stage: DISTRICT) { nodes { id } } }`);
    expect(past.notices.nodes.map((n: any) => n.id)).toContain(fx.notice);
    t.clock.set('2026-03-01T15:00:00+08:00');
    expect((await t.anonymous().ok(NOTICE, { id: fx.notice })).notice).toMatchObject({ phase: 'UPCOMING', remainingWorkingDays: 5 });
  });

  it('lists open notices by organization, including those of the units below it', async () => {
    t.clock.set('2026-03-03');
    const orgs = await t.anonymous().ok(`{ organizations(search: "朝阳区总工会") { nodes { id } } haidian: organizations(search: "海淀区总工会") { nodes { id } } }`);
    const list = `query($org: ID) { notices(period: OPEN, organization: $org, first: 5) { totalCount nodes { id title } } }`;
    const chaoyang = await t.anonymous().ok(list, { org: orgs.organizations.nodes[0].id });
    expect(chaoyang.notices.nodes.map((n: any) => n.id)).toContain(fx.notice);
    const haidian = await t.anonymous().ok(list, { org: orgs.haidian.nodes[0].id });
    expect(haidian.notices.nodes.map((n: any) => n.id)).not.toContain(fx.notice);
  });

  it('lists only candidates who consented, with the published public fields', async () => {
    t.clock.set('2026-03-03');
    const { notice } = await t.anonymous().ok(NOTICE, { id: fx.notice });
    expect(notice.entries.totalCount).toBe(2);
    expect(notice.entries.nodes[0]).toMatchObject({ position: 1, status: 'LISTED', candidateName: '王建国', employerName: '北京燕京精密机械有限公司', honorsHeld: ['首都劳动奖章'] });
    const hidden = await t.anonymous().ok(`query($id: ID!) { noticeEntry(id: $id) { candidateName } node(id: $id) { id } }`, { id: fx.entries[2] });
    expect(hidden).toEqual({ noticeEntry: null, node: null });
  });

  it('gives a candidate’s public profile by entry', async () => {
    t.clock.set('2026-03-03');
    const { noticeEntry } = await t.anonymous().ok(`query($id: ID!) { noticeEntry(id: $id) { candidateName gender post publicSummary notice { title } } }`, { id: fx.entries[1] });
    expect(noticeEntry).toMatchObject({ candidateName: '李建国', gender: 'FEMALE', post: '装配钳工', notice: { title: '朝阳区2026年北京市劳动模范推荐人选公示' } });
  });
});
