import { UserInputError } from '../../common/errors/user-input-error.js';
import { Workflow, type ActionOption } from '../../common/workflow/workflow.js';
import { CareError } from '../../common/errors/catalogue.js';
import { RecuperationEnrolmentAction as A, RecuperationEnrolmentState as S } from './recuperation.enums.js';
import { batchStarted, type BatchDays } from './health-check.workflow.js';

/** Who someone is to one enrolment: the model worker themself, the office that may enrol them, or the batch's organizer. */
export enum EnrolmentParty {
  PARTICIPANT = 'PARTICIPANT',
  ENROLLER = 'ENROLLER',
  ORGANIZER = 'ORGANIZER',
}

const { PARTICIPANT, ENROLLER, ORGANIZER } = EnrolmentParty;

/** Feedback is given once. */
const noFeedbackYet = async (context: EnrolmentDays) =>
  (context.feedbackGiven ? [new UserInputError(CareError.FeedbackGiven, ['enrolment'])] : []);

export interface EnrolmentDays extends BatchDays {
  feedbackGiven: boolean;
}

/**
 * The one table of a recuperation enrolment: applied → confirmed or waitlisted by the batch's allocation
 * (the longest without one first) → attended or absent; the participant withdraws before, and gives
 * feedback after.
 */
export const RECUPERATION_WORKFLOW = new Workflow<S, A, EnrolmentParty, EnrolmentDays>([
  { action: A.CONFIRM, from: [S.APPLIED, S.WAITLISTED], to: S.CONFIRMED, who: [ORGANIZER], via: 'recuperationBatchAllocate' },
  { action: A.WAITLIST, from: [S.APPLIED], to: S.WAITLISTED, who: [ORGANIZER], via: 'recuperationBatchAllocate' },
  { action: A.ATTEND, from: [S.CONFIRMED], to: S.ATTENDED, who: [ORGANIZER], guards: [batchStarted] },
  { action: A.MARK_ABSENT, from: [S.CONFIRMED], to: S.ABSENT, who: [ORGANIZER], guards: [batchStarted] },
  { action: A.WITHDRAW, from: [S.APPLIED, S.WAITLISTED, S.CONFIRMED], to: S.WITHDRAWN, who: [PARTICIPANT, ENROLLER] },
  { action: A.FEEDBACK, from: [S.ATTENDED], to: null, who: [PARTICIPANT], guards: [noFeedbackYet], via: 'recuperationFeedback' },
], {
  notNow: (state, action) => new UserInputError(CareError.NotNow, ['enrolment'], { state, action }),
  reasonCode: CareError.ReasonRequired,
  whoFirst: true,
});

export function enrolmentActionOptions(state: S, parties: ReadonlySet<EnrolmentParty>, days: EnrolmentDays): Promise<ActionOption<A>[]> {
  return RECUPERATION_WORKFLOW.options({ state, actors: parties, context: days });
}
