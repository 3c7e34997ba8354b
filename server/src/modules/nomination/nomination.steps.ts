import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError, UserInputErrors } from '../../common/errors/user-input-error.js';
import { audit } from '../audit/audit.service.js';
import { recordDespiteRefusal } from '../../common/transaction.js';
import { claimAttachments } from '../attachment/attachment.service.js';
import type { ViewerState } from '../account/viewer-state.js';
import { findNomination } from './nomination.access.js';
import { DepartmentSignOff } from './department-sign-off.entity.js';
import { Recusal } from './recusal.entity.js';
import { NominationAction as A, RecusalReason } from './nomination.enums.js';
import { NominationError } from '../../common/errors/catalogue.js';
import { mayEdit, mayRecuse, NOMINATION_WORKFLOW, transitionNomination } from './nomination.workflow.js';
import { Nomination } from './nomination.entity.js';
import { lockRow } from '../../common/row-lock.js';
import type {
  NominationDeedsReportInput, NominationPartyConsentInput, NominationRecommendationInput, NominationRecuseInput, NominationSignOffInput,
  NominationTransitionInput,
} from './nomination.inputs.js';

/**
 * Takes a step and saves it. A reviewer stopped for coming from the candidate's unit is recorded as
 * recused (the refusal itself is what the reviewer sees).
 */
async function step(em: EntityManager, viewer: ViewerState, nomination: Nomination, action: A, now: Date, details: { reason?: string; data?: Record<string, unknown> } = {}) {
  try {
    await transitionNomination(em, viewer, nomination, action, { ...details, now });
  } catch (error) {
    const sameUnit = error instanceof UserInputErrors && error.errors.some((e) => e.params.recusal === RecusalReason.SAME_UNIT);
    if (sameUnit && !(await em.count(Recusal, { nomination, reviewer: viewer.account!.id }))) {
      // The refused step rolls back; the recusal it revealed is kept.
      await recordDespiteRefusal(em, (outside) => {
        outside.create(Recusal, { nomination: nomination.id, reviewer: viewer.account!.id, reason: RecusalReason.SAME_UNIT });
        audit(outside, viewer, { subject: nomination, action: 'nomination.recusal', reason: '同一单位', at: now });
      });
    }
    throw error;
  }
  await em.flush();
  return nomination;
}

export async function actOnNomination(em: EntityManager, viewer: ViewerState, now: Date, input: NominationTransitionInput) {
  const nomination = await findNomination(em, viewer, input.nomination);
  // Steps that carry evidence or come from another process are taken by their own mutation (the table's `via`).
  if (NOMINATION_WORKFLOW.step(input.action).via) throw new UserInputError(NominationError.ActionNotAvailable, ['action']);
  return step(em, viewer, nomination, input.action, now, { reason: input.reason });
}

export async function recordRecommendation(em: EntityManager, viewer: ViewerState, now: Date, input: NominationRecommendationInput) {
  const nomination = await findNomination(em, viewer, input.nomination);
  const { nomination: _, ...vote } = input;
  nomination.recommendation = vote;
  return step(em, viewer, nomination, A.RECORD_RECOMMENDATION, now, { data: { ...vote } });
}

export async function reportDeeds(em: EntityManager, viewer: ViewerState, now: Date, input: NominationDeedsReportInput) {
  const nomination = await findNomination(em, viewer, input.nomination);
  const { nomination: _, attachments, ...report } = input;
  nomination.deedsReport = report;
  await claimAttachments(em, viewer, attachments, ['attachments'], { type: 'Nomination', id: nomination.id });
  return step(em, viewer, nomination, A.REPORT_DEEDS, now, { data: { reportedOn: report.reportedOn, audience: report.audience } });
}

export async function recordPartyConsent(em: EntityManager, viewer: ViewerState, now: Date, input: NominationPartyConsentInput) {
  const nomination = await findNomination(em, viewer, input.nomination);
  nomination.partyConsent = { consentedOn: input.consentedOn, committee: input.committee, note: input.note ?? null };
  return step(em, viewer, nomination, A.RECORD_PARTY_CONSENT, now, { data: { consentedOn: input.consentedOn, committee: input.committee } });
}

/**
 * The file named by a record's input (an opinion, a recusal), locked and read again. The lock makes the
 * same record sent twice at once (a double click) wait for the first, which the second then finds; read
 * again under it, the file is as the lock holds it, so the caller checks who may record on the file now,
 * not as it was before a step that got there first (the unit submitting it, a withdrawal) moved it on.
 */
async function lockedForRecord(em: EntityManager, viewer: ViewerState, globalId: string): Promise<Nomination> {
  const nomination = await findNomination(em, viewer, globalId);
  await lockRow(em, Nomination, nomination.id);
  return (await em.refresh(nomination)) ?? nomination;
}

/** A department's opinion, recorded by the unit while it holds the file (one per department; a new one replaces it). */
export async function recordSignOff(em: EntityManager, viewer: ViewerState, now: Date, input: NominationSignOffInput) {
  const nomination = await lockedForRecord(em, viewer, input.nomination);
  if (!mayEdit(viewer, nomination)) throw new UserInputError(NominationError.NotEditable, ['nomination']);
  const signOff = (await em.findOne(DepartmentSignOff, { nomination, department: input.department }))
    ?? em.create(DepartmentSignOff, { nomination, department: input.department, signedOn: input.signedOn, opinion: input.opinion });
  Object.assign(signOff, { signedOn: input.signedOn, opinion: input.opinion.trim() });
  await claimAttachments(em, viewer, input.attachments, ['attachments'], { type: 'DepartmentSignOff', id: signOff.id });
  audit(em, viewer, { subject: nomination, action: 'nomination.sign_off', to: input.department, data: { signedOn: input.signedOn }, at: now });
  await em.flush();
  return nomination;
}

/** A reviewer of the district or the city declares a conflict of interest on a file; they can no longer decide it. */
export async function recuse(em: EntityManager, viewer: ViewerState, now: Date, input: NominationRecuseInput) {
  const nomination = await lockedForRecord(em, viewer, input.nomination);
  if (!(await mayRecuse(em, viewer, nomination))) throw new UserInputError(NominationError.ActionNotAvailable, ['nomination']);
  if (!(await em.count(Recusal, { nomination, reviewer: viewer.account!.id }))) {
    em.create(Recusal, { nomination, reviewer: viewer.account!.id, reason: RecusalReason.DECLARED, note: input.note.trim() });
    audit(em, viewer, { subject: nomination, action: 'nomination.recusal', reason: input.note.trim(), at: now });
  }
  await em.flush();
  return nomination;
}
