import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idOf, toGlobalId } from '@laomo/server/common/relay/global-id.js';
import { Account } from '@laomo/server/modules/account/account.entity.js';
import { AuditEntry } from '@laomo/server/modules/audit/audit-entry.entity.js';
import { Campaign } from '@laomo/server/modules/campaign/campaign.entity.js';
import { CampaignStatus } from '@laomo/server/modules/campaign/campaign.enums.js';
import { Honor } from '@laomo/server/modules/honor/honor.entity.js';
import { RecipientKind } from '@laomo/server/modules/honor/honor.enums.js';
import { Nomination } from '@laomo/server/modules/nomination/nomination.entity.js';
import { NominationSource, NominationState } from '@laomo/server/modules/nomination/nomination.enums.js';
import { Organization } from '@laomo/server/modules/organization/organization.entity.js';
import { ModelWorker } from '@laomo/server/modules/registry/model-worker.entity.js';
import { ModelWorkerHonor } from '@laomo/server/modules/registry/model-worker-honor.entity.js';
import { HonorRevocation } from '@laomo/server/modules/revocation/honor-revocation.entity.js';
import { CITY, codes, newModelWorker, startTestApp, UNIT, type TestApp, staggered } from '../../support/testkit/index.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

const REPORT = `mutation($input: HonorRevocationReportInput!) { honorRevocationReport(input: $input) { revocation { id } userErrors { code } } }`;
const DECIDE = `mutation($input: HonorRevocationStepInput!) { honorRevocationStep(input: $input) { revocation { state } userErrors { code } } }`;
const TRANSITION = `mutation($input: NominationTransitionInput!) { nominationTransition(input: $input) { nomination { state } userErrors { code } } }`;

/**
 * A model worker whose honor was conferred by an approved file of a city campaign (seeded: the file's walk is
 * test/api/nomination's), with the honor on record as that file conferred it.
 */
async function conferredByFile(username: string) {
  const { worker } = await newModelWorker(t, username, []);
  const em = t.app.orm.em.fork();
  const city = await em.findOneOrFail(Organization, { name: CITY });
  const unit = await em.findOneOrFail(Organization, { name: UNIT });
  const honor = await em.findOneOrFail(Honor, { code: 'BJ_MODEL_WORKER' });
  const campaign = em.create(Campaign, {
    name: `2021年北京市劳动模范评选（${username}）`, year: 2021, status: CampaignStatus.CLOSED, organizer: city,
    nominationOpensOn: '2021-01-04', nominationClosesOn: '2021-02-10',
  });
  campaign.honors.add(honor);
  const file = em.create(Nomination, {
    campaign, honor, unit, state: NominationState.APPROVED, source: NominationSource.UNIT, proposer: await em.findOneOrFail(Account, { username: 'unit' }),
    recipientKind: RecipientKind.INDIVIDUAL, candidateName: '钱学文', employerName: '北京燕京精密机械有限公司', post: '装配钳工 高级技师',
    publicSummary: '扎根一线二十年。', deeds: '（事迹材料）', consentToPublish: true, modelWorker: worker.id,
  });
  const held = em.create(ModelWorkerHonor, { modelWorker: worker.id, honor, year: 2021, conferredBy: city });
  await em.flush();
  return { workerId: worker.id, held: held.id, file: toGlobalId('Nomination', file.id) };
}

describe('an honor revoked by its report and by its file at once', () => {
  it('the report’s decision and the file’s REVOKE step made at once end the honor once, without an internal error', async () => {
    const [reporter, city] = await Promise.all([t.as('city'), t.as('city')]);
    for (let round = 0; round < 4; round++) {
      const { workerId, held, file } = await conferredByFile(`mw-two-ways-${round}`);
      const reported = (await reporter.ok(REPORT, { input: { held: toGlobalId('ModelWorkerHonor', held), reason: '违法违纪' } })).honorRevocationReport;
      expect(reported.userErrors).toEqual([]);
      const [decide, revoke] = await Promise.all([
        reporter.gql(DECIDE, { input: { revocation: reported.revocation.id, action: 'REVOKE', reason: '经研究，撤销其称号（报告）' } }),
        staggered(round).then(() => city.gql(TRANSITION, { input: { nomination: file, action: 'REVOKE', reason: '经研究，撤销其称号（档案）' } })),
      ]);
      expect(decide.errors ?? revoke.errors).toBeUndefined();
      // Decided first, the file's step finds the honor ended and only closes the file; or the file went first and
      // closed the report with its own decision.
      expect([[], ['revocation/not_now']]).toContainEqual(codes(decide.data!.honorRevocationStep));
      expect(codes(revoke.data!.nominationTransition)).toEqual([]);
      expect((await t.app.orm.em.fork().findOneOrFail(Nomination, idOf(file, 'Nomination')!)).state).toBe('REVOKED');
      const em = t.app.orm.em.fork();
      const honor = await em.findOneOrFail(ModelWorkerHonor, held);
      expect(honor.revokedAt).toBeTruthy();
      expect((await em.findOneOrFail(ModelWorker, workerId)).status).toBe('REVOKED');
      const report = await em.findOneOrFail(HonorRevocation, { held });
      expect([report.state, report.decisionReason]).toEqual(['REVOKED', honor.revokeReason]);
      // The honor ended once: one line in the record's history, whose reason is the one it keeps.
      const ended = await em.find(AuditEntry, { subjectId: workerId, action: 'registry.honor_revoked' });
      expect(ended.map((l) => l.reason)).toEqual([honor.revokeReason]);
    }
  });
});
