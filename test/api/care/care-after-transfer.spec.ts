import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, newCareWorker, organizationId, signIn, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

/**
 * A model worker's record moves to another keeper (registry transfer, requested by the unit that kept them,
 * accepted by the new one in another district): the care recorded before follows the person to the new keeper
 * and the offices over it, who must see that this year's check, festival visit and grant were had; the office
 * the person left keeps seeing what it made, but nothing the new keeper makes afterwards; an office in neither
 * line sees none of it. Acting on the old items stays with the office that made them.
 */
let t: TestApp;
let unit: ApiClient;
let chaoyang: ApiClient;
let xinpian: ApiClient;
let haidian: ApiClient;
let xinghe: ApiClient;
let jingxi: ApiClient;
let city: ApiClient;
let worker: string;
let springFestival: string;
const made = { visit: '', booking: '', grant: '', pairing: '', enrolment: '' };

const RAISED = '腰椎病复发，行动不便';
const FOLLOW_UP = '协调区医院安排康复理疗';
const ILLNESS = '本人住院手术，自付四万元';
const VISIT = `mutation($input: CareVisitRecordInput!) { careVisitRecord(input: $input) { visit { id } userErrors { code } } }`;
const APPLY = `mutation($input: GrantApplyInput!) { grantApply(input: $input) { application { id } userErrors { code } } }`;
const GRANT_STEP = `mutation($input: GrantApplicationStepInput!) { grantApplicationStep(input: $input) { application { id state } userErrors { code } } }`;
const CARE = `query($w: ID!) {
  careVisits(modelWorker: $w, first: 50) { totalCount nodes { id raised } }
  healthCheckBookings(first: 100) { nodes { id modelWorker { id } } }
  recuperationEnrolments(first: 100) { nodes { id modelWorker { id } } }
  carePairings(modelWorker: $w, first: 50) { totalCount nodes { id } }
  grantApplications(first: 100) { nodes { id description claimedYuan } }
}`;

/** What of the model worker's care the office lists: ids by kind, with the personal text it reads. */
async function careSeenBy(who: ApiClient) {
  const data = await who.ok(CARE, { w: worker });
  const mine = (nodes: { id: string; modelWorker: { id: string } }[]) => nodes.filter((n) => n.modelWorker.id === worker).map((n) => n.id);
  const ids = Object.values(made);
  return {
    visits: data.careVisits.nodes as { id: string; raised: string | null }[],
    visitCount: data.careVisits.totalCount as number,
    bookings: mine(data.healthCheckBookings.nodes),
    enrolments: mine(data.recuperationEnrolments.nodes),
    pairings: (data.carePairings.nodes as { id: string }[]).map((n) => n.id),
    grants: (data.grantApplications.nodes as { id: string; description: string }[]).filter((n) => ids.includes(n.id) || n.description.startsWith('海淀')),
  };
}

beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2027-03-01');
  [unit, chaoyang, haidian, city] = await Promise.all((['unit', 'chaoyang', 'haidian', 'city'] as const).map((u) => signIn(t, u)));
  // The staff of the other demo units (db/seeders/demo-accounts.ts): 中关村芯片 and 京西公交 under 海淀, 星河智造 under 朝阳.
  [xinpian, jingxi, xinghe] = await Promise.all(['xinpian', 'jingxi', 'xinghe'].map((u) => t.as(u)));
  worker = (await newCareWorker(t, '调往中关村劳模', { withAccount: false })).id;
  springFestival = ((await unit.ok(`{ careFestivals { id name } }`)).careFestivals as { id: string; name: string }[]).find((f) => f.name === '春节')!.id;
  // The unit that keeps them visits them at the Spring Festival, books this year's check, enrols them, pairs them and applies for a grant.
  made.visit = (await unit.ok(VISIT, { input: {
    modelWorker: worker, visitedOn: '2027-02-06', visitorName: '陈芳', visitorKind: 'GRASSROOTS_CADRE', reason: 'FESTIVAL', festival: springFestival, raised: RAISED, followUp: FOLLOW_UP,
  } })).careVisitRecord.visit.id;
  const packages = (await unit.ok(`{ healthCheckPackages { id code } }`)).healthCheckPackages as { id: string; code: string }[];
  const checkBatch = (await city.ok(`mutation($input: HealthCheckBatchCreateInput!) { healthCheckBatchCreate(input: $input) { batch { id } userErrors { code } } }`, {
    input: { name: '2027年劳模体检', venue: '北京工人疗养院', startsOn: '2027-03-10', endsOn: '2027-03-12', capacity: 50 },
  })).healthCheckBatchCreate.batch.id;
  made.booking = (await unit.ok(`mutation($input: HealthCheckBookInput!) { healthCheckBook(input: $input) { booking { id } userErrors { code } } }`, {
    input: { batch: checkBatch, package: packages.find((p) => p.code === 'MUNICIPAL_1200')!.id, modelWorker: worker },
  })).healthCheckBook.booking.id;
  const restBatch = (await city.ok(`mutation($input: RecuperationBatchCreateInput!) { recuperationBatchCreate(input: $input) { batch { id } userErrors { code } } }`, {
    input: { name: '2027年劳模疗休养（杭州）', destination: '杭州', startsOn: '2027-05-10', endsOn: '2027-05-16', capacity: 30, arrangement: 'CITY', transportYuan: 1_500, restYuan: 3_000 },
  })).recuperationBatchCreate.batch.id;
  made.enrolment = (await unit.ok(`mutation($input: RecuperationEnrolInput!) { recuperationEnrol(input: $input) { enrolment { id } userErrors { code } } }`, {
    input: { batch: restBatch, modelWorker: worker },
  })).recuperationEnrol.enrolment.id;
  made.pairing = (await unit.ok(`mutation($input: CarePairingCreateInput!) { carePairingCreate(input: $input) { pairing { id } userErrors { code } } }`, {
    input: { modelWorker: worker, partnerKind: 'DISTRICT_UNION_LEADER', partnerName: '马主席', partnerPost: '朝阳区总工会副主席', partnerPhone: '010-65001234' },
  })).carePairingCreate.pairing.id;
  made.grant = (await unit.ok(APPLY, { input: { modelWorker: worker, cause: 'OWN_SERIOUS_ILLNESS', claimedYuan: 40_000, description: ILLNESS } })).grantApply.application.id;
  expect(Object.values(made).every(Boolean)).toBe(true);
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('care recorded before a registry transfer', () => {
  it('before the move, only the unit’s own line sees it', async () => {
    for (const who of [xinpian, haidian]) {
      expect(await careSeenBy(who)).toEqual({ visits: [], visitCount: 0, bookings: [], enrolments: [], pairings: [], grants: [] });
    }
  });

  it('after the move, the new keeper and its district list all of it, with what was raised and the hardship details', async () => {
    const transfer = (await unit.ok(`mutation($input: ModelWorkerTransferRequestInput!) { modelWorkerTransferRequest(input: $input) { transfer { id } userErrors { code } } }`, {
      input: { modelWorker: worker, to: await organizationId(t, '北京中关村芯片设计有限公司工会'), keeping: 'EMPLOYER', reason: '工作调动至中关村芯片' },
    })).modelWorkerTransferRequest;
    expect(transfer.userErrors).toEqual([]);
    expect((await xinpian.ok(`mutation($id: ID!) { modelWorkerTransferAccept(input: { transfer: $id }) { transfer { state } userErrors { code } } }`, { id: transfer.transfer.id }))
      .modelWorkerTransferAccept).toEqual({ transfer: { state: 'ACCEPTED' }, userErrors: [] });
    for (const who of [xinpian, haidian]) {
      expect(await careSeenBy(who)).toEqual({
        visits: [{ id: made.visit, raised: RAISED }], visitCount: 1, bookings: [made.booking], enrolments: [made.enrolment], pairings: [made.pairing],
        grants: [{ id: made.grant, description: ILLNESS, claimedYuan: 40_000 }],
      });
    }
  });

  it('the new keeper counts the old keeper’s festival visit: the person is not on its list of those still to visit', async () => {
    const LIST = `query($f: ID!, $only: Boolean) { careFestivalList(festival: $f, year: 2027, notVisitedOnly: $only, first: 100) { nodes { visited modelWorker { id } } } }`;
    const all = (await xinpian.ok(LIST, { f: springFestival })).careFestivalList.nodes as { visited: boolean; modelWorker: { id: string } }[];
    expect(all.find((n) => n.modelWorker.id === worker)).toEqual({ visited: true, modelWorker: { id: worker } });
    const toVisit = (await xinpian.ok(LIST, { f: springFestival, only: true })).careFestivalList.nodes as { modelWorker: { id: string } }[];
    expect(toVisit.some((n) => n.modelWorker.id === worker)).toBe(false);
  });

  it('opening the old grant: the new keeper’s district reads it but does not decide it; the district that applied still does', async () => {
    expect(codes((await haidian.ok(GRANT_STEP, { input: { application: made.grant, action: 'REVIEW' } })).grantApplicationStep)).toEqual(['auth/forbidden']);
    expect(await xinghe.ok(GRANT_STEP, { input: { application: made.grant, action: 'REVIEW' } }))
      .toEqual({ grantApplicationStep: { application: null, userErrors: [{ code: 'common/not_found' }] } });
    expect((await chaoyang.ok(GRANT_STEP, { input: { application: made.grant, action: 'REVIEW' } })).grantApplicationStep.userErrors).toEqual([]);
  });

  it('an office in neither line sees nothing of it', async () => {
    for (const who of [xinghe, jingxi]) {
      expect(await careSeenBy(who)).toEqual({ visits: [], visitCount: 0, bookings: [], enrolments: [], pairings: [], grants: [] });
    }
  });

  it('the office the person left keeps seeing what it made, but not what the new keeper makes afterwards', async () => {
    const later = (await xinpian.ok(VISIT, { input: {
      modelWorker: worker, visitedOn: '2027-02-28', visitorName: '钱磊', visitorKind: 'GRASSROOTS_CADRE', reason: 'HOME_VISIT', raised: '希望安排康复理疗',
    } })).careVisitRecord.visit.id;
    const laterGrant = (await xinpian.ok(APPLY, { input: { modelWorker: worker, cause: 'HOME_FIRE', claimedYuan: 12_000, description: '海淀住所失火，损失一万二' } })).grantApply.application.id;
    expect(later && laterGrant).toBeTruthy();
    for (const who of [unit, chaoyang]) {
      expect(await careSeenBy(who)).toEqual({
        visits: [{ id: made.visit, raised: RAISED }], visitCount: 1, bookings: [made.booking], enrolments: [made.enrolment], pairings: [made.pairing],
        grants: [{ id: made.grant, description: ILLNESS, claimedYuan: 40_000 }],
      });
    }
    const keeper = await careSeenBy(haidian);
    expect(keeper.visits.map((v) => v.id)).toEqual([later, made.visit]);
    expect(keeper.grants.map((g) => g.id)).toEqual([laterGrant, made.grant]);
  });

  it('the follow-up of the old keeper’s visit is the new keeper’s to close: the page offers it to whoever may, and it closes once', async () => {
    const FOLLOW = `query($w: ID!) { careVisits(modelWorker: $w, first: 50) { nodes { id followUp viewerCanMarkFollowUpDone } } }`;
    const DONE = `mutation($input: CareVisitFollowUpDoneInput!) { careVisitFollowUpDone(input: $input) { visit { id followUpDoneAt viewerCanMarkFollowUpDone } userErrors { code } } }`;
    const offered = async (who: ApiClient) => ((await who.ok(FOLLOW, { w: worker })).careVisits.nodes as { id: string; followUp: string | null; viewerCanMarkFollowUpDone: boolean }[])
      .find((n) => n.id === made.visit);
    // The office that recorded it and the one that keeps the person now may; an office in neither line does not even see it.
    for (const who of [unit, xinpian]) expect(await offered(who)).toEqual({ id: made.visit, followUp: FOLLOW_UP, viewerCanMarkFollowUpDone: true });
    expect(await offered(xinghe)).toBeUndefined();
    expect(codes((await xinghe.ok(DONE, { input: { visit: made.visit } })).careVisitFollowUpDone)).toEqual(['common/not_found']);
    const closed = (await xinpian.ok(DONE, { input: { visit: made.visit } })).careVisitFollowUpDone;
    expect(closed.userErrors).toEqual([]);
    expect(closed.visit).toMatchObject({ id: made.visit, viewerCanMarkFollowUpDone: false });
    expect(closed.visit.followUpDoneAt).toBeTruthy();
    expect((await offered(unit))!.viewerCanMarkFollowUpDone).toBe(false);
    expect(codes((await unit.ok(DONE, { input: { visit: made.visit } })).careVisitFollowUpDone)).toEqual(['care_visit/follow_up_done']);
  });
});
