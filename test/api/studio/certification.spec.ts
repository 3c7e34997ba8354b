import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codes, HAVES, newModelWorker, setHonorsRevoked, startTestApp, step, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let lead: ApiClient;
let workerId: string;
let studioId: string;
beforeAll(async () => {
  t = await startTestApp();
  t.clock.set('2026-03-10');
  const made = await newModelWorker(t, 'qianxuewen', ['BJ_MODEL_WORKER']);
  lead = made.client;
  workerId = made.worker.id;
});
afterAll(async () => { await t.close(); });

/** Moves the clock (sessions run on it too) and signs the lead and the city in again. */
async function signedInOn(date: string): Promise<ApiClient> {
  t.clock.set(date);
  lead = await t.as('qianxuewen');
  return t.as('city');
}
const fields = (payload: { userErrors: { field: string[] | null }[] }) => payload.userErrors.map((e) => e.field?.join('.'));

describe('a model worker applies for a municipal studio', () => {
  it('drafts it at their employer; the public cannot see it', async () => {
    const created = await step(lead, 'studioCreate', {
      name: '钱学文劳模创新工作室', level: 'MUNICIPAL', industry: 'MANUFACTURING', field: 'PROCESS_IMPROVEMENT',
      introduction: '精密装配工艺攻关', venue: '装配车间创新室', facilities: '装配试验台', venueArea: 30, annualFunding: 50_000,
      fundingSource: '公司专项经费', foundedOn: '2024-05-01',
    });
    expect(created.userErrors).toEqual([]);
    expect(created.studio).toMatchObject({ status: 'DRAFT', viewerActions: ['SUBMIT'], viewerCanEdit: true });
    studioId = created.studio!.id;
    expect((await t.anonymous().ok(`query($id: ID!) { studio(id: $id) { id } node(id: $id) { id } }`, { id: studioId }))).toEqual({ studio: null, node: null });
  });

  it('a model worker leads one studio at a time', async () => {
    const again = await step(lead, 'studioCreate', {
      name: '另一个工作室', level: 'UNIT', industry: 'MANUFACTURING', field: 'SAFETY', introduction: 'x', venue: 'x', facilities: 'x',
      venueArea: 1, annualFunding: 1, fundingSource: 'x', foundedOn: '2024-05-01',
    });
    expect(codes(again)).toEqual(['studio/already_leads']);
  });

  it('cannot be submitted before the evidence of each of the six haves is given', async () => {
    const refused = await step(lead, 'studioSubmit', { studio: studioId });
    expect(codes(refused)).toEqual(HAVES.map(() => 'studio/evidence_missing'));
    expect(fields(refused)).toEqual(HAVES.map((h) => `criteria.${h}`));
    for (const have of HAVES) {
      const saved = await step(lead, 'studioEvidenceSave', { studio: studioId, have, evidence: `${have} 的佐证材料` });
      expect(saved.userErrors).toEqual([]);
    }
    const submitted = await step(lead, 'studioSubmit', { studio: studioId });
    expect(submitted.studio).toMatchObject({ status: 'APPLIED', viewerActions: [] });
  });

  it('a district staffer keeps the file but cannot certify a municipal studio', async () => {
    const chaoyang = await t.as('chaoyang');
    const file = await chaoyang.ok(`query($id: ID!) { studio(id: $id) { viewerActions certification { criteria { have } } } }`, { id: studioId });
    expect(file.studio.viewerActions).toEqual([]);
    expect(file.studio.certification.criteria).toHaveLength(6);
    expect(codes(await step(chaoyang, 'studioCertify', { studio: studioId }))).toEqual(['auth/forbidden']);
    const haidian = await t.as('haidian');
    expect((await haidian.ok(`query($id: ID!) { studio(id: $id) { id } }`, { id: studioId })).studio).toBeNull();
  });

  it('the city certifies only when all six haves are judged met', async () => {
    const city = await t.as('city');
    expect((await city.ok(`query($id: ID!) { studio(id: $id) { viewerActions } }`, { id: studioId })).studio.viewerActions).toEqual(['RETURN', 'CERTIFY']);
    const unassessed = await step(city, 'studioCertify', { studio: studioId });
    expect(codes(unassessed).filter((c: string) => c === 'studio/not_assessed')).toHaveLength(6);
    for (const have of HAVES) {
      await step(city, 'studioCriterionAssess', { studio: studioId, have, judgement: have === 'FUNDING' ? 'NOT_MET' : 'MET', note: '核查属实' });
    }
    const oneNotMet = await step(city, 'studioCertify', { studio: studioId });
    expect(codes(oneNotMet)).toContain('studio/have_not_met');
    expect(fields(oneNotMet)).toContain('criteria.FUNDING');
    expect(codes(oneNotMet)).not.toContain('studio/not_assessed');
  });

  it('a return sends it back to the lead with a reason, and it comes back through the same gate', async () => {
    const city = await t.as('city');
    expect(codes(await step(city, 'studioReturn', { studio: studioId }))).toEqual(['studio/reason_required']);
    const returned = await step(city, 'studioReturn', { studio: studioId, reason: '经费佐证不足，请补充年度预算批复' });
    expect(returned.studio!.status).toBe('DRAFT');
    await step(lead, 'studioEvidenceSave', { studio: studioId, have: 'FUNDING', evidence: '2026 年度预算批复 15 万元' });
    expect((await step(lead, 'studioSubmit', { studio: studioId })).studio!.status).toBe('APPLIED');
    const file = await lead.ok(`query($id: ID!) { studio(id: $id) { certification { criteria { have judgement } } } }`, { id: studioId });
    expect(file.studio.certification.criteria.find((c: any) => c.have === 'FUNDING').judgement).toBeNull();
    await step(city, 'studioCriterionAssess', { studio: studioId, have: 'FUNDING', judgement: 'MET' });
  });

  it('is refused on every municipal rule it breaks, with clear messages, and certified once it meets them', async () => {
    const city = await t.as('city');
    const refused = await step(city, 'studioCertify', { studio: studioId });
    expect(codes(refused).sort()).toEqual([
      'studio/funding_too_low', 'studio/team_too_small', 'studio/too_few_projects', 'studio/too_few_results', 'studio/too_young', 'studio/venue_too_small',
    ]);
    expect(refused.userErrors.find((e: any) => e.code === 'studio/too_young')!.message).toBe('工作室须已运行满 3 年（现为 1 年）');

    await step(lead, 'studioUpdate', { studio: studioId, foundedOn: '2023-03-10', venueArea: 60, annualFunding: 150_000 });
    for (let i = 0; i < 8; i++) await step(lead, 'studioMemberAdd', { studio: studioId, name: `成员${i}`, role: '技术骨干', phone: `1391234567${i}` });
    for (const title of ['精密装配误差控制', '装配工装快换']) {
      await step(lead, 'studioProjectAdd', { studio: studioId, title, goal: '提质增效', status: 'IN_PROGRESS', startsOn: '2025-01-01' });
    }
    for (const title of ['一种轴承压装工装', '“三查”装配法']) {
      await step(lead, 'studioResultAdd', { studio: studioId, title, kind: 'PATENT', achievedOn: '2025-06-01', benefit: '效率提高' });
    }
    const oneShort = await step(city, 'studioCertify', { studio: studioId });
    expect(oneShort.userErrors).toEqual([{ code: 'studio/too_few_results', field: ['results'], message: '至少须有 3 项创新成果（现有 2 项）' }]);
    await step(lead, 'studioResultAdd', { studio: studioId, title: '装配质量追溯系统', kind: 'PRODUCT', achievedOn: '2026-01-15', benefit: '返修率下降', valueYuan: 300_000 });

    // The leader's honor counts only while it stands.
    await setHonorsRevoked(t, workerId, true);
    expect(codes(await step(city, 'studioCertify', { studio: studioId }))).toEqual(['studio/leader_treatment']);
    await setHonorsRevoked(t, workerId, false);

    const certified = await step(city, 'studioCertify', { studio: studioId });
    expect(certified.userErrors).toEqual([]);
    expect(certified.studio).toMatchObject({ status: 'CERTIFIED', certifiedOn: '2026-03-10' });
    const { studios } = await t.anonymous().ok(`{ studios(search: "钱学文") { nodes { id } } }`);
    expect(studios.nodes.map((s: any) => s.id)).toEqual([studioId]);
  });
});

