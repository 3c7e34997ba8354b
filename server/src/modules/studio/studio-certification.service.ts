import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessError, UserInputError } from '../../common/errors/user-input-error.js';
import { AuthError, StudioError } from '../../common/errors/catalogue.js';
import { audit } from '../audit/audit.service.js';
import { claimAttachments } from '../attachment/attachment.service.js';
import type { ViewerState } from '../account/viewer-state.js';
import type { Studio } from './studio.entity.js';
import { StudioCriterion, StudioReview } from './studio-parts.entity.js';
import { StudioReviewOutcome, StudioStatus } from './studio.enums.js';
import { requireStudioKeeper, studioById } from './studio.access.js';
import { actorsFor, StudioAction, transitionStudio } from './studio.workflow.js';
import type { StudioCriterionAssessInput, StudioEvidenceSaveInput, StudioReviewInput } from './studio.inputs.js';

/** Owner type of evidence attachments (see studioAttachmentAccess in studio-parts.resolver.ts). */
export const CRITERION_ATTACHMENTS = 'StudioCriterion';

async function criterionOf(em: EntityManager, studio: Studio, have: StudioCriterion['have']): Promise<StudioCriterion | null> {
  return em.findOne(StudioCriterion, { studio, have });
}

/** The studio gives its evidence for one of the six haves while it is a draft. */
export async function saveEvidence(em: EntityManager, viewer: ViewerState, now: Date, input: StudioEvidenceSaveInput) {
  const studio = await studioById(em, viewer, input.studio, ['studio']);
  await requireStudioKeeper(viewer, studio);
  if (studio.status !== StudioStatus.DRAFT) throw new UserInputError(StudioError.NotEditable, ['evidence']);
  const criterion = (await criterionOf(em, studio, input.have))
    ?? em.create(StudioCriterion, { studio, have: input.have, evidence: '' });
  criterion.evidence = input.evidence.trim();
  criterion.judgement = null;
  await claimAttachments(em, viewer, input.attachments, ['attachments'], { type: CRITERION_ATTACHMENTS, id: criterion.id });
  audit(em, viewer, { subject: studio, action: 'studio.evidence_save', to: input.have, at: now });
  await em.flush();
  return studio;
}

/** A certifier of the studio's level judges one of the six haves of an application. */
export async function assessCriterion(em: EntityManager, viewer: ViewerState, now: Date, input: StudioCriterionAssessInput) {
  const studio = await studioById(em, viewer, input.studio, ['studio']);
  viewer.requireAccount();
  if (!(await actorsFor(viewer, studio)).has('certifier')) throw new AccessError(AuthError.Forbidden);
  if (studio.status !== StudioStatus.APPLIED) throw new UserInputError(StudioError.TransitionNotAllowed);
  const criterion = await criterionOf(em, studio, input.have);
  if (!criterion) throw new UserInputError(StudioError.EvidenceMissing, ['have']);
  criterion.judgement = input.judgement;
  criterion.assessorNote = input.note?.trim() || null;
  criterion.assessedBy = viewer.account as never;
  criterion.assessedAt = now;
  audit(em, viewer, { subject: studio, action: 'studio.assess', to: `${input.have}:${input.judgement}`, reason: criterion.assessorNote, at: now });
  await em.flush();
  return studio;
}

/** A step of the lifecycle that needs nothing else: submit, certify, return, accept rectification, revoke. */
export async function stepStudio(em: EntityManager, viewer: ViewerState, now: Date, globalId: string, action: StudioAction, reason?: string | null) {
  const studio = await studioById(em, viewer, globalId, ['studio']);
  await transitionStudio(em, viewer, studio, action, { reason, now });
  await em.flush();
  return studio;
}

const REVIEW_ACTIONS: Record<StudioReviewOutcome, StudioAction> = {
  PASS: StudioAction.REVIEW_PASS,
  RECTIFY: StudioAction.REVIEW_RECTIFY,
  REVOKE: StudioAction.REVIEW_REVOKE,
};

/** The annual review: the table checks the year (one per year, after certification) with the step's other guards. */
export async function reviewStudio(em: EntityManager, viewer: ViewerState, now: Date, input: StudioReviewInput) {
  const studio = await studioById(em, viewer, input.studio, ['studio']);
  await transitionStudio(em, viewer, studio, REVIEW_ACTIONS[input.outcome], { reason: input.reason, now, year: input.year });
  const account = viewer.requireAccount();
  em.create(StudioReview, {
    studio, year: input.year, outcome: input.outcome, comment: input.reason?.trim() || null,
    reviewedBy: account, reviewerName: account.displayName, reviewedAt: now,
  });
  await em.flush();
  return studio;
}
