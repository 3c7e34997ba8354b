import { expect } from 'vitest';
import { startTestApp, type ApiClient, type TestApp } from '@laomo/server/testing/test-app.js';

/** Test kit of the nomination process: reads like the steps the union offices take. */
export const UNIT = '北京燕京精密机械有限公司工会';
export const AGENCY_UNIT = '朝阳区人力资源和社会保障局工会';
export const CHAOYANG = '朝阳区总工会';

export async function directory(t: TestApp) {
  const data = await t.anonymous().ok(`{
    orgs: organizations(first: 100) { nodes { id name } }
    districts: organizations(kind: DISTRICT_UNION, first: 100) { nodes { id name } }
    units: organizations(kind: GRASSROOTS_UNION, first: 100) { nodes { id name } }
    honors(first: 100) { nodes { id code } }
  }`);
  const orgs: Record<string, string> = Object.fromEntries([...data.orgs.nodes, ...data.districts.nodes, ...data.units.nodes].map((o: any) => [o.name, o.id]));
  const honors: Record<string, string> = Object.fromEntries(data.honors.nodes.map((h: any) => [h.code, h.id]));
  return { orgs, honors };
}

export type Directory = Awaited<ReturnType<typeof directory>>;

/** An app for a process test, its directory of demo organizations and honors, and the clock on a working Monday. */
export async function startProcessApp(): Promise<{ t: TestApp; dir: Directory }> {
  const t = await startTestApp();
  t.clock.set('2026-02-09');
  return { t, dir: await directory(t) };
}

export async function openCampaign(city: ApiClient, dir: Directory, overrides: Record<string, unknown> = {}): Promise<string> {
  const input = {
    organizer: dir.orgs['北京市总工会'], name: '测试评选', year: 2026, honors: ['BJ_MODEL_WORKER', 'BJ_ADVANCED_WORKER', 'NATIONAL_MAY1_MEDAL'].map((c) => dir.honors[c]),
    nominationOpensOn: '2026-01-05', nominationClosesOn: '2026-12-31', quotas: [{ organization: dir.orgs[CHAOYANG], seats: 5 }],
    structureRules: [], ...overrides,
  };
  const created = await city.ok(`mutation($input: CampaignCreateInput!) { campaignCreate(input: $input) { campaign { id } userErrors { code field message } } }`, { input });
  expect(created.campaignCreate.userErrors).toEqual([]);
  const id = created.campaignCreate.campaign.id;
  const { campaign: _, organizer: __, ...settings } = { campaign: id, ...input } as Record<string, unknown>;
  const opened = await city.ok(`mutation($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { userErrors { code field } } }`, {
    input: { ...settings, campaign: id, status: 'OPEN' },
  });
  expect(opened.campaignUpdate.userErrors).toEqual([]);
  return id;
}

export function fileInput(dir: Directory, overrides: Record<string, unknown> = {}) {
  return {
    honor: dir.honors.BJ_MODEL_WORKER, candidateName: '马建军', gender: 'MALE', employerName: '北京燕京精密机械有限公司', post: '钳工 高级技师',
    publicSummary: '三十年扎根一线，完成技术革新 40 余项。', deeds: '详细事迹材料……', frontLine: true, grassroots: true, technical: true,
    idNumber: '110105197801010011', phone: '13700000001', consentToPublish: true, ...overrides,
  };
}

const FILE = `id state viewerActions`;
const PAYLOAD = `nomination { ${FILE} } userErrors { code field message }`;

export async function createFile(client: ApiClient, campaign: string, input: Record<string, unknown>) {
  const data = await client.ok(`mutation($input: NominationCreateInput!) { nominationCreate(input: $input) { ${PAYLOAD} } }`, { input: { campaign, ...input } });
  return data.nominationCreate;
}

export async function act(client: ApiClient, nomination: string, action: string, reason?: string) {
  const data = await client.ok(`mutation($input: NominationTransitionInput!) { nominationTransition(input: $input) { ${PAYLOAD} } }`, {
    input: { nomination, action, reason },
  });
  return data.nominationTransition;
}

export async function recommend(client: ApiClient, nomination: string, vote: Partial<Record<'delegates' | 'present' | 'votesFor' | 'votesAgainst' | 'abstaining', number>> = {}) {
  const data = await client.ok(`mutation($input: NominationRecommendationInput!) { nominationRecommendationRecord(input: $input) { ${PAYLOAD} } }`, {
    input: { nomination, heldOn: '2026-02-02', delegates: 30, present: 27, votesFor: 25, votesAgainst: 1, abstaining: 1, ...vote },
  });
  return data.nominationRecommendationRecord;
}

export async function reportDeeds(client: ApiClient, nomination: string) {
  const data = await client.ok(`mutation($input: NominationDeedsReportInput!) { nominationDeedsReportRecord(input: $input) { ${PAYLOAD} } }`, {
    input: { nomination, reportedOn: '2026-02-03', audience: '全体职工大会（260 人）', material: '事迹报告会' },
  });
  return data.nominationDeedsReportRecord;
}

export async function partyConsent(client: ApiClient, nomination: string) {
  const data = await client.ok(`mutation($input: NominationPartyConsentInput!) { nominationPartyConsentRecord(input: $input) { ${PAYLOAD} } }`, {
    input: { nomination, consentedOn: '2026-02-16', committee: '公司党委' },
  });
  return data.nominationPartyConsentRecord;
}

export async function publish(client: ApiClient, campaign: string, stage: string, organization: string, nominations: string[]) {
  const data = await client.ok(`mutation($input: NoticePublishInput!) {
    noticePublish(input: $input) { notice { id startsOn endsOn workingDays snapshotHash } userErrors { code field message } }
  }`, { input: { campaign, stage, organization, nominations } });
  return data.noticePublish;
}

/** A unit's file taken from creation to the end of its unit notice: returns its id. */
export async function fileThroughUnitNotice(t: TestApp, dir: Directory, campaign: string, input: Record<string, unknown> = {}, on = '2026-02-09') {
  const unit = await t.as('unit');
  t.clock.set(on);
  const { nomination, userErrors } = await createFile(unit, campaign, { unit: dir.orgs[UNIT], ...fileInput(dir, input) });
  expect(userErrors).toEqual([]);
  expect((await act(unit, nomination.id, 'NOMINATE')).userErrors).toEqual([]);
  expect((await recommend(unit, nomination.id)).userErrors).toEqual([]);
  expect((await reportDeeds(unit, nomination.id)).userErrors).toEqual([]);
  const notice = await publish(unit, campaign, 'UNIT', dir.orgs[UNIT], [nomination.id]);
  expect(notice.userErrors).toEqual([]);
  return { id: nomination.id as string, notice: notice.notice };
}

/** A unit's file taken through notice 1 and the party committee to the district (clock ends on 2026-02-14). */
export async function fileToSubmitted(t: TestApp, dir: Directory, campaign: string, input: Record<string, unknown> = {}) {
  const { id } = await fileThroughUnitNotice(t, dir, campaign, input);
  t.clock.set('2026-02-14');
  const unit = await t.as('unit');
  expect((await act(unit, id, 'PASS_UNIT_NOTICE')).userErrors).toEqual([]);
  expect((await partyConsent(unit, id)).userErrors).toEqual([]);
  expect((await act(unit, id, 'SUBMIT_TO_DISTRICT')).userErrors).toEqual([]);
  return id;
}

export const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((e) => e.code);
