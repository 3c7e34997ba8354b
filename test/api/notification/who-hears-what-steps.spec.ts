import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CITY, codes, done, modelWorkerId, newCareWorker, seedOpenNotice, setCareBudget, startTestApp, suggestionRated, toldOf,
  type ApiClient, type NoticeFixture, type TestApp,
} from '../../support/testkit/index.js';

/**
 * The rows of who-hears-what.ts that the main spec does not walk: each step tells exactly its parties,
 * once, and nobody else (every kind's notifications are read whole, not filtered to the expected people).
 */
let t: TestApp;
let city: ApiClient;
let chaoyang: ApiClient;

beforeAll(async () => {
  t = await startTestApp();
  [city, chaoyang] = await Promise.all([t.as('city'), t.as('chaoyang')]);
}, 120_000);
afterAll(async () => { await t?.close(); });

const heard = async (kind: string) => (await toldOf(t, kind)).map((n) => n.username).sort();

const STEP_BODIES = `query { myNotifications(first: 20) { nodes { kind body } } }`;
const FILE = `mutation($input: ObjectionFileInput!) { objectionFile(input: $input) { objection { id } userErrors { code } } }`;
const decide = (kind: 'Uphold' | 'Dismiss') =>
  `mutation($input: ObjectionDecideInput!) { objection${kind}(input: $input) { objection { status } userErrors { code } } }`;

describe('objections and the nomination steps they cause', () => {
  let fx: NoticeFixture;
  let named: string;
  let anonymous: string;

  beforeAll(async () => {
    // The first candidate is the demo model worker, so the candidate has an account to be told.
    fx = await seedOpenNotice(t, { candidates: 2, firstCandidate: 'modelworker' });
    t.clock.set('2026-03-04');
  });

  it('an objection arrived: the staff of the notice’s office hear it, not the objector, proposer or candidate', async () => {
    const filed = await (await t.as('public')).ok(FILE, {
      input: { entry: fx.entries[0], content: '该候选人所报技术革新成果系他人完成。', realName: true, objectorName: '孙丽', objectorContact: '13800000003' },
    });
    named = filed.objectionFile.objection.id;
    const lead = await (await t.as('employee')).ok(FILE, { input: { entry: fx.entries[1], content: '听说该同志的获奖证书有出入，请核实。', realName: false } });
    anonymous = lead.objectionFile.objection.id;
    expect(await heard('OBJECTION_ARRIVED')).toEqual(['chaoyang', 'chaoyang']);
  });

  it('upheld: the real-name objector hears the answer; the proposer and candidate hear the step, never who objected', async () => {
    const upheld = await chaoyang.ok(decide('Uphold'), { input: { objection: named, reply: '经调查核实，反映问题属实，撤销其推荐资格。' } });
    expect(upheld.objectionUphold).toEqual({ objection: { status: 'UPHELD' }, userErrors: [] });
    expect(await heard('OBJECTION_ANSWERED')).toEqual(['public']);
    const step = await toldOf(t, 'NOMINATION_STEP');
    expect(step.map((n) => n.username).sort()).toEqual(['modelworker', 'unit']);
    for (const n of step) expect(JSON.stringify(n.params)).not.toMatch(/孙丽|13800000003/);
    // The step is told in words, in the reader's language: where the file now stands.
    const bodies = async (locale: string) => ((await (await t.as('modelworker', locale)).ok(STEP_BODIES)).myNotifications.nodes as { kind: string; body: string }[])
      .filter((n) => n.kind === 'NOMINATION_STEP').map((n) => n.body);
    expect(await bodies('en')).toEqual([expect.stringContaining('is now at: withdrawn after an upheld objection.')]);
    expect(await bodies('zh-CN')).toEqual([expect.stringContaining('已进入新环节：异议属实，已撤销提名。')]);
  });

  it('dismissed anonymous lead: nobody hears the answer, and no step is taken', async () => {
    const dismissed = await chaoyang.ok(decide('Dismiss'), { input: { objection: anonymous, reply: '经核实，反映情况不属实。' } });
    expect(dismissed.objectionDismiss.userErrors).toEqual([]);
    expect(await heard('OBJECTION_ANSWERED')).toEqual(['public']);
    expect(await heard('NOMINATION_STEP')).toEqual(['modelworker', 'unit']);
  });
});

