import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, newCareWorker, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let admin: ApiClient;
let city: ApiClient;
let chaoyang: ApiClient;

const STANDARDS = `{ carePairingRules { id level partnerKind } careVisitQuotas { id code name visitorKinds visitsPerYear } careFestivals { id code name position } }`;
const RULE = `mutation($input: CarePairingRuleUpdateInput!) { carePairingRuleUpdate(input: $input) { rule { level partnerKind } userErrors { code field } } }`;
const QUOTA = `mutation($input: CareVisitQuotaUpdateInput!) { careVisitQuotaUpdate(input: $input) { quota { code name visitorKinds visitsPerYear } userErrors { code field } } }`;
const FESTIVAL = `mutation($input: CareFestivalUpdateInput!) { careFestivalUpdate(input: $input) { festival { code name position } userErrors { code field } } }`;
const PAIR = `mutation($input: CarePairingCreateInput!) { carePairingCreate(input: $input) { pairing { partnerKind } userErrors { code } } }`;
const COVERAGE = `query($year: Int) { careCoverage(year: $year, first: 1) { nodes { standings { code required } } } }`;

type Standards = {
  carePairingRules: { id: string; level: string; partnerKind: string }[];
  careVisitQuotas: { id: string; code: string; name: string; visitorKinds: string[]; visitsPerYear: number }[];
  careFestivals: { id: string; code: string; name: string; position: number }[];
};
const standards = async (who: ApiClient): Promise<Standards> => who.ok(STANDARDS);
const audits = async (action: string) => t.app.orm.em.fork().getConnection()
  .execute(`select data from audit_entry where action = ? order by at`, [action]) as Promise<{ data: { before: unknown; after: unknown } }[]>;

