import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerHonor } from '../registry/model-worker-honor.entity.js';
import { Gender } from '../registry/registry.enums.js';
import { classOf } from '../registry/model-worker-class.js';
import { linkAccount } from '../registry/model-worker-account.js';
import { Account } from '../account/account.entity.js';
import { AccountKind } from '../account/account.enums.js';
import { NominationSource } from './nomination.enums.js';
import { withdrawFromCurrentNotice } from './nomination.notice-entry.js';
import { revokeHeldHonor } from './nomination.revocation.js';
import type { StepContext } from './nomination.guards.js';
import type { Effect as KernelEffect } from '../../common/workflow/workflow.js';

/** Something a step changes besides the file's state. */
export type Effect = KernelEffect<StepContext>;

/**
 * The candidate's own sign-in, when there is one: the self-nominating proposer, or else the public account
 * registered (with an SMS code) on the phone the file gives for the candidate.
 */
async function candidateAccount(em: StepContext['em'], nomination: StepContext['nomination']): Promise<Account | null> {
  if (nomination.source === NominationSource.SELF) return nomination.proposer.loadOrFail();
  return nomination.phone ? em.findOne(Account, { phone: nomination.phone, kind: AccountKind.PUBLIC, disabled: false }) : null;
}

/**
 * 命名表彰: the person enters (or updates) the registry and holds the honor, conferred by the organizer; the
 * class follows from their situation on record, and their account, if any, is linked and made a model worker's.
 */
export const confer: Effect = async ({ em, nomination, now }) => {
  const campaign = await nomination.campaign.loadOrFail();
  const existing = nomination.modelWorker ? await nomination.modelWorker.loadOrFail()
    : nomination.idNumberIndex ? await em.findOne(ModelWorker, { idNumberIndex: nomination.idNumberIndex }) : null;
  const worker = existing ?? em.create(ModelWorker, {
    name: nomination.candidateName, gender: nomination.gender ?? Gender.MALE, organization: nomination.unit,
    employerName: nomination.employerName, post: nomination.post,
  });
  // Both are sealed with the same key: the file's sealed number, its index and masked form move to the record as they are.
  if (!existing && nomination.idNumberSealed) {
    Object.assign(worker, { idNumberSealed: nomination.idNumberSealed, idNumberIndex: nomination.idNumberIndex, idNumberMasked: nomination.idNumberMasked });
  }
  Object.assign(worker, {
    name: nomination.candidateName, employerName: nomination.employerName, post: nomination.post, organization: nomination.unit,
    phone: nomination.phone ?? worker.phone ?? null, birthDate: nomination.birthDate ?? worker.birthDate ?? null,
    ethnicity: nomination.ethnicity ?? worker.ethnicity ?? null, politicalStatus: nomination.politicalStatus ?? worker.politicalStatus ?? null,
    // The summary the notices published; it shows on a profile only once the person consents to one.
    deedsSummary: nomination.publicSummary,
  });
  if (nomination.gender) worker.gender = nomination.gender;
  worker.category = classOf(worker);
  const account = await candidateAccount(em, nomination);
  if (account && !worker.account && !(await em.count(ModelWorker, { account }))) await linkAccount(em, worker, account);
  em.create(ModelWorkerHonor, { modelWorker: worker, honor: nomination.honor, year: campaign.year, conferredBy: campaign.organizer, createdAt: now });
  nomination.modelWorker = em.getReference(ModelWorker, worker.id, { wrapped: true });
};

/** 退出机制: the honor conferred by this file ends, with everything it carried (revocation.consequences.ts). */
export const revokeHonor: Effect = async ({ em, viewer, nomination, now, reason }) => {
  if (!nomination.modelWorker) return;
  const campaign = await nomination.campaign.loadOrFail();
  const held = await em.find(ModelWorkerHonor, { modelWorker: nomination.modelWorker, honor: nomination.honor.id, year: campaign.year, revokedAt: null });
  for (const honor of held) await revokeHeldHonor(em, viewer, honor, reason ?? '', now ?? new Date());
};

/** An upheld objection takes the candidate off the notice that lists them. */
export const withdrawFromNotice: Effect = async ({ em, nomination }) => {
  await withdrawFromCurrentNotice(em, nomination);
};
