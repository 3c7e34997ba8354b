import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { Honor } from '@laomo/server/modules/honor/honor.entity.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerHonor } from '@laomo/server/modules/registry/model-worker-honor.entity.js';
import { EmploymentStatus, Gender, ModelWorkerCategory } from '@laomo/server/modules/registry/registry.enums.js';
import { setIdNumber } from '@laomo/server/modules/registry/registry.service.js';
import { codes, directory, fileToApproved, openCampaign, startTestApp, UNIT, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const SEND = `mutation($phone: String!, $purpose: VerificationPurpose!) { verificationCodeSend(input: { phone: $phone, purpose: $purpose }) { sent userErrors { code } } }`;
const CLAIM = `mutation($input: ModelWorkerClaimInput!) { modelWorkerClaim(input: $input) { modelWorker { name } userErrors { code field } } }`;
const LINK = `mutation($input: ModelWorkerAccountLinkInput!) { modelWorkerAccountLink(input: $input) { modelWorker { name } userErrors { code field } } }`;
const ME = `{ viewer { roleGrants { role organization { name } } capabilities } }`;

/** A member of the public registered on `phone` (with an SMS code), signed in. */
async function registered(phone: string, displayName: string): Promise<ApiClient> {
  const visitor = t.anonymous();
  await visitor.ok(SEND, { phone, purpose: 'REGISTER' });
  const done = await visitor.ok(`mutation($input: AccountRegisterInput!) { accountRegister(input: $input) { userErrors { code } } }`, {
    input: { phone, code: t.sms.lastCode(phone), displayName, password: 'secret-pass-1', acceptTerms: true },
  });
  expect(done.accountRegister.userErrors).toEqual([]);
  return visitor;
}

/** A registry record on `phone`, with no account yet (as for honors conferred before laomo). */
async function record(name: string, phone: string | null, more: Partial<ModelWorker> = {}, idNumber?: string) {
  const em = t.app.orm.em.fork();
  const unit = await em.findOneOrFail(Organization, { name: UNIT });
  const worker = em.create(ModelWorker, { name, gender: Gender.FEMALE, organization: unit, employerName: '北京燕京精密机械有限公司', post: '质检员', phone, ...more });
  if (idNumber) setIdNumber(worker, idNumber); // sealed at rest, found by its keyed hash
  em.create(ModelWorkerHonor, { modelWorker: worker, honor: await em.findOneOrFail(Honor, { code: 'DISTRICT_MODEL_WORKER' }), year: 2012 });
  await em.flush();
  return worker;
}

const wrong = (phone: string) => (t.sms.lastCode(phone) === '000000' ? '111111' : '000000');

describe('a model worker claims their record by the phone on record', () => {
  it('the right phone and code link the record and make the account a model worker’s', async () => {
    const worker = await record('孙慧敏', '13500000001');
    const person = await registered('13500000011', '孙慧敏');
    expect((await person.ok(ME)).viewer.capabilities).toEqual(['PARTICIPATE']);
    expect((await person.ok(SEND, { phone: '13500000001', purpose: 'MODEL_WORKER_CLAIM' })).verificationCodeSend.sent).toBe(true);
    const claimed = (await person.ok(CLAIM, { input: { phone: '13500000001', code: t.sms.lastCode('13500000001') } })).modelWorkerClaim;
    expect(claimed).toEqual({ modelWorker: { name: '孙慧敏' }, userErrors: [] });
    const me = (await person.ok(ME)).viewer;
    expect(me.roleGrants).toContainEqual({ role: 'MODEL_WORKER', organization: { name: UNIT } });
    expect(me.capabilities).toEqual(expect.arrayContaining(['SUGGEST', 'LEAD_STUDIO']));
    expect((await t.app.orm.em.fork().findOneOrFail(ModelWorker, worker.id, { populate: ['account'] })).account?.getEntity().displayName).toBe('孙慧敏');
  });

  it('a wrong code is refused, and after the allowed tries even the right one is', async () => {
    const worker = await record('周雅琴', '13500000002');
    const person = await registered('13500000021', '周雅琴');
    await person.ok(SEND, { phone: '13500000002', purpose: 'MODEL_WORKER_CLAIM' });
    const right = t.sms.lastCode('13500000002')!;
    for (let i = 0; i < 5; i++) {
      expect((await person.ok(CLAIM, { input: { phone: '13500000002', code: wrong('13500000002') } })).modelWorkerClaim.userErrors).toEqual([{ code: 'account/code_invalid', field: ['code'] }]);
    }
    expect(codes((await person.ok(CLAIM, { input: { phone: '13500000002', code: right } })).modelWorkerClaim)).toEqual(['account/code_invalid']);
    expect((await t.app.orm.em.fork().findOneOrFail(ModelWorker, worker.id)).account).toBeNull();
    expect((await person.ok(ME)).viewer.capabilities).toEqual(['PARTICIPATE']);
    // Signed out, nothing is claimed; a phone with no record is told so only to whoever holds its code.
    expect((await t.anonymous().gql(CLAIM, { input: { phone: '13500000002', code: right } })).data?.modelWorkerClaim.userErrors.map((e: any) => e.code)).toEqual(['auth/required']);
    await person.ok(SEND, { phone: '13500000099', purpose: 'MODEL_WORKER_CLAIM' });
    expect(codes((await person.ok(CLAIM, { input: { phone: '13500000099', code: t.sms.lastCode('13500000099') } })).modelWorkerClaim)).toEqual(['model_worker_account/no_record']);
  });

  it('union staff over the person link the account on their phone; staff elsewhere may not', async () => {
    const worker = await record('吴桂兰', null);
    await registered('13500000031', '吴桂兰');
    const input = { modelWorker: toGlobalId('ModelWorker', worker.id), accountPhone: '13500000031' };
    expect((await (await t.as('haidian')).gql(LINK, { input })).data?.modelWorkerAccountLink.userErrors.map((e: any) => e.code)).toEqual(['auth/forbidden']);
    expect((await (await t.as('unit')).ok(LINK, { input })).modelWorkerAccountLink).toEqual({ modelWorker: { name: '吴桂兰' }, userErrors: [] });
    const linked = await t.app.orm.em.fork().findOneOrFail(ModelWorker, worker.id, { populate: ['account'] });
    expect(linked.account?.getEntity().phone).toBe('13500000031');
    // One account per record, and one record per account.
    await registered('13500000032', '他人');
    expect(codes((await (await t.as('unit')).ok(LINK, { input: { ...input, accountPhone: '13500000032' } })).modelWorkerAccountLink))
      .toEqual(['model_worker_account/record_taken']);
    const second = await record('吴桂兰', null, { post: '班组长' });
    expect(codes((await (await t.as('unit')).ok(LINK, { input: { ...input, modelWorker: toGlobalId('ModelWorker', second.id) } })).modelWorkerAccountLink))
      .toEqual(['model_worker_account/account_taken']);
  });
});

describe('conferral (命名表彰) and the person’s account', () => {
  it('links the candidate’s account registered on their phone and sets the class from their situation on record', async () => {
    const dir = await directory(t);
    // Retired, already on record with a district honor, class not yet worked out.
    const worker = await record('马建军', null, { employmentStatus: EmploymentStatus.RETIRED, category: ModelWorkerCategory.EXEMPLARY, gender: Gender.MALE }, '110105195801010011');
    const person = await registered('13700000001', '马建军');
    t.clock.set('2026-02-09');
    const campaign = await openCampaign(await t.as('city'), dir);
    await fileToApproved(t, dir, campaign, { idNumber: '110105195801010011', phone: '13700000001' });
    const after = await t.app.orm.em.fork().findOneOrFail(ModelWorker, worker.id, { populate: ['account'] });
    expect(after.category).toBe(ModelWorkerCategory.CARE);
    expect(after.account?.getEntity().phone).toBe('13700000001');
    expect((await person.ok(ME)).viewer.roleGrants).toContainEqual({ role: 'MODEL_WORKER', organization: { name: UNIT } });
  });
});
