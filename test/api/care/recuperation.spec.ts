import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setCareBudget, CITY, codes, newCareWorker, recordPastRecuperation, signIn, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let self: ApiClient;
let unit: ApiClient;
let chaoyang: ApiClient;
let haidian: ApiClient;
let city: ApiClient;

const ENROLMENT = 'id state level lastRecuperatedOn feedbackRating feedbackText modelWorker { name } organization { name }';
const CREATE = `mutation($input: RecuperationBatchCreateInput!) { recuperationBatchCreate(input: $input) {
  batch { id arrangement transportPayer restPayer costShares { payer yuan } places { taken left } } userErrors { code } } }`;
const ENROL = `mutation($input: RecuperationEnrolInput!) { recuperationEnrol(input: $input) { enrolment { ${ENROLMENT} } userErrors { code } } }`;
const ALLOCATE = `mutation($input: RecuperationAllocateInput!) { recuperationBatchAllocate(input: $input) { batch { places { taken left } } userErrors { code } } }`;
const STEP = `mutation($input: RecuperationEnrolmentStepInput!) { recuperationEnrolmentStep(input: $input) { enrolment { ${ENROLMENT} } userErrors { code } } }`;
const FEEDBACK = `mutation($input: RecuperationFeedbackInput!) { recuperationFeedback(input: $input) { enrolment { ${ENROLMENT} } userErrors { code } } }`;
const ENROLMENTS = `query($batch: String) { recuperationEnrolments(first: 100, batch: $batch) { totalCount nodes { id state modelWorker { name } } } }`;
const OVERDUE = `{ recuperationOverdue(first: 100) { totalCount nodes { modelWorker { name } lastOn level organization { name } } } }`;

const create = async (who: ApiClient, input: Record<string, unknown> = {}) => (await who.ok(CREATE, {
  input: { name: '2027年劳模疗休养（杭州）', destination: '杭州', startsOn: '2027-05-10', endsOn: '2027-05-16', capacity: 30, arrangement: 'CITY', transportYuan: 1_500, restYuan: 3_000, ...input },
})).recuperationBatchCreate;
const enrol = async (who: ApiClient, input: Record<string, unknown>) => (await who.ok(ENROL, { input })).recuperationEnrol;
const step = async (who: ApiClient, enrolment: string, action: string) => (await who.ok(STEP, { input: { enrolment, action } })).recuperationEnrolmentStep;
const states = async (who: ApiClient, batch: string) => Object.fromEntries(
  (await who.ok(ENROLMENTS, { batch })).recuperationEnrolments.nodes.map((n: { modelWorker: { name: string }; state: string }) => [n.modelWorker.name, n.state]));

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2027-03-01');
  // Attended checks and confirmed places are charged to the organizer's care budget of the year.
  await setCareBudget(t, 'city', CITY, 2027, 100_000_000);
  [self, unit, chaoyang, haidian, city] = await Promise.all((['modelworker', 'unit', 'chaoyang', 'haidian', 'city'] as const).map((u) => signIn(t, u)));
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('who pays what is the arrangement’s rule (seed 000; seed 001 for a district’s own)', () => {
  it('the city’s batch: the unit the transport, the city the rest; 北戴河: the city all; a district’s: the district all', async () => {
    expect((await create(city)).batch).toMatchObject({
      transportPayer: 'UNIT', restPayer: 'CITY_FEDERATION', costShares: [{ payer: 'UNIT', yuan: 1_500 }, { payer: 'CITY_FEDERATION', yuan: 3_000 }],
    });
    expect((await create(city, { destination: '北戴河', arrangement: 'BEIDAIHE', transportYuan: 300 })).batch.costShares)
      .toEqual([{ payer: 'CITY_FEDERATION', yuan: 3_300 }]);
    expect((await create(chaoyang, { arrangement: 'DISTRICT' })).batch.costShares).toEqual([{ payer: 'DISTRICT_UNION', yuan: 4_500 }]);
    expect(codes(await create(unit))).toEqual(['auth/forbidden']);
  });
});

