import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import { may, Operation, scopeFilter } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';
import { Nomination } from './nomination.entity.js';
import { NominationSource, NominationState } from './nomination.enums.js';

/** An employee's draft is theirs alone until they propose it. */
const privateDraft = (n: { state: NominationState; source: NominationSource }) =>
  n.state === NominationState.DRAFT && (n.source === NominationSource.EMPLOYEE || n.source === NominationSource.SELF);

export function isStaffOnFile(viewer: ViewerState, nomination: Nomination): boolean {
  return !privateDraft(nomination) && may(viewer, Operation.NOMINATION_READ, nomination.unit.getEntity());
}

/** A proposal (an employee's or a self-nomination) is its proposer's; the unit's own files are read through the unit's scope. */
const isProposal = (n: { source: NominationSource }) => n.source === NominationSource.EMPLOYEE || n.source === NominationSource.SELF;

/**
 * The candidate: the account whose (verified, unique) phone is the one the file records, once the
 * file has left the unit's drafts. A file opened by the unit is theirs to read as much as a proposal.
 */
export function isCandidateOnFile(viewer: ViewerState, nomination: Nomination): boolean {
  const phone = viewer.account?.phone;
  return !!phone && phone === nomination.phone && nomination.state !== NominationState.DRAFT;
}

/**
 * Staff in scope, the employee who proposed the file and the candidate; never anyone else, never the
 * public. Staff who opened a file read it only while it is in their scope, not as its proposer.
 */
export function mayReadNomination(viewer: ViewerState, nomination: Nomination): boolean {
  return (isProposal(nomination) && viewer.account?.id === nomination.proposer.id) || isCandidateOnFile(viewer, nomination) || isStaffOnFile(viewer, nomination);
}

/** The files of the viewer's personal area (我的推荐), in SQL: their proposals and the files that name them as candidate. */
export function personalScope(account: { id: string; phone?: string | null }): FilterQuery<Nomination> {
  const mine: FilterQuery<Nomination>[] = [{ proposer: account.id, source: { $in: [NominationSource.EMPLOYEE, NominationSource.SELF] } }];
  if (account.phone) mine.push({ phone: account.phone, state: { $ne: NominationState.DRAFT } });
  return { $or: mine };
}

/** The same rule as `mayReadNomination`, in SQL, for lists. */
export function staffScope(viewer: ViewerState): FilterQuery<Nomination> {
  if (!may(viewer, Operation.NOMINATION_READ)) return { id: null };
  return {
    $and: [
      scopeFilter<Nomination>(viewer, Operation.NOMINATION_READ, (like) => ({ unit: { path: like } })),
      { $not: { state: NominationState.DRAFT, source: { $in: [NominationSource.EMPLOYEE, NominationSource.SELF] } } },
    ],
  };
}

export async function loadReadable(em: EntityManager, viewer: ViewerState, id: string | null): Promise<Nomination | null> {
  const nomination = id ? await em.findOne(Nomination, id, { populate: ['unit', 'campaign'] }) : null;
  return nomination && mayReadNomination(viewer, nomination) ? nomination : null;
}

/** The file named by a mutation's input, when the viewer may see it; otherwise "not found" on that field. */
export async function findNomination(em: EntityManager, viewer: ViewerState, globalId: string, field = ['nomination']): Promise<Nomination> {
  viewer.requireAccount();
  const nomination = await loadReadable(em, viewer, idOf(globalId, 'Nomination'));
  if (!nomination) throw new UserInputError(CommonError.NotFound, field);
  return nomination;
}