describe('a suggestion’s co-signers and its publication', () => {
  it('the co-signer is asked to sign, and the author hears it published; nobody else', async () => {
    t.clock.set('2026-09-28');
    let author: ApiClient;
    let handler: ApiClient;
    [author, handler, city] = await Promise.all([t.as('modelworker'), t.as('handler'), t.as('city')]);
    const coSigner = await modelWorkerId(author, '陈国栋');
    const id = await suggestionRated(t, { author, city, handler }, { title: '关于联名与公开通知的测试建议', coSigners: [coSigner], publishConsent: true });
    expect(await heard('SUGGESTION_CO_SIGN_ASKED')).toEqual(['chenguodong']);
    expect(await heard('SUGGESTION_PUBLISHED')).toEqual([]);
    await done(city, 'suggestionPublish', { suggestion: id });
    const published = await toldOf(t, 'SUGGESTION_PUBLISHED');
    expect(published.map((n) => n.username)).toEqual(['modelworker']);
    expect(published[0].params).toEqual({ title: '关于联名与公开通知的测试建议' });
  });
});

describe('care: an allowance paid and a recuperation batch open', () => {
  const ROLL_GENERATE = `mutation($input: AllowanceRollGenerateInput!) { allowanceRollGenerate(input: $input) { roll { id } userErrors { code } } }`;
  const ROLL_STEP = `mutation($input: AllowanceRollStepInput!) { allowanceRollStep(input: $input) { roll { state } userErrors { code } } }`;
  const BATCH_CREATE = `mutation($input: RecuperationBatchCreateInput!) { recuperationBatchCreate(input: $input) { batch { id } userErrors { code } } }`;
  const setStatus = (name: string, status: string) => t.app.orm.em.fork().getConnection().execute(`update model_worker set status = ? where name = ?`, [status, name]);

  beforeAll(async () => {
    await newCareWorker(t, '通知劳模甲');
    await newCareWorker(t, '通知劳模乙');
    await newCareWorker(t, '无账号劳模', { withAccount: false });
    await newCareWorker(t, '退休劳模', { employment: 'RETIRED' });
    await newCareWorker(t, '海淀劳模', { organization: '北京中关村芯片设计有限公司工会' });
    await newCareWorker(t, '无待遇劳模', { honors: ['DISTRICT_MODEL_WORKER'] });
  });

  it('a roll marked paid: each living model worker on it with an account hears it once, nobody else', async () => {
    city = await t.as('city');
    await setCareBudget(t, 'city', CITY, 2026, 100_000_000);
    const kinds = (await city.ok(`{ allowanceKinds { id code } }`)).allowanceKinds as { id: string; code: string }[];
    const kind = kinds.find((k) => k.code === 'SPRING_FESTIVAL')!.id;
    const generated = (await city.ok(ROLL_GENERATE, { input: { kind, year: 2026 } })).allowanceRollGenerate;
    expect(generated.userErrors).toEqual([]);
    // Died after the roll was made: on it, but nobody to tell.
    await setStatus('通知劳模乙', 'DECEASED');
    for (const action of ['REVIEW', 'APPROVE', 'EXPORT']) {
      expect((await city.ok(ROLL_STEP, { input: { roll: generated.roll.id, action } })).allowanceRollStep.userErrors).toEqual([]);
      expect(await heard('ALLOWANCE_PAID')).toEqual([]);
    }
    const paid = await Promise.all([0, 1].map(async () => (await city.ok(ROLL_STEP, { input: { roll: generated.roll.id, action: 'PAY' } })).allowanceRollStep));
    expect(paid.flatMap(codes)).toHaveLength(1);
    const told = await toldOf(t, 'ALLOWANCE_PAID');
    expect(told.map((n) => n.username).sort()).toEqual(['modelworker', 'chenguodong', 'yanghaiyan', '海淀劳模', '通知劳模甲', '退休劳模'].sort());
    expect(told[0].params).toEqual({ title: expect.any(String), year: '2026' });
  });

  it('a district’s batch created: the model workers it serves who could enrol hear it, nobody else', async () => {
    chaoyang = await t.as('chaoyang');
    const created = (await chaoyang.ok(BATCH_CREATE, {
      input: { name: '2027年朝阳区劳模疗休养（怀柔）', destination: '怀柔', startsOn: '2027-05-10', endsOn: '2027-05-14', capacity: 20, arrangement: 'DISTRICT', transportYuan: 200, restYuan: 2_000 },
    })).recuperationBatchCreate;
    expect(created.userErrors).toEqual([]);
    const told = await toldOf(t, 'RECUPERATION_OPEN');
    // Not the retired, the dead, the untitled, one without a sign-in, nor 海淀's.
    expect(told.map((n) => n.username).sort()).toEqual(['modelworker', '通知劳模甲'].sort());
    expect(told[0]).toMatchObject({ params: { title: '2027年朝阳区劳模疗休养（怀柔）' }, link: '/me/care' });
  });
});
