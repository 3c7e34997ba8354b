import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { label } from '../../common/i18n/messages.js';
import { Honor } from '../honor/honor.entity.js';
import { CampaignQuota } from '../campaign/campaign-quota.entity.js';
import { ModelWorkerHonor } from '../registry/model-worker-honor.entity.js';
import { ModelWorker } from '../registry/model-worker.entity.js';
import { Nomination } from './nomination.entity.js';
import { NominationError } from '../../common/errors/catalogue.js';
import { QUOTA_STATES } from './nomination.states.js';

/** Honors the candidate holds: those declared on the file and those the registry records (not revoked). */
async function honorsHeld(em: EntityManager, nomination: Nomination): Promise<Set<string>> {
  const held = new Set((await nomination.honorsHeld.load()).getItems().map((h) => h.id));
  const worker = nomination.modelWorker?.id
    ?? (nomination.idNumberIndex ? (await em.findOne(ModelWorker, { idNumberIndex: nomination.idNumberIndex }))?.id : undefined);
  if (worker) {
    for (const h of await em.find(ModelWorkerHonor, { modelWorker: worker, revokedAt: null })) held.add(h.honor.id);
  }
  return held;
}

async function quotaProblems(em: EntityManager, nomination: Nomination): Promise<UserInputError[]> {
  const unit = await nomination.unit.loadOrFail();
  const quotas = (await em.find(CampaignQuota, { campaign: nomination.campaign }, { populate: ['organization'] }))
    .filter((q) => unit.path.startsWith(q.organization.getEntity().path));
  if (!quotas.length) return [new UserInputError(NominationError.NoQuota, ['unit'])];
  const problems: UserInputError[] = [];
  for (const quota of quotas) {
    const org = quota.organization.getEntity();
    const taken = await em.count(Nomination, {
      campaign: nomination.campaign, state: { $in: QUOTA_STATES }, id: { $ne: nomination.id }, unit: { path: { $like: `${org.path}%` } },
    });
    if (taken >= quota.seats) problems.push(new UserInputError(NominationError.QuotaExhausted, ['unit'], { organization: org.name, seats: quota.seats }));
  }
  return problems;
}

/**
 * Everything that makes a file ineligible, explained (DOMAIN.md, "Nominated"): the honor belongs to the
 * campaign, goes to this kind of recipient and to staff of this kind of employer (劳动模范 vs 先进工作者),
 * the candidate holds one of its prerequisites, and the unit's quota has a seat left.
 */
export async function eligibilityProblems(em: EntityManager, nomination: Nomination): Promise<UserInputError[]> {
  const honor = await nomination.honor.loadOrFail();
  const campaign = await nomination.campaign.loadOrFail();
  const unit = await nomination.unit.loadOrFail();
  const campaignHonors = (await campaign.honors.load()).getItems();
  const problems: UserInputError[] = [];
  if (!campaignHonors.some((h) => h.id === honor.id)) problems.push(new UserInputError(NominationError.HonorNotInCampaign, ['honor']));
  if (honor.recipientKind !== nomination.recipientKind) {
    problems.push(new UserInputError(NominationError.RecipientKind, ['recipientKind'], { honor: honor.name, expected: label(`recipient/${honor.recipientKind}`) }));
  }
  const employerKind = unit.employerKind;
  if (honor.employerKinds.length && (!employerKind || !honor.employerKinds.includes(employerKind))) {
    const suggested = campaignHonors.find((h) => h.level === honor.level && h.recipientKind === honor.recipientKind
      && employerKind && h.employerKinds.includes(employerKind));
    problems.push(new UserInputError(NominationError.TitleForEmployer, ['honor'], {
      honor: honor.name, employerKind: employerKind ? label(`employer/${employerKind}`) : '—', suggested: suggested?.name ?? '—',
    }));
  }
  const prerequisites: Honor[] = (await honor.prerequisites.load()).getItems();
  if (prerequisites.length) {
    const held = await honorsHeld(em, nomination);
    if (!prerequisites.some((p) => held.has(p.id))) {
      problems.push(new UserInputError(NominationError.PrerequisiteMissing, ['honorsHeld'], { honor: honor.name, required: prerequisites.map((p) => p.name).join('、') }));
    }
  }
  return [...problems, ...(await quotaProblems(em, nomination))];
}
