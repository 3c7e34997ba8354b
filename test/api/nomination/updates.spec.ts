import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, TestApp } from '@laomo/server/testing/test-app.js';
import { AuditEntry } from '@laomo/server/modules/audit/audit-entry.entity.js';
import { idOf } from '@laomo/server/common/relay/global-id.js';
import { CHAOYANG, codes, createFile, fileInput, fileThroughUnitNotice, openCampaign, startProcessApp, UNIT, type Directory } from '../../support/testkit/index.js';

let t: TestApp;
let dir: Directory;
let campaign: string;

beforeAll(async () => {
  ({ t, dir } = await startProcessApp());
  campaign = await openCampaign(await t.as('city'), dir, {
    structureRules: [{ dimension: 'FRONT_LINE', bound: 'MIN', percent: 60 }, { dimension: 'CADRE', bound: 'MAX', percent: 20 }],
  });
});
afterAll(async () => { await t.close(); });

const CAMPAIGN = `id name year status honors { id } quotas { organization { id } seats } structureRules { dimension bound percent }
  votingEnabled votingOpensAt votingClosesAt votesPerAccount description conferOn unitNoticeWorkingDays`;
const readCampaign = async (client: ApiClient) => (await client.ok(`query($id: ID!) { node(id: $id) { ... on Campaign { ${CAMPAIGN} } } }`, { id: campaign })).node;
const updateCampaign = async (client: ApiClient, input: Record<string, unknown>) =>
  (await client.ok(`mutation($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { campaign { ${CAMPAIGN} } userErrors { code field message } } }`, {
    input: { campaign, ...input },
  })).campaignUpdate;

const FILE = `id state candidateName gender employerName post publicSummary deeds idNumberMasked phone ethnicity frontLine technical grassroots
  consentToPublish viewerCanWithdrawConsent honor { id } honorsHeld { id }`;
const updateFile = async (client: ApiClient, input: Record<string, unknown>) =>
  (await client.ok(`mutation($input: NominationUpdateInput!) { nominationUpdate(input: $input) { nomination { ${FILE} } userErrors { code field message } } }`, {
    input,
  })).nominationUpdate;
const readFile = async (client: ApiClient, id: string) => (await client.ok(`query($id: ID!) { nomination(id: $id) { ${FILE} } }`, { id })).nomination;
const withdrawConsent = async (client: ApiClient, nomination: string, reason?: string) =>
  (await client.ok(`mutation($input: NominationPublicationConsentWithdrawInput!) {
    nominationPublicationConsentWithdraw(input: $input) { nomination { consentToPublish viewerCanWithdrawConsent } userErrors { code field message } }
  }`, { input: { nomination, reason } })).nominationPublicationConsentWithdraw;
const publicEntries = async (notice: string) =>
  (await t.anonymous().ok(`query($id: ID!) { notice(id: $id) { entries(first: 100) { totalCount nodes { candidateName } } } }`, { id: notice })).notice.entries;

