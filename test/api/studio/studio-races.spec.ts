import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerHonor } from '@laomo/server/modules/registry/model-worker-honor.entity.js';
import { Studio } from '@laomo/server/modules/studio/studio.entity.js';
import { StudioCriterion, StudioMember, StudioProject, StudioResult } from '@laomo/server/modules/studio/studio-parts.entity.js';
import {
  StudioField, StudioHave, StudioIndustry, StudioJudgement, StudioLevel, StudioProjectStatus, StudioResultKind, StudioStatus,
} from '@laomo/server/modules/studio/studio.enums.js';
import { CHAOYANG, codes, newModelWorker, startTestApp, UNIT, type ApiClient, type TestApp, staggered } from '../../support/testkit/index.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const REPORT = `mutation($input: HonorRevocationReportInput!) { honorRevocationReport(input: $input) { revocation { id } userErrors { code } } }`;
const DECIDE = `mutation($input: HonorRevocationStepInput!) { honorRevocationStep(input: $input) { revocation { state } userErrors { code } } }`;
const CERTIFY = `mutation($input: StudioCertifyInput!) { studioCertify(input: $input) { studio { status } userErrors { code field } } }`;
const REVIEW = `mutation($input: StudioReviewInput!) { studioReview(input: $input) { studio { status } userErrors { code field } } }`;

/**
 * A unit-level studio led by the worker, seeded in `status`: applied with every have judged met and
 * enough of everything (so the unit may certify it), or certified in 2020 (so the unit may review 2021).
 */
async function seededStudio(workerId: string, name: string, status: StudioStatus.APPLIED | StudioStatus.CERTIFIED) {
  const em = t.app.orm.em.fork();
  const studio = em.create(Studio, {
    name, level: StudioLevel.UNIT, status, organization: await em.findOneOrFail(Organization, { name: UNIT }),
    district: await em.findOneOrFail(Organization, { name: CHAOYANG }), industry: StudioIndustry.MANUFACTURING,
    field: StudioField.TECHNICAL_INNOVATION, leader: workerId, introduction: '精密加工技术攻关。', venue: '二号厂房', facilities: '数控机床',
    venueArea: 120, annualFunding: 300_000, fundingSource: '企业专项经费', foundedOn: '2015-03-01',
    certifiedOn: status === StudioStatus.CERTIFIED ? '2020-06-01' : null,
  });
  for (const have of Object.values(StudioHave)) em.create(StudioCriterion, { studio, have, evidence: '材料齐全', judgement: StudioJudgement.MET });
  for (const n of [1, 2, 3]) em.create(StudioMember, { studio, name: `成员${n}`, role: '技术骨干' });
  em.create(StudioProject, { studio, title: '主轴精度攻关', goal: '精度提升一级', status: StudioProjectStatus.IN_PROGRESS, startsOn: '2024-01-01' });
  em.create(StudioResult, { studio, title: '装配新工法', kind: StudioResultKind.TECHNIQUE, achievedOn: '2024-06-01', benefit: '年节约工时三百小时' });
  await em.flush();
  return studio.id;
}

/** A worker holding one honor, with a studio, and a revocation report on that honor already at the city (which decides it). */
async function reportedLeader(username: string, city: ApiClient, status: StudioStatus.APPLIED | StudioStatus.CERTIFIED) {
  const { worker } = await newModelWorker(t, username, ['BJ_MODEL_WORKER']);
  const studio = await seededStudio(worker.id, `${username}创新工作室`, status);
  const held = await t.app.orm.em.fork().findOneOrFail(ModelWorkerHonor, { modelWorker: worker.id });
  const { revocation, userErrors } = (await city.ok(REPORT, { input: { held: toGlobalId('ModelWorkerHonor', held.id), reason: '违法违纪' } })).honorRevocationReport;
  expect(userErrors).toEqual([]);
  return { workerId: worker.id, studioId: studio, studio: toGlobalId('Studio', studio), revocation: revocation.id as string };
}

