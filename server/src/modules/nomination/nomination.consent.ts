import type { EntityManager } from '@mikro-orm/postgresql';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { audit } from '../audit/audit.service.js';
import { may, Operation } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { findNomination } from './nomination.access.js';
import { currentNoticeEntry } from './nomination.notice-entry.js';
import { NominationState } from './nomination.enums.js';
import { NominationError } from '../../common/errors/catalogue.js';
import { ENDED } from './nomination.states.js';
import type { Nomination } from './nomination.entity.js';
import type { NominationPublicationConsentWithdrawInput } from './nomination.inputs.js';

/**
 * Whether the viewer may withdraw the candidate's consent to publication now: the person who filed it
 * (for a self-nomination, the candidate), or the unit's staff recording the candidate's withdrawal;
 * while consent is given and the file is still in the process.
 */
export function mayWithdrawConsent(viewer: ViewerState, nomination: Nomination): boolean {
  if (!nomination.consentToPublish || nomination.state === NominationState.APPROVED || ENDED.includes(nomination.state)) return false;
  return viewer.account?.id === nomination.proposer.id || may(viewer, Operation.NOMINATION_UNIT_STEP, nomination.unit.getEntity());
}

/**
 * Withdraws the consent, its own action and never a side effect of saving the file. The candidate is
 * no longer shown on any notice (public readings list consenting candidates only) and cannot be put on
 * the next one; the history records it, and the notice that listed them when there is one.
 */
export async function withdrawPublicationConsent(
  em: EntityManager, viewer: ViewerState, now: Date, input: NominationPublicationConsentWithdrawInput,
): Promise<Nomination> {
  const nomination = await findNomination(em, viewer, input.nomination);
  if (!mayWithdrawConsent(viewer, nomination)) throw new UserInputError(NominationError.ConsentNotWithdrawable, ['nomination']);
  const listedOn = await currentNoticeEntry(em, nomination);
  nomination.consentToPublish = false;
  // No from/to: the file stays in its state (the timeline lists states only); the history names the action.
  audit(em, viewer, {
    subject: nomination, action: 'nomination.publication_consent_withdraw', reason: input.reason?.trim() || null,
    data: { consentToPublish: false, ...(listedOn ? { notice: listedOn.noticeId } : {}) }, at: now,
  });
  await em.flush();
  return nomination;
}
