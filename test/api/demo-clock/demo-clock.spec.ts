import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, codes, directory, fileThroughUnitNotice, openCampaign, startTestApp, type ApiClient, type Directory, type TestApp } from '../../support/testkit/index.js';

const READ = `{ demoClock { today realToday offsetDays viewerCanMove } }`;
const CLOCK = `demoClock { today realToday offsetDays } userErrors { code field message }`;

/** The web's own GET of a public notice, which laomo may answer from its cache of public reads. */
async function noticePhase(t: TestApp, id: string) {
  const url = new URL('/graphql', t.url);
  url.searchParams.set('query', `query Phase($id: ID!) { notice(id: $id) { phase remainingWorkingDays } }`);
  url.searchParams.set('variables', JSON.stringify({ id }));
  const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
  return { cache: response.headers.get('x-laomo-cache'), notice: ((await response.json()) as any).data.notice };
}

async function advance(client: ApiClient, workingDays: number) {
  const data = await client.ok(`mutation($input: DemoClockAdvanceInput!) { demoClockAdvance(input: $input) { ${CLOCK} } }`, { input: { workingDays } });
  return data.demoClockAdvance;
}

async function setDate(client: ApiClient, date: string) {
  const data = await client.ok(`mutation($input: DemoClockSetInput!) { demoClockSet(input: $input) { ${CLOCK} } }`, { input: { date } });
  return data.demoClockSet;
}

