import { expect } from 'vitest';
import { graphql } from './gql/index.js';
import type { CampaignCreateInput, NominationAction, NominationCreateInput, NoticeStage } from './gql/graphql.js';
import { send, signIn, startTestApp, type ApiClient, type TestApp } from './app.js';
import { directory, CHAOYANG, CITY, UNIT, type Directory } from './directory.js';

/** The nomination process, in the steps the union offices take. */

/** An app for a process test, its directory of demo organizations and honors, and the clock on a working Monday. */
export async function startProcessApp(): Promise<{ t: TestApp; dir: Directory }> {
  const t = await startTestApp();
  t.clock.set('2026-02-09');
  return { t, dir: await directory(t) };
}

const CampaignCreate = graphql(`
  mutation KitCampaignCreate($input: CampaignCreateInput!) {
    campaignCreate(input: $input) { campaign { id } userErrors { code field message } }
  }
`);

const CampaignUpdate = graphql(`
  mutation KitCampaignUpdate($input: CampaignUpdateInput!) { campaignUpdate(input: $input) { userErrors { code field message } } }
`);

/** A campaign of the city, open for nominations all 2026, with five seats for 朝阳区: returns its id. */
export async function openCampaign(city: ApiClient, dir: Directory, overrides: Partial<CampaignCreateInput> = {}): Promise<string> {
  const input: CampaignCreateInput = {
    organizer: dir.orgs[CITY], name: '测试评选', year: 2026, honors: ['BJ_MODEL_WORKER', 'BJ_ADVANCED_WORKER', 'NATIONAL_MAY1_MEDAL'].map((c) => dir.honors[c]),
    nominationOpensOn: '2026-01-05', nominationClosesOn: '2026-12-31', quotas: [{ organization: dir.orgs[CHAOYANG], seats: 5 }],
    structureRules: [], ...overrides,
  };
  const created = await send(city, CampaignCreate, { input });
  expect(created.campaignCreate.userErrors).toEqual([]);
  const id = created.campaignCreate.campaign!.id;
  const { organizer: _, ...settings } = input;
  const opened = await send(city, CampaignUpdate, { input: { ...settings, campaign: id, status: 'OPEN' } });
  expect(opened.campaignUpdate.userErrors).toEqual([]);
  return id;
}

export type FileInput = Omit<NominationCreateInput, 'campaign'>;

/** A unit's file on 马建军, a senior fitter of 燕京精密, for the city's model worker honor. */
export function fileInput(dir: Directory, overrides: Partial<FileInput> = {}): FileInput {
  return {
    honor: dir.honors.BJ_MODEL_WORKER, candidateName: '马建军', gender: 'MALE', employerName: '北京燕京精密机械有限公司', post: '钳工 高级技师',
    publicSummary: '三十年扎根一线，完成技术革新 40 余项。', deeds: '详细事迹材料……', frontLine: true, grassroots: true, technical: true,
    idNumber: '110105197801010011', phone: '13700000001', consentToPublish: true, ...overrides,
  };
}

graphql(`
  fragment KitNominationPayload on Nomination { id state viewerActions }
`);

const NominationCreate = graphql(`
  mutation KitNominationCreate($input: NominationCreateInput!) {
    nominationCreate(input: $input) { nomination { ...KitNominationPayload } userErrors { code field message } }
  }
`);

const NominationTransition = graphql(`
  mutation KitNominationTransition($input: NominationTransitionInput!) {
    nominationTransition(input: $input) { nomination { ...KitNominationPayload } userErrors { code field message } }
  }
`);

const RecommendationRecord = graphql(`
  mutation KitNominationRecommendationRecord($input: NominationRecommendationInput!) {
    nominationRecommendationRecord(input: $input) { nomination { ...KitNominationPayload } userErrors { code field message } }
  }
`);

const DeedsReportRecord = graphql(`
  mutation KitNominationDeedsReportRecord($input: NominationDeedsReportInput!) {
    nominationDeedsReportRecord(input: $input) { nomination { ...KitNominationPayload } userErrors { code field message } }
  }
`);

const PartyConsentRecord = graphql(`
  mutation KitNominationPartyConsentRecord($input: NominationPartyConsentInput!) {
    nominationPartyConsentRecord(input: $input) { nomination { ...KitNominationPayload } userErrors { code field message } }
  }
`);

const NoticePublish = graphql(`
  mutation KitNoticePublish($input: NoticePublishInput!) {
    noticePublish(input: $input) { notice { id startsOn endsOn workingDays snapshotHash } userErrors { code field message } }
  }
`);

export async function createFile(client: ApiClient, campaign: string, input: FileInput) {
  return (await send(client, NominationCreate, { input: { campaign, ...input } })).nominationCreate;
}