describe('enrolment of those eligible', () => {
  it('enrolled twice at once (a double click), the person holds one application; the second is told so', async () => {
    for (let round = 0; round < 4; round++) {
      const { batch } = await create(city, { name: `2027年劳模疗休养（第${round + 1}批）` });
      const worker = await newCareWorker(t, `同时报名${round}`, { withAccount: false });
      const input = { batch: batch.id, modelWorker: worker.id };
      const both = await Promise.all([unit.gql(ENROL, { input }), unit.gql(ENROL, { input })]);
      expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(both.map((r) => codes(r.data!.recuperationEnrol)).sort()).toEqual([[], ['care/already_enrolled']]);
      expect(Object.keys(await states(city, batch.id))).toEqual([`同时报名${round}`]);
    }
  });

  it('in post and holding a title with treatment, until the batch starts; once per batch', async () => {
    const { batch } = await create(city);
    const retired = await newCareWorker(t, '退休劳模', { employment: 'RETIRED', withAccount: false });
    const untitled = await newCareWorker(t, '无待遇者', { honors: ['DISTRICT_MODEL_WORKER'], withAccount: false });
    expect(codes(await enrol(unit, { batch: batch.id, modelWorker: retired.id }))).toEqual(['care/not_in_post']);
    expect(codes(await enrol(unit, { batch: batch.id, modelWorker: untitled.id }))).toEqual(['care/not_entitled']);
    expect(codes(await enrol(haidian, { batch: batch.id, modelWorker: untitled.id }))).toEqual(['auth/forbidden']);
    expect((await enrol(self, { batch: batch.id })).enrolment).toMatchObject({ state: 'APPLIED', modelWorker: { name: '张建国' } });
    expect(codes(await enrol(self, { batch: batch.id }))).toEqual(['care/already_enrolled']);
    const { batch: started } = await create(city, { startsOn: '2027-03-01', endsOn: '2027-03-05' });
    expect(codes(await enrol(self, { batch: started.id }))).toEqual(['care/batch_ended']);
  });
});

describe('places go to those longest without one', () => {
  it('never first, then the oldest; the rest wait; concurrent allocations give each place once; a withdrawal frees one for the next', async () => {
    const { batch } = await create(city, { capacity: 2 });
    const people = [['近期去过', '2026-01-10'], ['较早去过', '2025-03-02'], ['久未去过', '2023-06-01'], ['从未去过', null]] as const;
    const ids: Record<string, string> = {};
    for (const [name, last] of people) {
      ids[name] = (await newCareWorker(t, name, { withAccount: false })).id;
      if (last) await recordPastRecuperation(t, name, last);
    }
    for (const [name] of people) {
      const { enrolment } = await enrol(unit, { batch: batch.id, modelWorker: ids[name] });
      expect(enrolment.lastRecuperatedOn).toBe(people.find(([n]) => n === name)![1]);
    }
    const answers = await Promise.all([city, await t.as('city')].map((who) => who.ok(ALLOCATE, { input: { batch: batch.id } })));
    expect(answers.flatMap((a) => codes(a.recuperationBatchAllocate))).toEqual([]);
    expect(await states(city, batch.id)).toEqual({ 从未去过: 'CONFIRMED', 久未去过: 'CONFIRMED', 较早去过: 'WAITLISTED', 近期去过: 'WAITLISTED' });
    expect(codes((await chaoyang.ok(ALLOCATE, { input: { batch: batch.id } })).recuperationBatchAllocate)).toEqual(['auth/forbidden']);

    const never = (await city.ok(ENROLMENTS, { batch: batch.id })).recuperationEnrolments.nodes.find((n: { modelWorker: { name: string } }) => n.modelWorker.name === '从未去过');
    expect((await step(unit, never.id, 'WITHDRAW')).enrolment.state).toBe('WITHDRAWN');
    await city.ok(ALLOCATE, { input: { batch: batch.id } });
    expect(await states(city, batch.id)).toMatchObject({ 从未去过: 'WITHDRAWN', 久未去过: 'CONFIRMED', 较早去过: 'CONFIRMED', 近期去过: 'WAITLISTED' });
  });
});