describe('the demo clock (outside production)', () => {
  let t: TestApp;
  let dir: Directory;

  beforeAll(async () => {
    t = await startTestApp();
    t.clock.set('2026-02-09');
    dir = await directory(t);
  });
  afterAll(async () => { await t.close(); });

  it('an administrator advances it by working days and a unit notice ends for every request and instance, without signing anyone out', async () => {
    const campaign = await openCampaign(await t.as('city'), dir);
    const { id, notice } = await fileThroughUnitNotice(t, dir, campaign);
    expect(notice).toMatchObject({ startsOn: '2026-02-09', endsOn: '2026-02-13' });
    const unit = await t.as('unit');
    expect(codes(await act(unit, id, 'PASS_UNIT_NOTICE'))).not.toEqual([]);
    expect((await noticePhase(t, notice.id)).notice).toEqual({ phase: 'OPEN', remainingWorkingDays: 5 });
    expect((await noticePhase(t, notice.id)).cache).toBe('hit');
    const other = await t.anotherInstance();
    expect((await noticePhase(other, notice.id)).notice.phase).toBe('OPEN');

    // 10–13 Feb and the make-up working Saturday 14 Feb are the five working days after Monday 9 Feb.
    const admin = await t.as('admin');
    const moved = await advance(admin, 5);
    expect(moved.userErrors).toEqual([]);
    expect(moved.demoClock).toEqual({ today: '2026-02-14', realToday: '2026-02-09', offsetDays: 5 });

    expect((await t.anonymous().ok(READ)).demoClock).toEqual({ today: '2026-02-14', realToday: '2026-02-09', offsetDays: 5, viewerCanMove: false });
    // Cached public reads are emptied by the move, so the public sees the notice ended at once.
    expect(await noticePhase(t, notice.id)).toEqual({ cache: 'miss', notice: { phase: 'ENDED', remainingWorkingDays: 0 } });
    expect((await admin.ok(READ)).demoClock.viewerCanMove).toBe(true);
    // A second instance on the same database (as behind a load balancer) hears of the move from the database.
    await expect.poll(async () => (await noticePhase(other, notice.id)).notice.phase, { timeout: 5_000, interval: 50 }).toBe('ENDED');
    expect((await other.anonymous().ok(READ)).demoClock).toMatchObject({ today: '2026-02-14', offsetDays: 5 });
    const passed = await act(unit, id, 'PASS_UNIT_NOTICE');
    expect(passed.userErrors).toEqual([]);
    expect(passed.nomination!.state).toBe('UNIT_NOTICE_PASSED');
  });

  it('two administrators advancing at once add up', async () => {
    const [first, second] = await Promise.all([t.as('admin'), t.as('admin')]);
    const before = (await first.ok(READ)).demoClock.offsetDays;
    const results = await Promise.all([advance(first, 1), advance(second, 1)]);
    expect(results.map((r) => r.userErrors)).toEqual([[], []]);
    // From Saturday 14 Feb (a make-up working day): Friday 13 is behind, the Spring Festival starts on
    // the 15th, so the next working days are Tuesday 24 and Wednesday 25 Feb.
    const after = (await first.ok(READ)).demoClock;
    expect(after.today).toBe('2026-02-25');
    expect(after.offsetDays).toBe(before + 11);
    expect(results.map((r) => r.demoClock.today).sort()).toEqual(['2026-02-24', '2026-02-25']);
  });

  it('sets a date, refuses one before today, and today puts the demo back on real time', async () => {
    const admin = await t.as('admin');
    expect(codes(await setDate(admin, '2026-02-08'))).toEqual(['demo_clock/before_today']);
    expect(codes(await setDate(admin, '2026-2-30'))).toEqual(['calendar/date_invalid']);
    expect(codes(await setDate(admin, '2030-01-01'))).toEqual(['demo_clock/too_far']);
    expect((await setDate(admin, '2026-03-02')).demoClock).toEqual({ today: '2026-03-02', realToday: '2026-02-09', offsetDays: 21 });
    // Three weeks ahead is past the 14-day session, yet the administrator stays signed in: sessions go by real time.
    expect((await admin.ok(READ)).demoClock).toMatchObject({ today: '2026-03-02', viewerCanMove: true });
    expect((await setDate(admin, '2026-02-09')).demoClock).toEqual({ today: '2026-02-09', realToday: '2026-02-09', offsetDays: 0 });
  });

  it('staff who are not administrators, the public and signed-out visitors may not move it', async () => {
    const admin = await t.as('admin');
    expect((await setDate(admin, '2026-02-10')).userErrors).toEqual([]);
    for (const who of ['city', 'chaoyang', 'unit', 'public']) {
      const client = await t.as(who);
      expect(codes(await advance(client, 3)), who).toEqual(['auth/forbidden']);
      expect(codes(await setDate(client, '2026-03-02')), who).toEqual(['auth/forbidden']);
    }
    expect(codes(await advance(t.anonymous(), 3))).toEqual(['auth/required']);
    expect((await advance(admin, 0)).userErrors).toEqual([{ code: 'common/invalid', field: ['workingDays'], message: '不能小于 1' }]);
    expect((await admin.ok(READ)).demoClock.today).toBe('2026-02-10');
  });
});

describe('the demo clock in production', () => {
  let t: TestApp;
  let dir: Directory;

  beforeAll(async () => {
    t = await startTestApp({ env: 'production' });
    t.clock.set('2026-02-09');
    dir = await directory(t);
  });
  afterAll(async () => { await t.close(); });

  it('is refused with a clear error, absent from the API, and never read: a demo offset left in the database moves nothing', async () => {
    const admin = await t.as('admin');
    const refused = await advance(admin, 5);
    expect(refused.demoClock).toBeNull();
    expect(refused.userErrors).toEqual([{ code: 'demo_clock/production', field: null, message: '生产环境不提供演示时钟，日期始终为真实日期' }]);
    expect(codes(await setDate(admin, '2026-03-02'))).toEqual(['demo_clock/production']);
    expect((await admin.ok(READ)).demoClock).toBeNull();

    await t.app.orm.em.fork().getConnection().execute('update demo_clock set offset_days = 40');
    const campaign = await openCampaign(await t.as('city'), dir);
    const { notice } = await fileThroughUnitNotice(t, dir, campaign);
    expect(notice).toMatchObject({ startsOn: '2026-02-09', endsOn: '2026-02-13' });
  });
});