export async function act(client: ApiClient, nomination: string, action: NominationAction, reason?: string) {
  return (await send(client, NominationTransition, { input: { nomination, action, reason } })).nominationTransition;
}

export type Vote = Partial<Record<'delegates' | 'present' | 'votesFor' | 'votesAgainst' | 'abstaining', number>>;

/** The workers' congress recommends the candidate (27 of 30 present, 25 for, unless the vote says otherwise). */
export async function recommend(client: ApiClient, nomination: string, vote: Vote = {}) {
  const input = { nomination, heldOn: '2026-02-02', delegates: 30, present: 27, votesFor: 25, votesAgainst: 1, abstaining: 1, ...vote };
  return (await send(client, RecommendationRecord, { input })).nominationRecommendationRecord;
}

export async function reportDeeds(client: ApiClient, nomination: string) {
  const input = { nomination, reportedOn: '2026-02-03', audience: '全体职工大会（260 人）', material: '事迹报告会' };
  return (await send(client, DeedsReportRecord, { input })).nominationDeedsReportRecord;
}

export async function partyConsent(client: ApiClient, nomination: string) {
  const input = { nomination, consentedOn: '2026-02-16', committee: '公司党委' };
  return (await send(client, PartyConsentRecord, { input })).nominationPartyConsentRecord;
}

export async function publish(client: ApiClient, campaign: string, stage: NoticeStage, organization: string, nominations: string[]) {
  return (await send(client, NoticePublish, { input: { campaign, stage, organization, nominations } })).noticePublish;
}

/** A unit's file taken from creation to the start of its unit notice: its id and the notice. */
export async function fileThroughUnitNotice(t: TestApp, dir: Directory, campaign: string, input: Partial<FileInput> = {}, on = '2026-02-09') {
  const unit = await signIn(t, 'unit');
  t.clock.set(on);
  const { nomination, userErrors } = await createFile(unit, campaign, { unit: dir.orgs[UNIT], ...fileInput(dir, input) });
  expect(userErrors).toEqual([]);
  const id = nomination!.id;
  expect((await act(unit, id, 'NOMINATE')).userErrors).toEqual([]);
  expect((await recommend(unit, id)).userErrors).toEqual([]);
  expect((await reportDeeds(unit, id)).userErrors).toEqual([]);
  const notice = await publish(unit, campaign, 'UNIT', dir.orgs[UNIT], [id]);
  expect(notice.userErrors).toEqual([]);
  return { id, notice: notice.notice! };
}

/** A unit's file taken through notice 1 and the party committee to the district (clock ends on 2026-02-14). */
export async function fileToSubmitted(t: TestApp, dir: Directory, campaign: string, input: Partial<FileInput> = {}) {
  const { id } = await fileThroughUnitNotice(t, dir, campaign, input);
  t.clock.set('2026-02-14');
  const unit = await signIn(t, 'unit');
  expect((await act(unit, id, 'PASS_UNIT_NOTICE')).userErrors).toEqual([]);
  expect((await partyConsent(unit, id)).userErrors).toEqual([]);
  expect((await act(unit, id, 'SUBMIT_TO_DISTRICT')).userErrors).toEqual([]);
  return id;
}

/** A unit's file taken through both reviews and all three notices to the honor conferred (clock ends on 2026-03-11). */
export async function fileToApproved(t: TestApp, dir: Directory, campaign: string, input: Partial<FileInput> = {}) {
  const id = await fileToSubmitted(t, dir, campaign, input);
  const as = async (who: 'chaoyang' | 'city') => signIn(t, who);
  expect((await act(await as('chaoyang'), id, 'APPROVE_PRELIMINARY')).userErrors).toEqual([]);
  t.clock.set('2026-02-24');
  expect((await publish(await as('chaoyang'), campaign, 'DISTRICT', dir.orgs[CHAOYANG], [id])).userErrors).toEqual([]);
  t.clock.set('2026-03-01');
  expect((await act(await as('chaoyang'), id, 'PASS_DISTRICT_NOTICE')).userErrors).toEqual([]);
  expect((await act(await as('chaoyang'), id, 'FORWARD_TO_CITY')).userErrors).toEqual([]);
  expect((await act(await as('city'), id, 'APPROVE_SECONDARY')).userErrors).toEqual([]);
  t.clock.set('2026-03-02');
  expect((await publish(await as('city'), campaign, 'CITY', dir.orgs[CITY], [id])).userErrors).toEqual([]);
  t.clock.set('2026-03-11');
  expect((await act(await as('city'), id, 'PASS_CITY_NOTICE')).userErrors).toEqual([]);
  expect((await act(await as('city'), id, 'APPROVE')).userErrors).toEqual([]);
  return id;
}
