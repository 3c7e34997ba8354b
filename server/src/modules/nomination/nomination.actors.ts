import { may, Operation } from '../account/policy.js';
import type { ViewerState } from '../account/viewer-state.js';

/**
 * Who may take a step, relative to the file: the employee who opened it as a proposal, the staff of the candidate's
 * unit, of the district (or system) above it, of the city, the staff of the organization whose notice
 * lists the candidate, or the conferring body. Administrators run the system, not the selection, so
 * they are none of these.
 */
export enum Actor {
  PROPOSER = 'PROPOSER',
  UNIT = 'UNIT',
  DISTRICT = 'DISTRICT',
  CITY = 'CITY',
  NOTICE_ORGANIZATION = 'NOTICE_ORGANIZATION',
  CONFERRING_BODY = 'CONFERRING_BODY',
}

export interface FileParties {
  proposerId: string;
  /** Whether the file is an employee's proposal or self-nomination (the unit's own drafts are not proposed). */
  proposal: boolean;
  unitPath: string;
  organizerPath: string;
  /** The organization of the notice currently listing the candidate, if any. */
  noticePath: string | null;
}

/** The permission each party acts by (the proposer acts by being the file's author). */
const OPERATION: Record<Exclude<Actor, Actor.PROPOSER>, Operation> = {
  [Actor.UNIT]: Operation.NOMINATION_UNIT_STEP,
  [Actor.DISTRICT]: Operation.NOMINATION_DISTRICT_STEP,
  [Actor.CITY]: Operation.NOMINATION_CITY_STEP,
  [Actor.NOTICE_ORGANIZATION]: Operation.NOMINATION_NOTICE_STEP,
  [Actor.CONFERRING_BODY]: Operation.NOMINATION_CONFER,
};

export function operationOf(actor: Exclude<Actor, Actor.PROPOSER>): Operation {
  return OPERATION[actor];
}

export function isActor(viewer: ViewerState, actor: Actor, file: FileParties): boolean {
  switch (actor) {
    case Actor.PROPOSER: return file.proposal && viewer.account?.id === file.proposerId;
    case Actor.NOTICE_ORGANIZATION: return may(viewer, OPERATION[actor], file.noticePath === null ? null : { path: file.noticePath });
    case Actor.CONFERRING_BODY: return may(viewer, OPERATION[actor], { path: file.organizerPath });
    default: return may(viewer, OPERATION[actor], { path: file.unitPath });
  }
}

/** Every party the viewer is to the file. */
export function actorsOf(viewer: ViewerState, file: FileParties): Set<Actor> {
  return new Set(Object.values(Actor).filter((actor) => isActor(viewer, actor, file)));
}
