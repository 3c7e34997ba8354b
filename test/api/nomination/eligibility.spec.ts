import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@laomo/server/testing/test-app.js';
import { act, AGENCY_UNIT, CHAOYANG, codes, createFile, fileInput, openCampaign, UNIT, startProcessApp, type Directory } from '../../support/testkit/index.js';

let t: TestApp;
let dir: Directory;

beforeAll(async () => {
  ({ t, dir } = await startProcessApp());
});
afterAll(async () => { await t.close(); });

async function nominate(campaign: string, input: Record<string, unknown>, unitName = UNIT) {
  const unit = await t.as(unitName === UNIT ? 'unit' : 'chaoyang');
  const created = await createFile(unit, campaign, { unit: dir.orgs[unitName], ...fileInput(dir, input) });
  expect(created.userErrors).toEqual([]);
  return act(await t.as('unit'), created.nomination!.id, 'NOMINATE');
}

describe('eligibility is checked when the file is submitted and explained in userErrors', () => {
  it('an enterprise employee is nominated as 劳动模范, not as 先进工作者', async () => {
    const campaign = await openCampaign(await t.as('city'), dir);
    expect(codes(await nominate(campaign, { honor: dir.honors.BJ_MODEL_WORKER }))).toEqual([]);
    const wrong = await nominate(campaign, { honor: dir.honors.BJ_ADVANCED_WORKER });
    expect(codes(wrong)).toEqual(['nomination/title_for_employer']);
    expect(wrong.userErrors[0]).toMatchObject({ field: ['honor'] });
    expect(wrong.userErrors[0].message).toContain('北京市劳动模范');
  });

  it('a government agency’s staff member is nominated as 先进工作者, not as 劳动模范', async () => {
    const campaign = await openCampaign(await t.as('city'), dir);
    const created = await (await t.as('chaoyang')).ok(`mutation($input: StaffAccountCreateInput!) { staffAccountCreate(input: $input) { userErrors { code } } }`, {
      input: { username: 'rsj-union', displayName: '人社局工会 何静', password: 'secret-pass-1', roleGrants: [{ role: 'UNIT_STAFF', organization: dir.orgs[AGENCY_UNIT] }] },
    });
    expect(created.staffAccountCreate.userErrors).toEqual([]);
    const agency = await t.anonymous().signInAndSetOwnPassword('rsj-union', 'secret-pass-1');
    const file = async (honor: string) => {
      const draft = await createFile(agency, campaign, { unit: dir.orgs[AGENCY_UNIT], ...fileInput(dir, { honor, employerName: '朝阳区人力资源和社会保障局', post: '窗口科员' }) });
      return act(agency, draft.nomination!.id, 'NOMINATE');
    };
    const wrong = await file(dir.honors.BJ_MODEL_WORKER);
    expect(codes(wrong)).toEqual(['nomination/title_for_employer']);
    expect(wrong.userErrors[0].message).toContain('北京市先进工作者');
    expect(codes(await file(dir.honors.BJ_ADVANCED_WORKER))).toEqual([]);
  });

  it('a prerequisite honor must be held, declared on the file or found in the registry', async () => {
    const campaign = await openCampaign(await t.as('city'), dir);
    const without = await nominate(campaign, { honor: dir.honors.NATIONAL_MAY1_MEDAL, idNumber: '110105198001019999' });
    expect(codes(without)).toEqual(['nomination/prerequisite_missing']);
    const declared = await nominate(campaign, { honor: dir.honors.NATIONAL_MAY1_MEDAL, honorsHeld: [dir.honors.CAPITAL_LABOR_MEDAL] });
    expect(codes(declared)).toEqual([]);
    const lowerOnly = await nominate(campaign, { honor: dir.honors.NATIONAL_MAY1_MEDAL, honorsHeld: [dir.honors.DISTRICT_LABOR_MEDAL] });
    expect(codes(lowerOnly)).toEqual(['nomination/prerequisite_missing']);
  });

  it('an individual honor does not go to a collective', async () => {
    const campaign = await openCampaign(await t.as('city'), dir);
    expect(codes(await nominate(campaign, { recipientKind: 'COLLECTIVE', gender: null }))).toEqual(['nomination/recipient_kind']);
  });

  it('the quota takes exactly its number of seats and refuses the next', async () => {
    const campaign = await openCampaign(await t.as('city'), dir, { quotas: [{ organization: dir.orgs[CHAOYANG], seats: 2 }] });
    expect(codes(await nominate(campaign, { candidateName: '甲' }))).toEqual([]);
    expect(codes(await nominate(campaign, { candidateName: '乙' }))).toEqual([]);
    const third = await nominate(campaign, { candidateName: '丙' });
    expect(codes(third)).toEqual(['nomination/quota_exhausted']);
    expect(third.userErrors[0].message).toContain('2');
  });

  it('a unit without a quota cannot nominate', async () => {
    const campaign = await openCampaign(await t.as('city'), dir, { quotas: [{ organization: dir.orgs['海淀区总工会'], seats: 3 }] });
    expect(codes(await nominate(campaign, {}))).toEqual(['nomination/no_quota']);
  });

  it('an employee sees the problems of a draft before proposing it', async () => {
    const campaign = await openCampaign(await t.as('city'), dir);
    const employee = await t.as('employee');
    const draft = await createFile(employee, campaign, fileInput(dir, { honor: dir.honors.BJ_ADVANCED_WORKER, candidateName: '周晓东', self: true }));
    expect(draft.userErrors).toEqual([]);
    const seen = await employee.ok(`query($id: ID!) { nomination(id: $id) { source eligibilityProblems { code field } } }`, { id: draft.nomination!.id });
    expect(seen.nomination).toEqual({ source: 'SELF', eligibilityProblems: [{ code: 'nomination/title_for_employer', field: ['honor'] }] });
    expect(codes(await act(employee, draft.nomination!.id, 'PROPOSE'))).toEqual(['nomination/title_for_employer']);
  });
});
