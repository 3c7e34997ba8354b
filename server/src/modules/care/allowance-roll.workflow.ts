import { UserInputError } from '../../common/errors/user-input-error.js';
import { Workflow } from '../../common/workflow/workflow.js';
import { CareError } from '../../common/errors/catalogue.js';
import { AllowanceRollAction, AllowanceRollState as S } from './care.enums.js';

/** The city federation keeps the rolls; a roll is one party's work. */
export enum RollParty {
  CITY = 'CITY',
}

const A = AllowanceRollAction;

/** A roll: generated → reviewed → approved → exported as a payment file → marked paid. */
export const ROLL_WORKFLOW = new Workflow<S, AllowanceRollAction, RollParty, null>([
  { action: A.REVIEW, from: [S.DRAFT], to: S.REVIEWED, who: [RollParty.CITY] },
  { action: A.APPROVE, from: [S.REVIEWED], to: S.APPROVED, who: [RollParty.CITY] },
  { action: A.EXPORT, from: [S.APPROVED, S.EXPORTED], to: S.EXPORTED, who: [RollParty.CITY] },
  { action: A.PAY, from: [S.EXPORTED], to: S.PAID, who: [RollParty.CITY] },
], {
  notNow: (state, action) => new UserInputError(CareError.NotNow, ['roll'], { state, action }),
  reasonCode: CareError.ReasonRequired,
  whoFirst: true,
});
