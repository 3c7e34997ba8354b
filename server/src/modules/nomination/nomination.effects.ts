import { ModelWorker } from '../registry/model-worker.entity.js';
import { ModelWorkerHonor } from '../registry/model-worker-honor.entity.js';
import { ModelWorkerStatus } from '../registry/registry.enums.js';
import { Gender } from '../registry/registry.enums.js';
import { findByIdNumber, setIdNumber } from '../registry/registry.service.js';
import { withdrawFromCurrentNotice } from './nomination.notice-entry.js';
import type { StepContext } from './nomination.guards.js';
import type { Effect as KernelEffect } from '../../common/workflow/workflow.js';

/** Something a step changes besides the file's state. */
export type Effect = KernelEffect<StepContext>;

/** 命名表彰: the person enters (or updates) the registry and holds the honor, conferred by the organizer. */
export const confer: Effect = async ({ em, nomination, now }) => {
  const campaign = await nomination.campaign.loadOrFail();
  const existing = nomination.modelWorker ? await nomination.modelWorker.loadOrFail()
    : nomination.idNumber ? await findByIdNumber(em, nomination.idNumber) : null;
  const worker = existing ?? em.create(ModelWorker, {
    name: nomination.candidateName, gender: nomination.gender ?? Gender.MALE, organization: nomination.unit,
    employerName: nomination.employerName, post: nomination.post,
  });
  if (!existing && nomination.idNumber) setIdNumber(worker, nomination.idNumber);
  Object.assign(worker, {
    name: nomination.candidateName, employerName: nomination.employerName, post: nomination.post, organization: nomination.unit,
    phone: nomination.phone ?? worker.phone ?? null, birthDate: nomination.birthDate ?? worker.birthDate ?? null,
    ethnicity: nomination.ethnicity ?? worker.ethnicity ?? null, politicalStatus: nomination.politicalStatus ?? worker.politicalStatus ?? null,
  });
  if (nomination.gender) worker.gender = nomination.gender;
  em.create(ModelWorkerHonor, { modelWorker: worker, honor: nomination.honor, year: campaign.year, conferredBy: campaign.organizer, createdAt: now });
  nomination.modelWorker = em.getReference(ModelWorker, worker.id, { wrapped: true });
};

/** 退出机制: the honor conferred by this file ends; with no honor left, the registry record is revoked. */
export const revokeHonor: Effect = async ({ em, nomination, now, reason }) => {
  if (!nomination.modelWorker) return;
  const campaign = await nomination.campaign.loadOrFail();
  const held = await em.find(ModelWorkerHonor, { modelWorker: nomination.modelWorker, revokedAt: null });
  for (const honor of held.filter((h) => h.honor.id === nomination.honor.id && h.year === campaign.year)) {
    honor.revokedAt = now ?? null;
    honor.revokeReason = reason ?? null;
  }
  if (held.every((h) => h.revokedAt)) (await nomination.modelWorker.loadOrFail()).status = ModelWorkerStatus.REVOKED;
};

/** An upheld objection takes the candidate off the notice that lists them. */
export const withdrawFromNotice: Effect = async ({ em, nomination }) => {
  await withdrawFromCurrentNotice(em, nomination);
};