describe('a campaign update changes only what it names', () => {
  it('turning voting on keeps the quotas, the structure rules, the honors and every other setting', async () => {
    const city = await t.as('city');
    const before = await readCampaign(city);
    expect(before.quotas).toHaveLength(1);
    expect(before.structureRules).toHaveLength(2);
    const updated = await updateCampaign(city, { votingEnabled: true, votingOpensAt: '2026-03-01T00:00:00Z', votingClosesAt: '2026-03-10T00:00:00Z', votesPerAccount: 3 });
    expect(updated.userErrors).toEqual([]);
    expect(updated.campaign).toEqual({
      ...before, votingEnabled: true, votingOpensAt: '2026-03-01T00:00:00.000Z', votingClosesAt: '2026-03-10T00:00:00.000Z', votesPerAccount: 3,
    });
    expect(await readCampaign(city)).toEqual(updated.campaign);
  });

  it('one union given two quotas is refused beside the second, and the stored quotas stay', async () => {
    const city = await t.as('city');
    const before = (await readCampaign(city)).quotas;
    const twice = await updateCampaign(city, { quotas: [{ organization: dir.orgs[CHAOYANG], seats: 2 }, { organization: dir.orgs[CHAOYANG], seats: 3 }] });
    expect(twice.userErrors.map((e: { code: string; field: string[] }) => [e.code, e.field])).toEqual([['campaign/duplicate_quota', ['quotas', '1', 'organization']]]);
    expect((await readCampaign(city)).quotas).toEqual(before);
  });

  it('a list that is given replaces the stored one, an empty list clears it, and null clears a clearable field', async () => {
    const city = await t.as('city');
    await updateCampaign(city, { description: '说明', conferOn: '2026-04-28' });
    const replaced = await updateCampaign(city, { quotas: [{ organization: dir.orgs['海淀区总工会'], seats: 3 }], structureRules: [] });
    expect(replaced.userErrors).toEqual([]);
    expect(replaced.campaign.quotas).toEqual([{ organization: { id: dir.orgs['海淀区总工会'] }, seats: 3 }]);
    expect(replaced.campaign.structureRules).toEqual([]);
    expect(replaced.campaign).toMatchObject({ description: '说明', conferOn: '2026-04-28', votingEnabled: true });
    const cleared = await updateCampaign(city, { conferOn: null, quotas: [{ organization: dir.orgs[CHAOYANG], seats: 5 }] });
    expect(cleared.campaign).toMatchObject({ description: '说明', conferOn: null, quotas: [{ organization: { id: dir.orgs[CHAOYANG] }, seats: 5 }] });
  });

  it('a change is checked against what is stored: closing nominations before they open is refused, and nothing of it is kept', async () => {
    const city = await t.as('city', 'en');
    const before = await readCampaign(city);
    const refused = await updateCampaign(city, { name: '改名不应生效', nominationClosesOn: '2025-12-31' });
    expect(codes(refused)).toEqual(['campaign/window_order']);
    expect(await readCampaign(city)).toEqual(before);
  });

  it('null for a setting that cannot be empty is a clear error, not a fault', async () => {
    const city = await t.as('city', 'en');
    const refused = await updateCampaign(city, { name: null, quotas: null });
    expect(refused.userErrors).toEqual([
      { code: 'common/invalid', field: ['name'], message: 'must not be empty' },
      { code: 'common/invalid', field: ['quotas'], message: 'must not be empty' },
    ]);
  });
});

describe('a nomination update changes only what it names', () => {
  // The files below are put on notices published on this day; sessions are opened on it too.
  beforeAll(() => t.clock.set('2026-03-02'));

  it('saving only the post keeps every other field, the consent and the candidate on the published notice', async () => {
    const { id, notice } = await fileThroughUnitNotice(t, dir, campaign, { candidateName: '周海燕', gender: 'FEMALE', ethnicity: '满族', honorsHeld: [dir.honors.NATIONAL_MAY1_MEDAL] }, '2026-03-02');
    const unit = await t.as('unit');
    const before = await readFile(unit, id);
    expect(before.consentToPublish).toBe(true);
    const saved = await updateFile(unit, { nomination: id, post: '数控车工 首席技师' });
    expect(saved.userErrors).toEqual([]);
    expect(saved.nomination).toEqual({ ...before, post: '数控车工 首席技师' });
    expect((await publicEntries(notice.id)).nodes).toEqual([{ candidateName: '周海燕' }]);
  });

  it('saving what the old form required (no consent field) does not withdraw the consent', async () => {
    const { id, notice } = await fileThroughUnitNotice(t, dir, campaign, { candidateName: '吴卫东' }, '2026-03-02');
    const { honor, candidateName, employerName, post, publicSummary, deeds } = fileInput(dir, { candidateName: '吴卫东' });
    const saved = await updateFile(await t.as('unit'), { nomination: id, honor, candidateName, employerName, post, publicSummary, deeds });
    expect(saved.userErrors).toEqual([]);
    expect(saved.nomination).toMatchObject({ consentToPublish: true, idNumberMasked: '110105********0011', frontLine: true });
    expect((await publicEntries(notice.id)).totalCount).toBe(1);
  });

  it('an edit cannot withdraw the consent: it is refused, in the user’s language, and the file stays as it was', async () => {
    const { id } = await fileThroughUnitNotice(t, dir, campaign, { candidateName: '郑春梅' }, '2026-03-02');
    const unit = await t.as('unit', 'en');
    const before = await readFile(unit, id);
    const refused = await updateFile(unit, { nomination: id, post: '不应保存', consentToPublish: false });
    expect(refused.userErrors).toEqual([{
      code: 'nomination/consent_withdrawn_by_edit', field: ['consentToPublish'],
      message: 'Saving the file cannot withdraw the consent to publication; use “Withdraw consent to publication”',
    }]);
    expect(await readFile(unit, id)).toEqual(before);
  });

  it('null clears an optional personal field; null for a required one is a clear error', async () => {
    const unit = await t.as('unit', 'en');
    const { nomination } = await createFile(unit, campaign, { unit: dir.orgs[UNIT], ...fileInput(dir, { candidateName: '钱德胜', ethnicity: '回族' }) });
    const cleared = await updateFile(unit, { nomination: nomination!.id, ethnicity: null, phone: null });
    expect(cleared.nomination).toMatchObject({ ethnicity: null, phone: null, idNumberMasked: '110105********0011', candidateName: '钱德胜' });
    const refused = await updateFile(unit, { nomination: nomination!.id, candidateName: null });
    expect(refused.userErrors).toEqual([{ code: 'common/invalid', field: ['candidateName'], message: 'must not be empty' }]);
  });
});

