import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerHonor } from '@laomo/server/modules/registry/model-worker-honor.entity.js';
import { Studio } from '@laomo/server/modules/studio/studio.entity.js';
import { StudioField, StudioIndustry, StudioLevel, StudioStatus } from '@laomo/server/modules/studio/studio.enums.js';
import { AuditEntry } from '@laomo/server/modules/audit/audit-entry.entity.js';
import { HonorRevocation } from '@laomo/server/modules/revocation/honor-revocation.entity.js';
import { RevocationState } from '@laomo/server/modules/revocation/revocation.enums.js';
import { CHAOYANG, codes, newModelWorker, organizationId, SAMPLE, startTestApp, UNIT, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const REPORT = `mutation($input: HonorRevocationReportInput!) {
  honorRevocationReport(input: $input) { revocation { id state at { name } conferringBody { name } viewerActions } userErrors { code field } }
}`;
const STEP = `mutation($input: HonorRevocationStepInput!) {
  honorRevocationStep(input: $input) { revocation { id state decisionReason at { name } viewerActions } userErrors { code field } }
}`;
const SUBMIT = `mutation($input: SuggestionSubmitInput!) { suggestionSubmit(input: $input) { suggestion { id } userErrors { code } } }`;

/** A certified studio led by the worker, listed publicly (the certification itself is walked in test/api/studio). */
async function certifiedStudio(workerId: string, name: string, level = StudioLevel.UNIT) {
  const em = t.app.orm.em.fork();
  const unit = await em.findOneOrFail(Organization, { name: UNIT });
  const district = await em.findOneOrFail(Organization, { name: CHAOYANG });
  const studio = em.create(Studio, {
    name, level, status: StudioStatus.CERTIFIED, organization: unit, district, industry: StudioIndustry.MANUFACTURING,
    field: StudioField.TECHNICAL_INNOVATION, leader: workerId, introduction: '精密加工技术攻关。', venue: '二号厂房', facilities: '数控机床',
    venueArea: 120, annualFunding: 300_000, fundingSource: '企业专项经费', foundedOn: '2015-03-01', certifiedOn: '2020-06-01',
  });
  await em.flush();
  return studio.id;
}

async function heldIds(workerId: string) {
  const held = await t.app.orm.em.fork().find(ModelWorkerHonor, { modelWorker: workerId }, { populate: ['honor'] });
  return Object.fromEntries(held.map((h) => [h.honor.getEntity().code, toGlobalId('ModelWorkerHonor', h.id)]));
}

const listed = async (name: string) =>
  (await t.anonymous().ok(`query($s: String) { studios(search: $s, first: 10) { nodes { name } } }`, { s: name })).studios.nodes.length;

describe('退出机制: revoking an honor on record, reported up to the conferring body', () => {
  it('passes up office by office; the conferring body revokes with a reason, ending the record, its studio, suggestions and role', async () => {
    const { worker, client: person } = await newModelWorker(t, 'mw-revoked', ['BJ_MODEL_WORKER']);
    const studio = await certifiedStudio(worker.id, '钱学文精密加工创新工作室');
    const held = (await heldIds(worker.id)).BJ_MODEL_WORKER;
    expect(await listed('钱学文精密加工')).toBe(1);
    expect(codes((await person.ok(SUBMIT, { input: { ...SAMPLE, publishConsent: false } })).suggestionSubmit)).toEqual([]);

    const unit = await t.as('unit');
    const chaoyang = await t.as('chaoyang');
    const city = await t.as('city');
    const reported = (await unit.ok(REPORT, { input: { held, reason: '因严重违法被依法追究刑事责任' } })).honorRevocationReport;
    expect(reported.userErrors).toEqual([]);
    // Conferred before laomo, with no body on record: the top union decides.
    expect(reported.revocation).toMatchObject({ state: 'REPORTED', at: { name: UNIT }, conferringBody: { name: '北京市总工会' }, viewerActions: ['FORWARD'] });
    const id = reported.revocation.id;
    expect(codes((await unit.ok(REPORT, { input: { held, reason: '重复报告' } })).honorRevocationReport)).toEqual(['revocation/already_reported']);

    // The city may not decide before the report has reached it, nor the unit decide at all.
    expect(codes((await city.ok(STEP, { input: { revocation: id, action: 'REVOKE', reason: '越级' } })).honorRevocationStep)).toEqual(['revocation/not_at_conferring_body']);
    expect((await unit.gql(STEP, { input: { revocation: id, action: 'REVOKE', reason: '越权' } })).data?.honorRevocationStep.userErrors.map((e: any) => e.code)).toEqual(['auth/forbidden']);

    expect((await unit.ok(STEP, { input: { revocation: id, action: 'FORWARD' } })).honorRevocationStep.revocation.at.name).toBe(CHAOYANG);
    expect((await chaoyang.ok(STEP, { input: { revocation: id, action: 'FORWARD' } })).honorRevocationStep.revocation.at.name).toBe('北京市总工会');
    expect(codes((await city.ok(STEP, { input: { revocation: id, action: 'REVOKE' } })).honorRevocationStep)).toEqual(['revocation/reason_required']);
    const revoked = (await city.ok(STEP, { input: { revocation: id, action: 'REVOKE', reason: '经市总工会研究，撤销其北京市劳动模范称号' } })).honorRevocationStep;
    expect(revoked.userErrors).toEqual([]);
    expect(revoked.revocation).toMatchObject({ state: 'REVOKED', decisionReason: '经市总工会研究，撤销其北京市劳动模范称号', viewerActions: [] });

    const em = t.app.orm.em.fork();
    expect((await em.findOneOrFail(ModelWorker, worker.id)).status).toBe('REVOKED');
    expect((await em.findOneOrFail(ModelWorkerHonor, { modelWorker: worker.id })).revokeReason).toBe('经市总工会研究，撤销其北京市劳动模范称号');
    expect((await em.findOneOrFail(Studio, studio)).status).toBe('REVOKED');
    expect(await listed('钱学文精密加工')).toBe(0);
    // Suggestion rights and the model-worker role end; the public profile goes.
    const again = await t.as('mw-revoked');
    expect(codes((await again.ok(SUBMIT, { input: { ...SAMPLE, title: '关于职工食堂的建议', publishConsent: false } })).suggestionSubmit)).toEqual(['suggestion/not_model_worker']);
    expect((await again.ok(`{ viewer { roleGrants { role } capabilities } }`)).viewer).toEqual({ roleGrants: [], capabilities: [] });
    expect((await t.anonymous().ok(`query($id: ID!) { modelWorkerProfile(id: $id) { name } node(id: $id) { id } }`, { id: toGlobalId('ModelWorker', worker.id) })))
      .toEqual({ modelWorkerProfile: null, node: null });
    // Every step is audited.
    const lines = await em.find(AuditEntry, { subjectId: { $in: [idOf(id, 'HonorRevocation')!, worker.id, studio] } }, { orderBy: { at: 'asc', action: 'asc' } });
    expect(lines.map((l) => l.action).sort()).toEqual([
      'registry.honor_revoked', 'registry.record_revoked', 'revocation.forward', 'revocation.forward', 'revocation.report', 'revocation.revoke', 'studio.revoke',
    ]);
  });

  it('a dismissed report leaves the honor, the record and the studio as they were', async () => {
    const { worker } = await newModelWorker(t, 'mw-dismissed', ['BJ_MODEL_WORKER']);
    const studio = await certifiedStudio(worker.id, '钱学文数控创新工作室');
    const city = await t.as('city');
    const { revocation } = (await city.ok(REPORT, { input: { held: (await heldIds(worker.id)).BJ_MODEL_WORKER, reason: '群众来信反映' } })).honorRevocationReport;
    expect(revocation.at.name).toBe('北京市总工会');
    const dismissed = (await city.ok(STEP, { input: { revocation: revocation.id, action: 'DISMISS', reason: '经核查，反映不属实' } })).honorRevocationStep;
    expect(dismissed.revocation.state).toBe('DISMISSED');
    const em = t.app.orm.em.fork();
    expect((await em.findOneOrFail(ModelWorker, worker.id)).status).toBe('ACTIVE');
    expect((await em.findOneOrFail(Studio, studio)).status).toBe('CERTIFIED');
    expect(codes((await city.ok(STEP, { input: { revocation: revocation.id, action: 'REVOKE', reason: '再议' } })).honorRevocationStep)).toEqual(['revocation/not_now']);
  });

  it('with another honor left the record stays, and the studio keeps its title only if that honor qualifies its leader', async () => {
    const { worker, client: person } = await newModelWorker(t, 'mw-partial', ['BJ_MODEL_WORKER', 'DISTRICT_LABOR_MEDAL']);
    const municipal = await certifiedStudio(worker.id, '钱学文市级创新工作室', StudioLevel.MUNICIPAL);
    const city = await t.as('city');
    const { revocation } = (await city.ok(REPORT, { input: { held: (await heldIds(worker.id)).BJ_MODEL_WORKER, reason: '违规' } })).honorRevocationReport;
    expect(codes((await city.ok(STEP, { input: { revocation: revocation.id, action: 'REVOKE', reason: '撤销市级称号' } })).honorRevocationStep)).toEqual([]);
    const em = t.app.orm.em.fork();
    expect((await em.findOneOrFail(ModelWorker, worker.id)).status).toBe('ACTIVE');
    // A municipal studio needs a leader with provincial treatment; the district medal carries none.
    expect((await em.findOneOrFail(Studio, municipal)).status).toBe('REVOKED');
    expect(codes((await person.ok(SUBMIT, { input: { ...SAMPLE, publishConsent: false } })).suggestionSubmit)).toEqual([]);
  });

  it('the staff pages’ path: a record’s honors name the held honor, show an open report, and the report links back to the record in scope', async () => {
    const { worker } = await newModelWorker(t, 'mw-pages', ['BJ_MODEL_WORKER']);
    const recordId = toGlobalId('ModelWorker', worker.id);
    const HONORS = `query($id: ID!) { registryRecord(id: $id) { honors { id revocationReported honor { code } } } }`;
    const unit = await t.as('unit');
    const [before] = (await unit.ok(HONORS, { id: recordId })).registryRecord.honors;
    expect(before).toMatchObject({ id: (await heldIds(worker.id)).BJ_MODEL_WORKER, revocationReported: false, honor: { code: 'BJ_MODEL_WORKER' } });

    const { revocation } = (await unit.ok(REPORT, { input: { held: before.id, reason: '违纪' } })).honorRevocationReport;
    expect((await unit.ok(HONORS, { id: recordId })).registryRecord.honors[0].revocationReported).toBe(true);
    const LINK = `query($id: ID!) { node(id: $id) { ... on HonorRevocation { reportedAt record { id name } } } }`;
    const seen = (await unit.ok(LINK, { id: revocation.id })).node;
    expect(seen.record).toEqual({ id: recordId, name: worker.name });
    expect(Number.isNaN(Date.parse(seen.reportedAt))).toBe(false);
    // Once dismissed the honor may be reported again.
    const city = await t.as('city');
    await unit.ok(STEP, { input: { revocation: revocation.id, action: 'FORWARD' } });
    await (await t.as('chaoyang')).ok(STEP, { input: { revocation: revocation.id, action: 'FORWARD' } });
    expect(codes((await city.ok(STEP, { input: { revocation: revocation.id, action: 'DISMISS', reason: '不属实' } })).honorRevocationStep)).toEqual([]);
    expect((await unit.ok(HONORS, { id: recordId })).registryRecord.honors[0].revocationReported).toBe(false);
  });

  it('is refused to staff outside the person’s line and to the public', async () => {
    const { worker } = await newModelWorker(t, 'mw-outside', ['BJ_MODEL_WORKER']);
    const held = (await heldIds(worker.id)).BJ_MODEL_WORKER;
    const haidian = await t.as('haidian');
    expect((await haidian.gql(REPORT, { input: { held, reason: '越界' } })).data?.honorRevocationReport.userErrors.map((e: any) => e.code)).toEqual(['auth/forbidden']);
    expect((await t.anonymous().gql(REPORT, { input: { held, reason: '匿名' } })).data?.honorRevocationReport.userErrors.map((e: any) => e.code)).toEqual(['auth/required']);
    expect((await haidian.gql(`{ honorRevocations(first: 10) { nodes { id } } }`)).data?.honorRevocations.nodes).toEqual([]);
  });

  it('made or decided at once, the second report and the second decision are refused cleanly', async () => {
    const { worker } = await newModelWorker(t, 'mw-race', ['BJ_MODEL_WORKER']);
    const held = (await heldIds(worker.id)).BJ_MODEL_WORKER;
    const [city, otherCity] = [await t.as('city'), await t.as('city')];
    const reports = await Promise.all([city, otherCity].map((c) => c.ok(REPORT, { input: { held, reason: '同时报告' } })));
    expect(reports.map((r) => codes(r.honorRevocationReport)).sort()).toEqual([[], ['revocation/already_reported']]);
    const id = reports.find((r) => r.honorRevocationReport.revocation)!.honorRevocationReport.revocation.id;
    const decisions = await Promise.all([
      city.ok(STEP, { input: { revocation: id, action: 'REVOKE', reason: '撤销' } }),
      otherCity.ok(STEP, { input: { revocation: id, action: 'DISMISS', reason: '不予撤销' } }),
    ]);
    expect(decisions.map((d) => codes(d.honorRevocationStep)).sort()).toEqual([[], ['revocation/not_now']]);
  });

  // A report is read and decided along the record's keeper line (policy.ts gives HONOR_REVOCATION_REPORT and
  // REGISTRY_READ to the same offices, and both follow the record's keeper). Moved while a report was open, the
  // record would leave the report where neither the office holding it nor the new keeper could act on it, so a
  // record with an open report keeps its keeper until the report is decided; a decided report moves with it.
  const TRANSFER = `mutation($input: ModelWorkerTransferRequestInput!) { modelWorkerTransferRequest(input: $input) { transfer { id } userErrors { code } } }`;
  const ACCEPT = `mutation($id: ID!) { modelWorkerTransferAccept(input: { transfer: $id }) { transfer { state } userErrors { code } } }`;
  const toHaidian = async (recordId: string) => ({ modelWorker: recordId, to: await organizationId(t, '海淀区总工会'), keeping: 'LOCALITY', reason: '退休后居住在海淀' });

  it('a record with an open report keeps its keeper until the report is decided; the decided report then moves with it', async () => {
    const { worker } = await newModelWorker(t, 'mw-moved', ['BJ_MODEL_WORKER']);
    const recordId = toGlobalId('ModelWorker', worker.id);
    const [unit, chaoyang, haidian, city] = await Promise.all((['unit', 'chaoyang', 'haidian', 'city'] as const).map((u) => t.as(u)));
    // A transfer asked before the report: accepting it waits for the decision.
    const asked = (await unit.ok(TRANSFER, { input: await toHaidian(recordId) })).modelWorkerTransferRequest;
    expect(asked.userErrors).toEqual([]);
    const { revocation } = (await unit.ok(REPORT, { input: { held: (await heldIds(worker.id)).BJ_MODEL_WORKER, reason: '违纪' } })).honorRevocationReport;
    expect(codes((await haidian.ok(ACCEPT, { id: asked.transfer.id })).modelWorkerTransferAccept)).toEqual(['registry/transfer_revocation_open']);
    const [zh, en] = await Promise.all([t.as('haidian', 'zh-CN'), t.as('haidian', 'en')]);
    const MESSAGE = `mutation($id: ID!) { modelWorkerTransferAccept(input: { transfer: $id }) { userErrors { message } } }`;
    expect((await zh.ok(MESSAGE, { id: asked.transfer.id })).modelWorkerTransferAccept.userErrors).toEqual([{ message: '该劳模有尚未决定的撤销称号报告，报告决定后方可移交' }]);
    expect((await en.ok(MESSAGE, { id: asked.transfer.id })).modelWorkerTransferAccept.userErrors[0].message).toMatch(/revocation report .* still open/);
    // Declined, a new request is refused as well while the report is open.
    const DECLINE = `mutation($input: ModelWorkerTransferDeclineInput!) { modelWorkerTransferDecline(input: $input) { userErrors { code } } }`;
    expect(codes((await haidian.ok(DECLINE, { input: { transfer: asked.transfer.id, reason: '待撤销报告决定后再议' } })).modelWorkerTransferDecline)).toEqual([]);
    expect(codes((await unit.ok(TRANSFER, { input: await toHaidian(recordId) })).modelWorkerTransferRequest)).toEqual(['registry/transfer_revocation_open']);

    // Passed up and dismissed by the city, the report no longer holds the record.
    const SEEN = `query($id: ID!) { node(id: $id) { ... on HonorRevocation { name reportReason state at { name } record { id name phone keeper { name } } } } }`;
    expect((await chaoyang.ok(SEEN, { id: revocation.id })).node.record).toEqual({ id: recordId, name: worker.name, phone: '13911112222', keeper: { name: UNIT } });
    await unit.ok(STEP, { input: { revocation: revocation.id, action: 'FORWARD' } });
    await chaoyang.ok(STEP, { input: { revocation: revocation.id, action: 'FORWARD' } });
    expect(codes((await city.ok(STEP, { input: { revocation: revocation.id, action: 'DISMISS', reason: '经核查，违纪情节轻微' } })).honorRevocationStep)).toEqual([]);
    const transfer = (await unit.ok(TRANSFER, { input: await toHaidian(recordId) })).modelWorkerTransferRequest;
    expect(transfer.userErrors).toEqual([]);
    expect((await haidian.ok(ACCEPT, { id: transfer.transfer.id })).modelWorkerTransferAccept).toEqual({ transfer: { state: 'ACCEPTED' }, userErrors: [] });

    const LISTED = `{ honorRevocations(first: 100) { nodes { id } } }`;
    const RECORD = `query($id: ID!) { registryRecord(id: $id) { id phone } }`;
    // The unit that made the report and the district it passed through read neither the report nor the record now.
    for (const old of [unit, chaoyang]) {
      expect(await old.gql(SEEN, { id: revocation.id })).toEqual({ data: { node: null } });
      expect((await old.ok(LISTED)).honorRevocations.nodes.map((n: { id: string }) => n.id)).not.toContain(revocation.id);
      expect(await old.gql(RECORD, { id: recordId })).toEqual({ data: { registryRecord: null } });
    }
    // The new keeper's district and the city read the decided report, and with it the record where it is kept now.
    for (const now of [haidian, city]) {
      expect((await now.ok(LISTED)).honorRevocations.nodes.map((n: { id: string }) => n.id)).toContain(revocation.id);
      expect((await now.ok(SEEN, { id: revocation.id })).node).toEqual({
        name: worker.name, reportReason: '违纪', state: 'DISMISSED', at: { name: '北京市总工会' },
        record: { id: recordId, name: worker.name, phone: '13911112222', keeper: { name: '海淀区总工会' } },
      });
    }
  });

  it('a report and the acceptance of a transfer made at once never both go through', async () => {
    const [unit, haidian] = await Promise.all((['unit', 'haidian'] as const).map((u) => t.as(u)));
    const outcomes: string[] = [];
    for (let round = 0; round < 4; round++) {
      const { worker } = await newModelWorker(t, `mw-moving-${round}`, ['BJ_MODEL_WORKER']);
      const recordId = toGlobalId('ModelWorker', worker.id);
      const asked = (await unit.ok(TRANSFER, { input: await toHaidian(recordId) })).modelWorkerTransferRequest;
      const held = (await heldIds(worker.id)).BJ_MODEL_WORKER;
      const [report, accept] = await Promise.all([
        unit.gql(REPORT, { input: { held, reason: '同时发生' } }),
        haidian.gql(ACCEPT, { id: asked.transfer.id }),
      ]);
      expect(report.errors ?? accept.errors).toBeUndefined();
      const reportCodes = codes(report.data!.honorRevocationReport);
      const acceptCodes = codes(accept.data!.modelWorkerTransferAccept);
      // Either the report came first and holds the record, or the record moved first, out of the unit's reach.
      expect([[[], ['registry/transfer_revocation_open']], [['auth/forbidden'], []]]).toContainEqual([reportCodes, acceptCodes]);
      const em = t.app.orm.em.fork();
      const kept = await em.findOneOrFail(ModelWorker, worker.id, { populate: ['organization'] });
      const open = await em.count(HonorRevocation, { modelWorker: worker.id, state: RevocationState.REPORTED });
      expect([kept.organization.getEntity().name, open]).toEqual(reportCodes.length ? ['海淀区总工会', 0] : [UNIT, 1]);
      outcomes.push(reportCodes.length ? 'moved' : 'reported');
    }
    expect(outcomes).toHaveLength(4);
  });
});
