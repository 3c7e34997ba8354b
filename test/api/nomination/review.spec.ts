import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '@laomo/server/testing/test-app.js';
import { act, CHAOYANG, codes, createFile, fileInput, fileToSubmitted, openCampaign, startProcessApp, UNIT, type Directory } from '../../support/testkit/index.js';

let t: TestApp;
let dir: Directory;

beforeAll(async () => {
  ({ t, dir } = await startProcessApp());
});
afterAll(async () => { await t.close(); });

const FILE = `query($id: ID!) { nomination(id: $id) { state viewerActions recusals { reason reviewerName } history(first: 50) { nodes { action reason } } } }`;

describe('the preliminary review by the district', () => {
  it('a district reviewer cannot decide a file of another district', async () => {
    t.clock.set('2026-02-09');
    const campaign = await openCampaign(await t.as('city'), dir);
    const id = await fileToSubmitted(t, dir, campaign);
    const haidian = await t.as('haidian');
    expect((await haidian.ok(FILE, { id })).nomination).toBeNull();
    expect(codes(await act(haidian, id, 'APPROVE_PRELIMINARY'))).toEqual(['common/not_found']);
    const unit = await t.as('unit');
    expect((await unit.ok(FILE, { id })).nomination!.viewerActions).toEqual([]);
    expect(codes(await act(unit, id, 'APPROVE_PRELIMINARY'))).toEqual(['auth/forbidden']);
    expect((await (await t.as('chaoyang')).ok(FILE, { id })).nomination!.viewerActions).toEqual(['APPROVE_PRELIMINARY', 'RETURN_PRELIMINARY', 'REJECT_PRELIMINARY']);
    // Each offered step says whether it needs a reason (the page asks for one) and what already stands in its way.
    const options = `query($id: ID!) { nomination(id: $id) { viewerActionOptions { action reasonRequired refusals { code } } } }`;
    expect((await (await t.as('chaoyang')).ok(options, { id })).nomination.viewerActionOptions).toEqual([
      { action: 'APPROVE_PRELIMINARY', reasonRequired: false, refusals: [] },
      { action: 'RETURN_PRELIMINARY', reasonRequired: true, refusals: [] },
      { action: 'REJECT_PRELIMINARY', reasonRequired: true, refusals: [] },
    ]);
    expect((await unit.ok(options, { id })).nomination.viewerActionOptions).toEqual([]);
  });

  it('a return goes one step back with its reason and comes through the same gate again', async () => {
    t.clock.set('2026-02-09');
    const campaign = await openCampaign(await t.as('city'), dir);
    const id = await fileToSubmitted(t, dir, campaign);
    const chaoyang = await t.as('chaoyang');
    expect(codes(await act(chaoyang, id, 'RETURN_PRELIMINARY'))).toEqual(['nomination/reason_required']);
    expect((await act(chaoyang, id, 'RETURN_PRELIMINARY', '缺少单位推荐意见盖章页')).nomination!.state).toBe('PARTY_CONSENTED');
    const unit = await t.as('unit');
    expect((await act(unit, id, 'SUBMIT_TO_DISTRICT')).nomination!.state).toBe('SUBMITTED');
    expect((await act(chaoyang, id, 'REJECT_PRELIMINARY', '事迹不够突出')).nomination!.state).toBe('REJECTED');
    const file = (await chaoyang.ok(FILE, { id })).nomination;
    expect(file.viewerActions).toEqual([]);
    expect(file.history.nodes.filter((l: any) => l.reason).map((l: any) => [l.action, l.reason])).toEqual([
      ['nomination.RETURN_PRELIMINARY', '缺少单位推荐意见盖章页'], ['nomination.REJECT_PRELIMINARY', '事迹不够突出'],
    ]);
  });

  it('a reviewer who declares a conflict of interest is recused and cannot decide the file', async () => {
    t.clock.set('2026-02-09');
    const campaign = await openCampaign(await t.as('city'), dir);
    const id = await fileToSubmitted(t, dir, campaign);
    const chaoyang = await t.as('chaoyang');
    await chaoyang.ok(`mutation($input: NominationRecuseInput!) { nominationRecuse(input: $input) { userErrors { code } } }`, { input: { nomination: id, note: '候选人系本人亲属' } });
    expect(codes(await act(chaoyang, id, 'APPROVE_PRELIMINARY'))).toEqual(['nomination/reviewer_recused']);
    const file = (await chaoyang.ok(FILE, { id })).nomination;
    expect(file.recusals).toEqual([{ reason: 'DECLARED', reviewerName: '朝阳区总工会 李强' }]);
    expect(file.viewerActions).toEqual([]);
  });

  it("a reviewer from the candidate's own unit cannot decide the file, the recusal is recorded, and a reviewer without the tie can", async () => {
    t.clock.set('2026-02-09');
    const campaign = await openCampaign(await t.as('city'), dir);
    const id = await fileToSubmitted(t, dir, campaign);
    const admin = await t.as('admin');
    const ties = [['cy-tied-employee', '朝阳区总工会 周伟', 'EMPLOYEE'], ['cy-tied-unit', '朝阳区总工会 吴兰', 'UNIT_STAFF']] as const;
    for (const [username, displayName, role] of ties) {
      const created = await admin.ok(`mutation($input: StaffAccountCreateInput!) { staffAccountCreate(input: $input) { account { roleGrants { role organization { name } } } userErrors { code field } } }`, {
        input: { username, displayName, password: 'secret-pass-1', roleGrants: [{ role: 'DISTRICT_STAFF', organization: dir.orgs[CHAOYANG] }, { role, organization: dir.orgs[UNIT] }] },
      });
      expect(created.staffAccountCreate.userErrors).toEqual([]);
      expect(created.staffAccountCreate.account.roleGrants).toEqual(expect.arrayContaining([
        { role: 'DISTRICT_STAFF', organization: { name: CHAOYANG } }, { role, organization: { name: UNIT } },
      ]));
    }

    for (const [username, displayName] of ties) {
      const tied = await t.anonymous().signInAndSetOwnPassword(username, 'secret-pass-1');
      // The page offers a recused reviewer no decision at all.
      expect((await tied.ok(FILE, { id })).nomination!.viewerActions).toEqual([]);
      for (const [action, reason] of [['APPROVE_PRELIMINARY', undefined], ['RETURN_PRELIMINARY', '补充材料'], ['REJECT_PRELIMINARY', '不予推荐']] as const) {
        const refused = await act(tied, id, action, reason);
        expect(codes(refused), `${username} ${action}`).toEqual(['nomination/reviewer_recused']);
        expect(refused.nomination).toBeNull();
      }
      const file = (await tied.ok(FILE, { id })).nomination;
      expect(file.state).toBe('SUBMITTED');
      expect(file.recusals).toContainEqual({ reason: 'SAME_UNIT', reviewerName: displayName });
    }

    const chaoyang = await t.as('chaoyang');
    const seen = (await chaoyang.ok(FILE, { id })).nomination;
    expect(seen.state).toBe('SUBMITTED');
    expect(seen.recusals).toEqual([
      { reason: 'SAME_UNIT', reviewerName: '朝阳区总工会 周伟' }, { reason: 'SAME_UNIT', reviewerName: '朝阳区总工会 吴兰' },
    ]);
    expect(seen.history.nodes.filter((l: any) => l.action === 'nomination.recusal').map((l: any) => l.reason)).toEqual(['同一单位', '同一单位']);
    const approved = await act(chaoyang, id, 'APPROVE_PRELIMINARY');
    expect(approved.userErrors).toEqual([]);
    expect(approved.nomination!.state).toBe('PRELIMINARY_APPROVED');
  });

  it("the district's batch must meet the structure rules, exactly at the limit or beyond", async () => {
    t.clock.set('2026-02-09');
    const women50 = await openCampaign(await t.as('city'), dir, { structureRules: [{ dimension: 'WOMEN', bound: 'MIN', percent: 50 }] });
    const man = await fileToSubmitted(t, dir, women50, { gender: 'MALE', candidateName: '男候选人' });
    const chaoyang = await t.as('chaoyang');
    const alone = await act(chaoyang, man, 'APPROVE_PRELIMINARY');
    expect(codes(alone)).toEqual(['nomination/structure_rule']);
    expect(alone.userErrors[0].message).toContain('0%');
    await fileToSubmitted(t, dir, women50, { gender: 'FEMALE', candidateName: '女候选人', idNumber: '110105198001010022' });
    const batch = await (await t.as('chaoyang')).ok(`query($c: ID!, $o: ID!) { batchStructure(campaign: $c, organization: $o) { total seats rules { dimension share satisfied } } }`, {
      c: women50, o: dir.orgs[CHAOYANG],
    });
    expect(batch.batchStructure).toEqual({ total: 2, seats: 5, rules: [{ dimension: 'WOMEN', share: 50, satisfied: true }] });
    expect((await act(await t.as('chaoyang'), man, 'APPROVE_PRELIMINARY')).nomination!.state).toBe('PRELIMINARY_APPROVED');
  });
});