describe('withdrawing consent to publication is its own action', () => {
  it('the unit records it: the candidate leaves the public notice, and the history says so, with the notice', async () => {
    const { id, notice } = await fileThroughUnitNotice(t, dir, campaign, { candidateName: '孙晓明' }, '2026-03-02');
    const unit = await t.as('unit');
    expect((await readFile(unit, id)).viewerCanWithdrawConsent).toBe(true);
    expect((await publicEntries(notice.id)).totalCount).toBe(1);
    const done = await withdrawConsent(unit, id, '候选人本人书面申请撤回');
    expect(done).toEqual({ nomination: { consentToPublish: false, viewerCanWithdrawConsent: false }, userErrors: [] });
    expect((await publicEntries(notice.id)).totalCount).toBe(0);
    const lines = await t.app.orm.em.fork().find(AuditEntry, { subjectId: idOf(id, 'Nomination')!, action: 'nomination.publication_consent_withdraw' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ fromState: null, toState: null, reason: '候选人本人书面申请撤回', data: { consentToPublish: false, notice: idOf(notice.id, 'Notice') } });
    const { nomination } = await unit.ok(`query($id: ID!) { nomination(id: $id) { state timeline { state } history(first: 100) { nodes { action reason } } } }`, { id });
    expect(nomination.state).toBe('UNIT_NOTICE');
    expect(nomination.timeline.map((s: { state: string }) => s.state).at(-1)).toBe('UNIT_NOTICE');
    expect(nomination.history.nodes.at(-1)).toEqual({ action: 'nomination.publication_consent_withdraw', reason: '候选人本人书面申请撤回' });
    expect(codes(await withdrawConsent(unit, id))).toEqual(['nomination/consent_not_withdrawable']);
  });

  it('an employee who nominated themself withdraws on their own file; staff of another unit and the public cannot', async () => {
    const employee = await t.as('employee');
    const { nomination, userErrors } = await createFile(employee, campaign, { self: true, ...fileInput(dir, { candidateName: '员工自荐' }) });
    expect(userErrors).toEqual([]);
    expect(nomination!.id).toBeTruthy();
    const mine = await employee.ok(`{ myNominations(first: 10) { nodes { id consentToPublish viewerCanWithdrawConsent } } }`);
    expect(mine.myNominations.nodes.find((n: { id: string }) => n.id === nomination!.id)).toEqual({ id: nomination!.id, consentToPublish: true, viewerCanWithdrawConsent: true });
    expect(codes(await withdrawConsent(await t.as('haidian'), nomination!.id))).toEqual(['common/not_found']);
    expect(codes(await withdrawConsent(await t.as('public'), nomination!.id))).toEqual(['common/not_found']);
    expect(await withdrawConsent(employee, nomination!.id)).toMatchObject({ nomination: { consentToPublish: false }, userErrors: [] });
  });
});