async function stored(workerId: string, studioId: string) {
  const em = t.app.orm.em.fork();
  return { record: (await em.findOneOrFail(ModelWorker, workerId)).status, studio: (await em.findOneOrFail(Studio, studioId)).status };
}

describe('a studio step and the revocation of its leader’s honor, made at once', () => {
  it('certifying a studio while its leader’s only honor is revoked never leaves a certified studio under a revoked record', async () => {
    const [unit, city] = await Promise.all((['unit', 'city'] as const).map((u) => t.as(u)));
    for (let round = 0; round < 8; round++) {
      const { workerId, studioId, studio, revocation } = await reportedLeader(`mw-certify-race-${round}`, city, StudioStatus.APPLIED);
      const [certify, decide] = await Promise.all([
        staggered(round, 20).then(() => unit.gql(CERTIFY, { input: { studio } })),
        city.gql(DECIDE, { input: { revocation, action: 'REVOKE', reason: '撤销其劳动模范称号' } }),
      ]);
      expect(certify.errors ?? decide.errors).toBeUndefined();
      expect(codes(decide.data!.honorRevocationStep)).toEqual([]);
      const certifyCodes = codes(certify.data!.studioCertify);
      // Certified first, then revoked with its leader's honor; or the honor went first and the leader no longer qualifies.
      expect([[], ['studio/leader_honor']]).toContainEqual(certifyCodes);
      expect(await stored(workerId, studioId)).toEqual({ record: 'REVOKED', studio: certifyCodes.length ? 'APPLIED' : 'REVOKED' });
    }
  });

  it('an annual review ordering rectification while the leader’s only honor is revoked never keeps the title', async () => {
    const [unit, city] = await Promise.all((['unit', 'city'] as const).map((u) => t.as(u)));
    for (let round = 0; round < 8; round++) {
      const { workerId, studioId, studio, revocation } = await reportedLeader(`mw-review-race-${round}`, city, StudioStatus.CERTIFIED);
      const [review, decide] = await Promise.all([
        staggered(round, 20).then(() => unit.gql(REVIEW, { input: { studio, year: 2021, outcome: 'RECTIFY', reason: '成果不足，限期整改' } })),
        city.gql(DECIDE, { input: { revocation, action: 'REVOKE', reason: '撤销其劳动模范称号' } }),
      ]);
      expect(review.errors ?? decide.errors).toBeUndefined();
      expect(codes(decide.data!.honorRevocationStep)).toEqual([]);
      // Reviewed first, then the title goes with the honor; or the title went first and there is nothing left to review.
      expect([[], ['studio/transition_not_allowed']]).toContainEqual(codes(review.data!.studioReview));
      expect(await stored(workerId, studioId)).toEqual({ record: 'REVOKED', studio: 'REVOKED' });
    }
  });

  it('a studio applied for twice at once (a double click) is made once; the second is told the person leads one already', async () => {
    const CREATE = `mutation($input: StudioCreateInput!) { studioCreate(input: $input) { studio { id } userErrors { code } } }`;
    for (let round = 0; round < 4; round++) {
      const { worker, client } = await newModelWorker(t, `mw-create-twice-${round}`, ['BJ_MODEL_WORKER']);
      const input = {
        name: `劳模创新工作室${round}`, level: 'UNIT', industry: 'MANUFACTURING', field: 'SAFETY', introduction: '安全生产攻关', venue: '一号车间',
        facilities: '实训台', venueArea: 40, annualFunding: 20_000, fundingSource: '企业专项经费', foundedOn: '2024-05-01',
      };
      const both = await Promise.all([client.gql(CREATE, { input }), staggered(round, 5).then(() => client.gql(CREATE, { input }))]);
      expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(both.map((r) => codes(r.data!.studioCreate)).sort()).toEqual([[], ['studio/already_leads']]);
      expect(await t.app.orm.em.fork().count(Studio, { leader: worker.id })).toBe(1);
    }
  });
});