describe('attendance and the feedback form afterwards', () => {
  it('the organizer records attendance from the first day; the participant gives feedback once', async () => {
    const { batch } = await create(city, { startsOn: '2027-03-05', endsOn: '2027-03-08', capacity: 5 });
    const worker = await newCareWorker(t, '参加疗休养者');
    const { enrolment } = await enrol(worker.client!, { batch: batch.id });
    await city.ok(ALLOCATE, { input: { batch: batch.id } });
    expect(codes(await step(city, enrolment.id, 'ATTEND'))).toEqual(['care/batch_not_started']);
    t.clock.set('2027-03-09');
    try {
      expect(codes(await step(unit, enrolment.id, 'ATTEND'))).toEqual(['auth/forbidden']);
      expect((await step(city, enrolment.id, 'ATTEND')).enrolment.state).toBe('ATTENDED');
      const feedback = { enrolment: enrolment.id, rating: 5, text: '安排周到，身心得到很好的休息' };
      expect(codes((await unit.ok(FEEDBACK, { input: feedback })).recuperationFeedback)).toEqual(['auth/forbidden']);
      expect((await worker.client!.ok(FEEDBACK, { input: feedback })).recuperationFeedback.enrolment).toMatchObject({ feedbackRating: 5, feedbackText: feedback.text });
      expect(codes((await worker.client!.ok(FEEDBACK, { input: feedback })).recuperationFeedback)).toEqual(['care/feedback_given']);
      const status = (await worker.client!.ok(`{ viewerCareStatus { lastRecuperatedOn recuperationOverdue inPost level } }`)).viewerCareStatus;
      expect(status).toEqual({ lastRecuperatedOn: '2027-03-08', recuperationOverdue: false, inPost: true, level: 'PROVINCIAL' });
    } finally {
      t.clock.set('2027-03-01');
    }
  });
});

describe('the overdue list: at least once every two years (seed 001)', () => {
  it('on 2027-03-01, the last ending 2025-03-01 is overdue and 2025-03-02 is not; never first; the retired are not listed', async () => {
    await newCareWorker(t, '两年整', { withAccount: false });
    await recordPastRecuperation(t, '两年整', '2025-03-01');
    await newCareWorker(t, '差一天两年', { withAccount: false });
    await recordPastRecuperation(t, '差一天两年', '2025-03-02');
    const overdue = (await chaoyang.ok(OVERDUE)).recuperationOverdue.nodes;
    const names = overdue.map((n: { modelWorker: { name: string } }) => n.modelWorker.name);
    expect(names).toContain('两年整');
    expect(names).not.toContain('差一天两年');
    expect(names).not.toContain('较早去过');
    expect(names).not.toContain('退休劳模');
    expect(names).not.toContain('无待遇者');
    expect(overdue.find((n: { modelWorker: { name: string } }) => n.modelWorker.name === '两年整').lastOn).toBe('2025-03-01');
    const lasts = overdue.map((n: { lastOn: string | null }) => n.lastOn);
    expect(lasts.indexOf('2025-03-01')).toBeGreaterThan(lasts.lastIndexOf(null));
    expect(lasts.filter((l: string | null) => l)).toEqual([...lasts.filter((l: string | null) => l)].sort());
  });

  it('each office sees its own: a district its units, the city all; a model worker and the public none', async () => {
    await newCareWorker(t, '海淀逾期劳模', { organization: '海淀区总工会', withAccount: false });
    const seen = async (who: ApiClient) => (await who.ok(OVERDUE)).recuperationOverdue.nodes.map((n: { modelWorker: { name: string } }) => n.modelWorker.name);
    expect(await seen(haidian)).toContain('海淀逾期劳模');
    expect(await seen(haidian)).not.toContain('两年整');
    expect(await seen(chaoyang)).not.toContain('海淀逾期劳模');
    expect(await seen(city)).toEqual(expect.arrayContaining(['海淀逾期劳模', '两年整']));
    const unitSees = (await unit.ok(OVERDUE)).recuperationOverdue.nodes;
    expect(new Set(unitSees.map((n: { organization: { name: string } }) => n.organization.name))).toEqual(new Set(['北京燕京精密机械有限公司工会']));
    expect((await self.gql(OVERDUE)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.anonymous().gql(OVERDUE)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('enrolment lists are scoped too', async () => {
    const { batch } = await create(haidian, { arrangement: 'DISTRICT' });
    const worker = await newCareWorker(t, '海淀报名劳模', { organization: '海淀区总工会', withAccount: false });
    const { enrolment } = await enrol(haidian, { batch: batch.id, modelWorker: worker.id });
    const ids = async (who: ApiClient) => (await who.ok(ENROLMENTS, {})).recuperationEnrolments.nodes.map((n: { id: string }) => n.id);
    expect(await ids(haidian)).toEqual([enrolment.id]);
    expect(await ids(chaoyang)).not.toContain(enrolment.id);
    expect(await ids(city)).toContain(enrolment.id);
    expect((await self.gql(ENROLMENTS, {})).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
