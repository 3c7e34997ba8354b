import { UserInputError } from '../../common/errors/user-input-error.js';
import { Workflow, type ActionOption } from '../../common/workflow/workflow.js';
import { CareError } from '../../common/errors/catalogue.js';
import { GrantApplicationAction as A, GrantApplicationState as S } from './care.enums.js';

/** Who someone is to one application: its applicant (the model worker or their union), or the district that decides. */
export enum GrantParty {
  APPLICANT = 'APPLICANT',
  DISTRICT = 'DISTRICT',
}

const { APPLICANT, DISTRICT } = GrantParty;

/**
 * The one table of a hardship grant (seed 001, 西城): applied → reviewed by the district → approved →
 * paid. The approver may return a reviewed application for another review, or refuse it, with a reason.
 */
export const GRANT_WORKFLOW = new Workflow<S, A, GrantParty, null>([
  { action: A.REVIEW, from: [S.APPLIED], to: S.REVIEWED, who: [DISTRICT] },
  { action: A.APPROVE, from: [S.REVIEWED], to: S.APPROVED, who: [DISTRICT] },
  { action: A.RETURN, from: [S.REVIEWED], to: S.APPLIED, who: [DISTRICT], reason: true },
  { action: A.REFUSE, from: [S.APPLIED, S.REVIEWED], to: S.REFUSED, who: [DISTRICT], reason: true },
  { action: A.PAY, from: [S.APPROVED], to: S.PAID, who: [DISTRICT] },
  { action: A.WITHDRAW, from: [S.APPLIED], to: S.WITHDRAWN, who: [APPLICANT] },
], {
  notNow: (state, action) => new UserInputError(CareError.NotNow, ['application'], { state, action }),
  reasonCode: CareError.ReasonRequired,
  whoFirst: true,
});

export function grantActionOptions(state: S, parties: ReadonlySet<GrantParty>): Promise<ActionOption<A>[]> {
  return GRANT_WORKFLOW.options({ state, actors: parties, context: null });
}