beforeAll(async () => {
  t = await startTestApp();
  [admin, city, chaoyang] = await Promise.all(['admin', 'city', 'chaoyang'].map((u) => t.as(u)));
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('八分八有’s standards are data administrators keep (seed 003)', () => {
  it('administrators and care staff read them; only administrators change them; anonymous callers are refused first', async () => {
    const seen = await standards(admin);
    expect(seen.carePairingRules.map((r) => [r.level, r.partnerKind])).toEqual([
      ['NATIONAL', 'DISTRICT_LEADER'], ['PROVINCIAL', 'DISTRICT_UNION_LEADER'], ['DISTRICT', 'GRASSROOTS_CADRE'],
    ]);
    expect(await standards(chaoyang)).toEqual(seen);
    const provincial = seen.carePairingRules.find((r) => r.level === 'PROVINCIAL')!;
    for (const who of [city, chaoyang]) {
      expect(codes((await who.ok(RULE, { input: { rule: provincial.id, partnerKind: 'DISTRICT_LEADER' } })).carePairingRuleUpdate)).toEqual(['auth/forbidden']);
      expect(codes((await who.ok(QUOTA, { input: { quota: seen.careVisitQuotas[0]!.id, visitsPerYear: 9 } })).careVisitQuotaUpdate)).toEqual(['auth/forbidden']);
      expect(codes((await who.ok(FESTIVAL, { input: { festival: seen.careFestivals[0]!.id, name: '元旦' } })).careFestivalUpdate)).toEqual(['auth/forbidden']);
    }
    expect(codes((await t.anonymous().ok(RULE, { input: { rule: provincial.id, partnerKind: 'DISTRICT_LEADER' } })).carePairingRuleUpdate)).toEqual(['auth/required']);
    expect((await t.anonymous().gql(STANDARDS)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await standards(admin)).toEqual(seen);
  });

  it('a level’s contact kind: later pairings follow the new rule; the change is audited', async () => {
    const provincial = (await standards(admin)).carePairingRules.find((r) => r.level === 'PROVINCIAL')!;
    const worker = await newCareWorker(t, '规则结对劳模', { withAccount: false });
    const pair = async (partnerKind: string) => (await chaoyang.ok(PAIR, {
      input: { modelWorker: worker.id, partnerKind, partnerName: '李区工会', partnerPost: '区总工会干事', partnerPhone: '010-65001234' },
    })).carePairingCreate;
    const changed = (await admin.ok(RULE, { input: { rule: provincial.id, partnerKind: 'DISTRICT_UNION_STAFF' } })).carePairingRuleUpdate;
    expect(changed).toEqual({ rule: { level: 'PROVINCIAL', partnerKind: 'DISTRICT_UNION_STAFF' }, userErrors: [] });
    expect(codes(await pair('DISTRICT_UNION_LEADER'))).toEqual(['care_visit/partner_kind']);
    expect((await pair('DISTRICT_UNION_STAFF')).pairing.partnerKind).toBe('DISTRICT_UNION_STAFF');
    expect((await audits('care.pairing_rule_update')).map((a) => a.data)).toEqual([
      { before: { partnerKind: 'DISTRICT_UNION_LEADER' }, after: { partnerKind: 'DISTRICT_UNION_STAFF' } },
    ]);
  });

  it('a visiting duty: only the fields named change, coverage counts by the new figure, bad figures are refused', async () => {
    const grassroots = (await standards(admin)).careVisitQuotas.find((q) => q.code === 'GRASSROOTS')!;
    const answer = (await admin.ok(QUOTA, { input: { quota: grassroots.id, visitsPerYear: 3 } })).careVisitQuotaUpdate;
    expect(answer).toEqual({ quota: { code: 'GRASSROOTS', name: grassroots.name, visitorKinds: ['GRASSROOTS_CADRE'], visitsPerYear: 3 }, userErrors: [] });
    const renamed = (await admin.ok(QUOTA, { input: { quota: grassroots.id, name: '基层工会干部每年至少走访 3 次', visitorKinds: ['GRASSROOTS_CADRE', 'DISTRICT_UNION_STAFF'] } })).careVisitQuotaUpdate;
    expect(renamed.quota).toEqual({ code: 'GRASSROOTS', name: '基层工会干部每年至少走访 3 次', visitorKinds: ['GRASSROOTS_CADRE', 'DISTRICT_UNION_STAFF'], visitsPerYear: 3 });
    const standings = (await chaoyang.ok(COVERAGE, {})).careCoverage.nodes[0].standings;
    expect(standings).toEqual(expect.arrayContaining([{ code: 'GRASSROOTS', required: 3 }]));
    expect(codes((await admin.ok(QUOTA, { input: { quota: grassroots.id, visitsPerYear: 0 } })).careVisitQuotaUpdate)).toEqual(['common/invalid']);
    expect(codes((await admin.ok(QUOTA, { input: { quota: grassroots.id, visitorKinds: [] } })).careVisitQuotaUpdate)).toEqual(['common/invalid']);
    expect((await standards(admin)).careVisitQuotas.find((q) => q.code === 'GRASSROOTS')!.visitsPerYear).toBe(3);
    expect((await audits('care.visit_quota_update')).map((a) => a.data)).toEqual([
      { before: { visitsPerYear: 2 }, after: { visitsPerYear: 3 } },
      { before: { name: grassroots.name, visitorKinds: ['GRASSROOTS_CADRE'] }, after: { name: '基层工会干部每年至少走访 3 次', visitorKinds: ['GRASSROOTS_CADRE', 'DISTRICT_UNION_STAFF'] } },
    ]);
  });

  it('the festivals: renamed and moved; the list follows the new order', async () => {
    const festivals = (await standards(admin)).careFestivals;
    const doubleNinth = festivals.find((f) => f.code === 'DOUBLE_NINTH')!;
    const answer = (await admin.ok(FESTIVAL, { input: { festival: doubleNinth.id, name: '重阳节（敬老）', position: 0 } })).careFestivalUpdate;
    expect(codes(answer)).toEqual(['common/invalid']);
    expect((await admin.ok(FESTIVAL, { input: { festival: doubleNinth.id, name: '重阳节（敬老）' } })).careFestivalUpdate.festival)
      .toEqual({ code: 'DOUBLE_NINTH', name: '重阳节（敬老）', position: 6 });
    expect((await admin.ok(FESTIVAL, { input: { festival: festivals.find((f) => f.code === 'SPRING_FESTIVAL')!.id, position: 7 } })).careFestivalUpdate.userErrors).toEqual([]);
    expect((await chaoyang.ok(`{ careFestivals { code name } }`)).careFestivals.map((f: { code: string }) => f.code)).toEqual([
      'MAY_DAY', 'DRAGON_BOAT', 'MID_AUTUMN', 'NATIONAL_DAY', 'DOUBLE_NINTH', 'SPRING_FESTIVAL',
    ]);
    expect(codes((await admin.ok(FESTIVAL, { input: { festival: 'Q2FyZUZlc3RpdmFsOm5vbmU=', name: '元旦' } })).careFestivalUpdate)).toEqual(['common/not_found']);
    expect((await audits('care.festival_update')).map((a) => a.data)).toEqual([
      { before: { name: '重阳节' }, after: { name: '重阳节（敬老）' } },
      { before: { position: 1 }, after: { position: 7 } },
    ]);
  });
});
