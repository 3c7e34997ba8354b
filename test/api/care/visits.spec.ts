import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerStatus } from '@laomo/server/modules/registry/registry.enums.js';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { codes, newModelWorker, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let self: ApiClient;
let unit: ApiClient;
let chaoyang: ApiClient;
let haidian: ApiClient;
let city: ApiClient;
let admin: ApiClient;
let selfWorker: string;
let national: string;
let nationalClient: ApiClient;
let districtLevel: string;
let haidianWorker: string;
let festivals: { id: string; code: string; name: string }[];

const PAIRING = 'id level partnerKind partnerName partnerPost partnerPhone startedOn endedOn endReason modelWorker { name } organization { name }';
const CREATE = `mutation($input: CarePairingCreateInput!) { carePairingCreate(input: $input) { pairing { ${PAIRING} } userErrors { code field message } } }`;
const END = `mutation($input: CarePairingEndInput!) { carePairingEnd(input: $input) { pairing { ${PAIRING} } userErrors { code field } } }`;
const VISIT = 'id visitedOn year visitorName visitorKind reason raised followUp followUpDoneAt byPairedContact festival { code } modelWorker { id name }';
const RECORD = `mutation($input: CareVisitRecordInput!) { careVisitRecord(input: $input) { visit { ${VISIT} } userErrors { code field message } } }`;
const DONE = `mutation($input: CareVisitFollowUpDoneInput!) { careVisitFollowUpDone(input: $input) { visit { ${VISIT} } userErrors { code } } }`;
const COVERAGE = `query($year: Int!, $only: Boolean) { careCoverage(year: $year, uncoveredOnly: $only, first: 100) { totalCount nodes { covered modelWorker { id } standings { code visits required met } } } }`;
const MY_CARD = `{ myCarePairing { kind name post phone since } }`;

const pair = async (who: ApiClient, input: Record<string, unknown>) =>
  (await who.ok(CREATE, { input: { partnerName: '王立新', partnerPost: '区委副书记', partnerPhone: '010-68001234', ...input } })).carePairingCreate;
const visit = async (who: ApiClient, input: Record<string, unknown>) =>
  (await who.ok(RECORD, { input: { visitorName: '李红', visitorKind: 'GRASSROOTS_CADRE', reason: 'HOME_VISIT', visitedOn: '2025-03-02', ...input } })).careVisitRecord;
const coverageOf = async (who: ApiClient, year: number, worker: string, only = false) =>
  (await who.ok(COVERAGE, { year, only })).careCoverage.nodes.find((n: any) => n.modelWorker.id === worker);

async function setBirthDate(globalIdOrName: string, birthDate: string) {
  const em = t.app.orm.em.fork();
  await em.nativeUpdate(ModelWorker, { id: globalIdOrName }, { birthDate });
}

beforeAll(async () => {
  t = await startTestApp();
  [self, unit, chaoyang, haidian, city, admin] = await Promise.all(['modelworker', 'unit', 'chaoyang', 'haidian', 'city', 'admin'].map((u) => t.as(u)));
  const n = await newModelWorker(t, 'cv-national', ['NATIONAL_MODEL_WORKER']);
  national = n.worker.nodeId;
  nationalClient = n.client;
  districtLevel = (await newModelWorker(t, 'cv-district', ['DISTRICT_MODEL_WORKER'])).worker.nodeId;
  const em = t.app.orm.em.fork();
  selfWorker = toGlobalId('ModelWorker', (await em.findOneOrFail(ModelWorker, { name: '张建国' })).id);
  const haidianUnion = await em.findOneOrFail(Organization, { name: '海淀区总工会' });
  const worker = await em.findOneOrFail(ModelWorker, { organization: { path: { $like: `${haidianUnion.path}%` } }, status: ModelWorkerStatus.ACTIVE }, { orderBy: { name: 'asc' } });
  haidianWorker = toGlobalId('ModelWorker', worker.id);
  festivals = (await chaoyang.ok(`{ careFestivals { id code name } }`)).careFestivals;
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('one-to-one pairing by level (seed 003)', () => {
  it('the rule is one table: national ↔ district leader, provincial ↔ district-union leader, district ↔ grassroots cadre', async () => {
    const rules = (await chaoyang.ok(`{ carePairingRules { level partnerKind } }`)).carePairingRules;
    expect(rules).toEqual(expect.arrayContaining([
      { level: 'NATIONAL', partnerKind: 'DISTRICT_LEADER' },
      { level: 'PROVINCIAL', partnerKind: 'DISTRICT_UNION_LEADER' },
      { level: 'DISTRICT', partnerKind: 'GRASSROOTS_CADRE' },
    ]));
    expect(rules).toHaveLength(3);
  });

  it('refuses a contact of the wrong kind for the level, in the user’s language, and accepts the right one', async () => {
    const wrong = await pair(chaoyang, { modelWorker: national, partnerKind: 'GRASSROOTS_CADRE' });
    expect(codes(wrong)).toEqual(['care_visit/partner_kind']);
    expect(wrong.userErrors[0].message).toBe('按结对规则，全国劳模应与区领导结对');
    const ok = await pair(chaoyang, { modelWorker: national, partnerKind: 'DISTRICT_LEADER' });
    expect(ok.userErrors).toEqual([]);
    expect(ok.pairing).toMatchObject({ level: 'NATIONAL', partnerKind: 'DISTRICT_LEADER', endedOn: null, organization: { name: '北京燕京精密机械有限公司工会' } });
    // A 全国五一劳动奖章 holder is treated as provincial in Beijing: a district-union leader.
    expect(codes(await pair(unit, { modelWorker: selfWorker, partnerKind: 'DISTRICT_LEADER' }))).toEqual(['care_visit/partner_kind']);
    expect(codes(await pair(unit, { modelWorker: districtLevel, partnerKind: 'DISTRICT_UNION_LEADER' }))).toEqual(['care_visit/partner_kind']);
    expect((await pair(unit, { modelWorker: districtLevel, partnerKind: 'GRASSROOTS_CADRE', partnerName: '赵敏', partnerPost: '工会主席', startedOn: '2025-01-01' })).userErrors).toEqual([]);
  });

  it('one open pairing per person, even when two offices pair at once', async () => {
    const both = await Promise.all([
      pair(unit, { modelWorker: selfWorker, partnerKind: 'DISTRICT_UNION_LEADER', partnerName: '周强' }),
      pair(chaoyang, { modelWorker: selfWorker, partnerKind: 'DISTRICT_UNION_LEADER', partnerName: '吴刚' }),
    ]);
    expect(both.map((p) => codes(p)).sort()).toEqual([[], ['care_visit/already_paired']]);
    const open = (await chaoyang.ok(`query($w: ID!) { carePairings(modelWorker: $w, active: true) { totalCount } }`, { w: selfWorker })).carePairings;
    expect(open.totalCount).toBe(1);
  });

  it('another district cannot pair or end a pairing it does not keep; ending keeps the history', async () => {
    expect(codes(await pair(haidian, { modelWorker: national, partnerKind: 'DISTRICT_LEADER' }))).toEqual(['auth/forbidden']);
    const [open] = (await chaoyang.ok(`query($w: ID!) { carePairings(modelWorker: $w, active: true) { nodes { id } } }`, { w: national })).carePairings.nodes;
    expect(codes((await haidian.ok(END, { input: { pairing: open.id, reason: '工作调整' } })).carePairingEnd)).toEqual(['auth/forbidden']);
    expect(codes((await chaoyang.ok(END, { input: { pairing: open.id, reason: '工作调整', endedOn: '2999-01-01' } })).carePairingEnd)).toEqual(['care_visit/future_date']);
    const ended = (await chaoyang.ok(END, { input: { pairing: open.id, reason: '联系人工作调整' } })).carePairingEnd;
    expect(ended.pairing).toMatchObject({ endReason: '联系人工作调整' });
    expect(ended.pairing.endedOn).not.toBeNull();
    expect(codes((await chaoyang.ok(END, { input: { pairing: open.id, reason: '再次结束' } })).carePairingEnd)).toEqual(['care_visit/pairing_ended']);
    expect((await pair(chaoyang, { modelWorker: national, partnerKind: 'DISTRICT_LEADER', partnerName: '陈建华' })).userErrors).toEqual([]);
    const history = (await chaoyang.ok(`query($w: ID!) { carePairings(modelWorker: $w) { nodes { partnerName endedOn } } }`, { w: national })).carePairings.nodes;
    expect(history.map((p: any) => [p.partnerName, p.endedOn === null])).toEqual(expect.arrayContaining([['王立新', false], ['陈建华', true]]));
    expect(history).toHaveLength(2);
  });

  it('the model worker sees their own contact card, and only theirs', async () => {
    const card = (await nationalClient.ok(MY_CARD)).myCarePairing;
    expect(card).toMatchObject({ kind: 'DISTRICT_LEADER', name: '陈建华', post: '区委副书记', phone: '010-68001234' });
    expect((await self.ok(MY_CARD)).myCarePairing).toMatchObject({ kind: 'DISTRICT_UNION_LEADER' });
    expect((await unit.ok(MY_CARD)).myCarePairing).toBeNull();
    expect((await t.anonymous().gql(MY_CARD)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('visits', () => {
  it('checks the date and the festival, and seals what was raised at rest', async () => {
    expect(codes(await visit(unit, { modelWorker: districtLevel, visitedOn: '2999-01-01' }))).toEqual(['care_visit/future_date']);
    expect(codes(await visit(unit, { modelWorker: districtLevel, visitedOn: '2025-02-30' }))).toEqual(['calendar/date_invalid']);
    expect(codes(await visit(unit, { modelWorker: districtLevel, reason: 'FESTIVAL' }))).toEqual(['care_visit/festival_required']);
    expect(codes(await visit(unit, { modelWorker: districtLevel, festival: festivals[0]!.id }))).toEqual(['care_visit/festival_not_festival']);
    const recorded = await visit(unit, {
      modelWorker: districtLevel, reason: 'ILLNESS', visitorName: '赵敏', raised: '术后恢复期，行动不便，医药费负担重', followUp: '协助申请困难救助',
    });
    expect(recorded.visit).toMatchObject({ year: 2025, raised: '术后恢复期，行动不便，医药费负担重', followUp: '协助申请困难救助', followUpDoneAt: null, byPairedContact: true });
    const em = t.app.orm.em.fork();
    const rows = await em.getConnection().execute(`select raised_sealed, follow_up_sealed from care_visit`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.raised_sealed ?? 'v1:').toMatch(/^v1:/);
      expect(JSON.stringify(row)).not.toContain('行动不便');
      expect(JSON.stringify(row)).not.toContain('困难救助');
    }
    const audit = await em.getConnection().execute(`select data::text as data from audit_entry where action = 'care.visit_record'`);
    expect(audit.map((a: any) => a.data).join()).not.toContain('行动不便');
    // The follow-up is marked done once.
    expect((await unit.ok(DONE, { input: { visit: recorded.visit.id } })).careVisitFollowUpDone.visit.followUpDoneAt).not.toBeNull();
    expect(codes((await unit.ok(DONE, { input: { visit: recorded.visit.id } })).careVisitFollowUpDone)).toEqual(['care_visit/follow_up_done']);
    // Another district neither recorded it nor keeps the person: to it the visit does not exist.
    expect(codes((await haidian.ok(DONE, { input: { visit: recorded.visit.id } })).careVisitFollowUpDone)).toEqual(['common/not_found']);
  });

  it('what was raised is never in a public type nor reachable by the public or the model worker', async () => {
    const schema = (await t.anonymous().ok(`{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`)).__schema.types;
    const typeName = (ty: any): string => ty.name ?? typeName(ty.ofType);
    const holders = schema.filter((ty: any) => ty.fields?.some((f: any) => ['CareVisit', 'CareVisitConnection'].includes(typeName(f.type)))).map((ty: any) => ty.name).sort();
    expect(holders).toEqual(['CareVisitConnection', 'CareVisitEdge', 'CareVisitPayload', 'Query']);
    const withRaised = schema.filter((ty: any) => ty.fields?.some((f: any) => f.name === 'raised')).map((ty: any) => ty.name);
    expect(withRaised).toEqual(['CareVisit']);
    const [one] = (await unit.ok(`{ careVisits(first: 1) { nodes { id } } }`)).careVisits.nodes;
    expect((await t.anonymous().ok(`query($id: ID!) { node(id: $id) { id } }`, { id: one.id })).node).toBeNull();
    expect((await self.gql(`{ careVisits(first: 1) { nodes { raised } } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await admin.gql(`{ careVisits(first: 1) { nodes { raised } } }`)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('coverage per year: district-union staff at least once, grassroots cadres at least twice', () => {
  it('changes on each edge, counts the visit’s own year, and lists who has not been visited', async () => {
    const year = 2024;
    expect(await coverageOf(chaoyang, year, national)).toMatchObject({ covered: false, standings: [{ visits: 0, required: 1, met: false }, { visits: 0, required: 2, met: false }] });
    await visit(chaoyang, { modelWorker: national, visitorKind: 'DISTRICT_UNION_STAFF', visitorName: '孙丽', visitedOn: '2024-01-01' });
    await visit(unit, { modelWorker: national, visitedOn: '2024-06-01' });
    // The day before the year and the day after it count for the years they are in.
    await visit(unit, { modelWorker: national, visitedOn: '2023-12-31' });
    await visit(unit, { modelWorker: national, visitedOn: '2025-01-01' });
    const oneShort = await coverageOf(chaoyang, year, national);
    expect(oneShort.covered).toBe(false);
    expect(oneShort.standings.map((s: any) => [s.code, s.visits, s.met])).toEqual(expect.arrayContaining([['DISTRICT_UNION', 1, true], ['GRASSROOTS', 1, false]]));
    expect(await coverageOf(chaoyang, year, national, true)).toBeDefined();
    const before = (await chaoyang.ok(`query($y: Int!) { careCoverageSummary(year: $y) { people covered uncovered } }`, { y: year })).careCoverageSummary;

    await visit(unit, { modelWorker: national, visitedOn: '2024-12-31', reason: 'FESTIVAL', festival: festivals.find((f) => f.code === 'NATIONAL_DAY')!.id });
    expect((await coverageOf(chaoyang, year, national)).covered).toBe(true);
    expect(await coverageOf(chaoyang, year, national, true)).toBeUndefined();
    const after = (await chaoyang.ok(`query($y: Int!) { careCoverageSummary(year: $y) { people covered uncovered } }`, { y: year })).careCoverageSummary;
    expect(after).toEqual({ people: before.people, covered: before.covered + 1, uncovered: before.uncovered - 1 });
  });

  it('a district leader’s visits do not stand in for the district union’s', async () => {
    const worker = (await newModelWorker(t, 'cv-leader-only', ['BJ_MODEL_WORKER'])).worker.nodeId;
    for (const on of ['2024-02-01', '2024-03-01', '2024-04-01']) await visit(unit, { modelWorker: worker, visitedOn: on, visitorKind: 'DISTRICT_LEADER', visitorName: '刘书记' });
    await visit(unit, { modelWorker: worker, visitedOn: '2024-05-01' });
    await visit(unit, { modelWorker: worker, visitedOn: '2024-05-02' });
    expect((await coverageOf(unit, 2024, worker)).standings.find((s: any) => s.code === 'DISTRICT_UNION')).toMatchObject({ visits: 0, met: false });
    await visit(chaoyang, { modelWorker: worker, visitedOn: '2024-09-01', visitorKind: 'DISTRICT_UNION_LEADER', visitorName: '马主席' });
    expect((await coverageOf(unit, 2024, worker)).covered).toBe(true);
  });
});

describe('this week’s birthdays and the festivals’ lists', () => {
  it('lists the birthdays of this Beijing week, Monday to Sunday, and marks a birthday visit', async () => {
    t.clock.set('2026-06-10');
    const em = t.app.orm.em.fork();
    const ids = (await em.find(ModelWorker, { name: '钱学文' })).map((w) => w.id);
    await setBirthDate(ids[0]!, '1966-06-14');
    await setBirthDate(ids[1]!, '1970-06-15');
    const week = (await unit.ok(`{ careBirthdaysThisWeek(first: 100) { totalCount nodes { birthday age visited modelWorker { id } } } }`)).careBirthdaysThisWeek;
    const mine = week.nodes.filter((n: any) => ids.map((id) => toGlobalId('ModelWorker', id)).includes(n.modelWorker.id));
    expect(mine).toEqual([{ birthday: '2026-06-14', age: 60, visited: false, modelWorker: { id: toGlobalId('ModelWorker', ids[0]!) } }]);
    await visit(unit, { modelWorker: toGlobalId('ModelWorker', ids[0]!), reason: 'BIRTHDAY', visitedOn: '2026-06-09' });
    const again = (await unit.ok(`{ careBirthdaysThisWeek(first: 100) { nodes { visited modelWorker { id } } } }`)).careBirthdaysThisWeek.nodes;
    expect(again.find((n: any) => n.modelWorker.id === toGlobalId('ModelWorker', ids[0]!)).visited).toBe(true);
    expect((await haidian.ok(`{ careBirthdaysThisWeek(first: 100) { nodes { modelWorker { id } } } }`)).careBirthdaysThisWeek.nodes
      .some((n: any) => n.modelWorker.id === toGlobalId('ModelWorker', ids[0]!))).toBe(false);
  });

  it('the six festivals are data, and a festival’s list marks who was visited for it', async () => {
    expect(festivals.map((f) => f.name)).toEqual(['春节', '五一劳动节', '端午节', '中秋节', '国庆节', '重阳节']);
    const doubleNinth = festivals.find((f) => f.code === 'DOUBLE_NINTH')!.id;
    const LIST = `query($f: ID!, $only: Boolean) { careFestivalList(festival: $f, year: 2025, notVisitedOnly: $only, first: 100) { totalCount nodes { visited modelWorker { id } } } }`;
    const before = (await unit.ok(LIST, { f: doubleNinth })).careFestivalList;
    expect(before.nodes.find((n: any) => n.modelWorker.id === districtLevel)).toMatchObject({ visited: false });
    await visit(unit, { modelWorker: districtLevel, reason: 'FESTIVAL', festival: doubleNinth, visitedOn: '2025-10-29' });
    const after = (await unit.ok(LIST, { f: doubleNinth })).careFestivalList;
    expect(after.totalCount).toBe(before.totalCount);
    expect(after.nodes.find((n: any) => n.modelWorker.id === districtLevel)).toMatchObject({ visited: true });
    const notVisited = (await unit.ok(LIST, { f: doubleNinth, only: true })).careFestivalList;
    expect(notVisited.totalCount).toBe(before.totalCount - 1);
    expect(notVisited.nodes.some((n: any) => n.modelWorker.id === districtLevel)).toBe(false);
  });
});

describe('every list is scoped: a unit its own, a district its units, the city all', () => {
  it('the pairings, visits, festival lists and coverage (the birthdays’ scope is tested with them above)', async () => {
    await visit(haidian, { modelWorker: haidianWorker, visitedOn: '2025-05-01', visitorKind: 'DISTRICT_UNION_STAFF', visitorName: '海淀干事' });
    await pair(haidian, { modelWorker: haidianWorker, partnerKind: 'DISTRICT_UNION_LEADER' });
    const festival = festivals[0]!.id;
    const LISTS = `query($f: ID!) {
      carePairings(first: 100) { nodes { modelWorker { id } } }
      careVisits(first: 100) { nodes { modelWorker { id } } }
      careFestivalList(festival: $f, year: 2025, first: 100) { nodes { modelWorker { id } } }
      careCoverage(year: 2025, first: 100) { nodes { modelWorker { id } } }
    }`;
    const sees = async (who: ApiClient) => {
      const data = await who.ok(LISTS, { f: festival });
      return Object.fromEntries(Object.entries(data).map(([k, v]: [string, any]) => [k, new Set(v.nodes.map((n: any) => n.modelWorker.id))])) as Record<string, Set<string>>;
    };
    const [u, c, h, all] = await Promise.all([sees(unit), sees(chaoyang), sees(haidian), sees(city)]);
    for (const list of ['carePairings', 'careVisits', 'careFestivalList', 'careCoverage']) {
      expect([list, u[list]!.has(districtLevel), u[list]!.has(haidianWorker)]).toEqual([list, true, false]);
      expect([list, c[list]!.has(districtLevel), c[list]!.has(haidianWorker)]).toEqual([list, true, false]);
      expect([list, h[list]!.has(districtLevel), h[list]!.has(haidianWorker)]).toEqual([list, false, true]);
      expect([list, all[list]!.has(districtLevel), all[list]!.has(haidianWorker)]).toEqual([list, true, true]);
    }
  });

  it('administrators, model workers and the public see none of them', async () => {
    const festival = festivals[0]!.id;
    for (const who of [admin, self, t.anonymous()]) {
      for (const query of [
        `{ carePairings(first: 1) { totalCount } }`, `{ careVisits(first: 1) { totalCount } }`, `{ careBirthdaysThisWeek(first: 1) { totalCount } }`,
        `{ careCoverage(first: 1) { totalCount } }`, `{ careCoverageSummary { people } }`, `query($f: ID!) { careFestivalList(festival: $f, first: 1) { totalCount } }`,
      ]) {
        const result = await who.gql(query, { f: festival });
        expect([query, result.errors?.[0]?.extensions?.code]).toEqual([query, expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/)]);
      }
    }
  });

  it('answers errors in English too', async () => {
    const en = await t.as('chaoyang', 'en');
    const wrong = (await en.ok(CREATE, { input: { modelWorker: districtLevel, partnerKind: 'DISTRICT_LEADER', partnerName: 'x', partnerPost: 'y', partnerPhone: '13800000000' } })).carePairingCreate;
    expect(wrong.userErrors[0].message).toBe('By the pairing rules a district model worker is paired with a grassroots union cadre');
  });
});