describe('the annual review of a certified studio', () => {
  it('is for a year after certification, once a year', async () => {
    expect(fields(await step(await t.as('city'), 'studioReview', { studio: studioId, year: 2026, outcome: 'PASS' }))).toEqual(['year']);
    const city = await signedInOn('2027-12-10');
    const passed = await step(city, 'studioReview', { studio: studioId, year: 2027, outcome: 'PASS' });
    expect(passed.studio).toMatchObject({ status: 'CERTIFIED', certification: { reviews: [{ year: 2027, outcome: 'PASS' }] } });
    expect(codes(await step(city, 'studioReview', { studio: studioId, year: 2027, outcome: 'PASS' }))).toEqual(['studio/review_year_taken']);
    expect(codes(await step(city, 'studioReview', { studio: studioId, year: 2028, outcome: 'PASS' }))).toEqual(['studio/review_year_invalid']);
  });

  it('may order rectification with a reason; the studio keeps its title and the rectification is accepted', async () => {
    const city = await signedInOn('2028-12-10');
    expect(codes(await step(city, 'studioReview', { studio: studioId, year: 2028, outcome: 'RECTIFY' }))).toEqual(['studio/reason_required']);
    // The year is one of the step's checks, made before anything changes: every problem comes back at once.
    expect(codes(await step(city, 'studioReview', { studio: studioId, year: 2030, outcome: 'RECTIFY' }))).toEqual(['studio/review_year_invalid', 'studio/reason_required']);
    const { studio } = await city.ok(`query($id: ID!) { studio(id: $id) { viewerActionOptions { action reasonRequired refusals { code } } } }`, { id: studioId });
    expect(studio.viewerActionOptions).toContainEqual({ action: 'REVIEW_RECTIFY', reasonRequired: true, refusals: [] });
    expect(studio.viewerActionOptions).toContainEqual({ action: 'REVIEW_PASS', reasonRequired: false, refusals: [] });
    const rectify = await step(city, 'studioReview', { studio: studioId, year: 2028, outcome: 'RECTIFY', reason: '全年无新成果，限期三个月整改' });
    expect(rectify.studio).toMatchObject({ status: 'RECTIFYING', viewerActions: ['REVIEW_PASS', 'REVIEW_RECTIFY', 'REVIEW_REVOKE', 'ACCEPT_RECTIFICATION', 'REVOKE'] });
    expect((await t.anonymous().ok(`query($id: ID!) { studio(id: $id) { status } }`, { id: studioId })).studio!.status).toBe('RECTIFYING');
    const accepted = await step(city, 'studioRectificationAccept', { studio: studioId, reason: '已补充成果两项' });
    expect(accepted.studio!.status).toBe('CERTIFIED');
  });

  it('may revoke the title with a reason: the studio leaves the public list and its file records why', async () => {
    const city = await signedInOn('2029-12-10');
    expect(codes(await step(lead, 'studioRevoke', { studio: studioId, reason: 'x' }))).toEqual(['auth/forbidden']);
    const revoked = await step(city, 'studioReview', { studio: studioId, year: 2029, outcome: 'REVOKE', reason: '工作室已停止活动' });
    expect(revoked.studio).toMatchObject({ status: 'REVOKED', viewerActions: [], viewerCanEdit: false });
    expect(revoked.studio!.certification!.history.nodes.map((h: any) => h.action)).toEqual([
      'studio.create', 'studio.evidence_save', 'studio.evidence_save', 'studio.evidence_save', 'studio.evidence_save', 'studio.evidence_save',
      'studio.evidence_save', 'studio.submit', ...Array(6).fill('studio.assess'), 'studio.return', 'studio.evidence_save', 'studio.submit',
      'studio.assess', 'studio.update', 'studio.result_add', 'studio.result_add', 'studio.result_add', 'studio.certify', 'studio.review_pass',
      'studio.review_rectify', 'studio.accept_rectification', 'studio.review_revoke',
    ]);
    expect(revoked.studio!.certification!.history.nodes.at(-1)).toMatchObject({ fromState: 'CERTIFIED', toState: 'REVOKED', reason: '工作室已停止活动' });
    const page = await city.ok(`query($id: ID!) { studio(id: $id) { certification { history(first: 1) { pageInfo { hasNextPage } nodes { action } } } } }`, { id: studioId });
    expect(page.studio.certification.history).toEqual({ pageInfo: { hasNextPage: true }, nodes: [{ action: 'studio.create' }] });
    expect((await t.anonymous().ok(`query($id: ID!) { studio(id: $id) { id } }`, { id: studioId })).studio).toBeNull();
    expect(codes(await step(lead, 'studioResultAdd', { studio: studioId, title: 'x', kind: 'METHOD', achievedOn: '2029-01-01', benefit: 'x' }))).toEqual(['studio/not_editable']);
  });

  it('a certified studio may lose its title at any time for a violation', async () => {
    const city = await signedInOn('2026-05-01');
    const { studios } = await t.anonymous().ok(`{ studios(search: "张建国") { nodes { id } } }`);
    const id = studios.nodes[0].id;
    expect(codes(await step(city, 'studioRevoke', { studio: id }))).toEqual(['studio/reason_required']);
    expect((await step(city, 'studioRevoke', { studio: id, reason: '弄虚作假骗取命名' })).studio!.status).toBe('REVOKED');
  });
});