describe('proposals from employees', () => {
  it('an employee proposes a colleague; the unit takes it up, or declines with a reason', async () => {
    t.clock.set('2026-02-09');
    const campaign = await openCampaign(await t.as('city'), dir);
    const employee = await t.as('employee');
    const draft = await createFile(employee, campaign, fileInput(dir, { candidateName: '赵师傅' }));
    expect(draft.userErrors).toEqual([]);
    const unit = await t.as('unit');
    expect((await unit.ok(FILE, { id: draft.nomination!.id })).nomination).toBeNull();
    expect((await act(employee, draft.nomination!.id, 'PROPOSE')).nomination!.state).toBe('PROPOSED');
    expect((await unit.ok(FILE, { id: draft.nomination!.id })).nomination!.viewerActions).toEqual(['TAKE_UP', 'DECLINE']);
    expect((await act(unit, draft.nomination!.id, 'TAKE_UP')).nomination!.state).toBe('NOMINATED');

    const other = await createFile(employee, campaign, fileInput(dir, { candidateName: '钱师傅' }));
    await act(employee, other.nomination!.id, 'PROPOSE');
    expect((await act(unit, other.nomination!.id, 'DECLINE', '本年度已推荐同岗位人选')).nomination!.state).toBe('DECLINED');

    const mine = await employee.ok(`{ myNominations(first: 10) { nodes { candidateName state timeline { state } } } }`);
    expect(mine.myNominations.nodes.map((n: any) => [n.candidateName, n.state, n.timeline.map((s: any) => s.state)])).toEqual([
      ['钱师傅', 'DECLINED', ['DRAFT', 'PROPOSED', 'DECLINED']],
      ['赵师傅', 'NOMINATED', ['DRAFT', 'PROPOSED', 'NOMINATED']],
    ]);
  });

  it('the public never reaches a file', async () => {
    const campaign = await openCampaign(await t.as('city'), dir);
    const unit = await t.as('unit');
    const { nomination } = await createFile(unit, campaign, { unit: dir.orgs['北京燕京精密机械有限公司工会'], ...fileInput(dir) });
    const anonymous = t.anonymous();
    expect((await anonymous.ok(`query($id: ID!) { node(id: $id) { id } }`, { id: nomination!.id })).node).toBeNull();
    expect((await anonymous.gql(`{ nominations(first: 5) { totalCount } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await (await t.as('public')).ok(`{ nominations(first: 5) { totalCount } }`)).nominations.totalCount).toBe(0);
  });
});
