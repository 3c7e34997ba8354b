import { UserInputError } from '../../common/errors/user-input-error.js';
import { Workflow, type ActionOption, type Guard, type Step } from '../../common/workflow/workflow.js';
import { SuggestionError, type ErrorCode } from '../../common/errors/catalogue.js';
import { SuggestionAction as A, SuggestionState as S } from './suggestion.enums.js';
import type { WorkingCalendar, IsoDate } from '../calendar/working-calendar.js';

/** Who someone is to one suggestion; a person may be several (an administrator is OFFICE and HANDLER). */
export enum Party {
  AUTHOR = 'AUTHOR',
  CO_SIGNER = 'CO_SIGNER',
  OFFICE = 'OFFICE',
  HANDLER = 'HANDLER',
}

/** What the rules look at: the suggestion's state and marks, and who the viewer is to it. */
export interface SuggestionFacts {
  state: S;
  parties: ReadonlySet<Party>;
  reopenCount: number;
  publishConsent: boolean;
  published: boolean;
  adopted: boolean;
  commended: boolean;
  referred: boolean;
  /** The viewer is a co-signer who has not answered yet. */
  coSignPending: boolean;
}

export type Transition = Step<S, A, Party, SuggestionFacts>;

/** A condition of the table: the error code when it does not hold. */
const holds = (problem: (f: SuggestionFacts) => ErrorCode | null): Guard<SuggestionFacts> => async (f) => {
  const code = problem(f);
  return code ? [new UserInputError(code, ['suggestion'])] : [];
};

const ALL = Object.values(S);
const OPEN = ALL.filter((s) => s !== S.DECLINED);
const ANSWERED_ONCE = [S.ANSWERED, S.FED_BACK, S.CLOSED];
const not = (done: (f: SuggestionFacts) => boolean) => holds((f) => (done(f) ? SuggestionError.AlreadyDone : null));
const coSignPending = holds((f) => (f.coSignPending ? null : SuggestionError.CoSignNotPending));
const { AUTHOR, CO_SIGNER, OFFICE, HANDLER } = Party;

/**
 * The one table of the suggestion's lifecycle: from which states, by whom, to which state, and what
 * must hold. The service applies it, `viewerActions` lists it, and the tests walk it.
 * A dissatisfied rating is REOPEN while the one reopen is unused, otherwise it closes like RATE.
 */
export const SUGGESTION_WORKFLOW = new Workflow<S, A, Party, SuggestionFacts>([
  { action: A.ACCEPT, from: [S.RECEIVED], to: S.ACCEPTED, who: [OFFICE] },
  { action: A.DECLINE, from: [S.RECEIVED], to: S.DECLINED, who: [OFFICE], reason: true },
  { action: A.ASSIGN, from: [S.ACCEPTED], to: S.ASSIGNED, who: [OFFICE] },
  { action: A.TRANSFER, from: [S.ASSIGNED], to: S.ASSIGNED, who: [OFFICE], reason: true },
  { action: A.ANSWER, from: [S.ASSIGNED], to: S.ANSWERED, who: [HANDLER] },
  { action: A.FEED_BACK, from: [S.ANSWERED], to: S.FED_BACK, who: [OFFICE] },
  { action: A.RATE, from: [S.FED_BACK], to: S.CLOSED, who: [AUTHOR] },
  { action: A.REOPEN, from: [S.FED_BACK], to: S.ASSIGNED, who: [AUTHOR], guards: [holds((f) => (f.reopenCount > 0 ? SuggestionError.ReopenUsed : null))] },
  { action: A.MARK_ADOPTED, from: ANSWERED_ONCE, to: null, who: [OFFICE], guards: [not((f) => f.adopted)] },
  { action: A.REFER, from: [S.ACCEPTED, S.ASSIGNED, ...ANSWERED_ONCE], to: null, who: [OFFICE], guards: [not((f) => f.referred)] },
  { action: A.COMMEND, from: ANSWERED_ONCE, to: null, who: [OFFICE], guards: [not((f) => f.commended)] },
  {
    action: A.PUBLISH, from: [S.FED_BACK, S.CLOSED], to: null, who: [OFFICE],
    guards: [holds((f) => (!f.publishConsent ? SuggestionError.ConsentRequired : f.published ? SuggestionError.AlreadyDone : null))],
  },
  { action: A.UNPUBLISH, from: ALL, to: null, who: [OFFICE], reason: true, guards: [not((f) => !f.published)] },
  { action: A.CONFIRM_CO_SIGN, from: OPEN, to: null, who: [CO_SIGNER], guards: [coSignPending] },
  { action: A.DECLINE_CO_SIGN, from: OPEN, to: null, who: [CO_SIGNER], guards: [coSignPending] },
  { action: A.GIVE_CONSENT, from: OPEN, to: null, who: [AUTHOR], guards: [not((f) => f.publishConsent)] },
  { action: A.WITHDRAW_CONSENT, from: ALL, to: null, who: [AUTHOR], guards: [not((f) => !f.publishConsent)] },
], {
  notNow: (state, action) => new UserInputError(SuggestionError.NotNow, ['suggestion'], { state, action }),
  reasonCode: SuggestionError.ReasonRequired,
  whoFirst: true,
});

export const TRANSITIONS = SUGGESTION_WORKFLOW.steps;

const at = (facts: SuggestionFacts, reason?: string | null) => ({ state: facts.state, actors: facts.parties, reason, context: facts });

/** The steps open to the viewer now, each with whether it needs a reason and what already stands in its way. */
export function suggestionActionOptions(facts: SuggestionFacts): Promise<ActionOption<A>[]> {
  return SUGGESTION_WORKFLOW.options(at(facts));
}

/** The actions the viewer may take now: rows whose state, party and conditions all hold. */
export async function allowedActions(facts: SuggestionFacts): Promise<A[]> {
  return (await suggestionActionOptions(facts)).filter((o) => !o.refusals.length).map((o) => o.action);
}

/** The row for `action`, or the refusal: wrong party (access), wrong state, or every unmet condition (user errors). */
export function checkTransition(facts: SuggestionFacts, action: A, reason?: string | null): Promise<Transition> {
  return SUGGESTION_WORKFLOW.take(action, at(facts, reason));
}

/**
 * Working days the next party has for the step each state waits on; states without an entry wait on
 * nobody with a deadline (the author's rating, or the end). A reopened suggestion's second answer is quicker.
 */
const WORKING_DAYS: Partial<Record<S, number>> = {
  [S.RECEIVED]: 5,
  [S.ACCEPTED]: 3,
  [S.ASSIGNED]: 15,
  [S.ANSWERED]: 3,
};
const SECOND_ANSWER_WORKING_DAYS = 10;

/** The last day of the step starting the day after `today` (the day of receipt does not count). */
export function deadlineFor(state: S, reopenCount: number, today: IsoDate, calendar: WorkingCalendar): IsoDate | null {
  const days = state === S.ASSIGNED && reopenCount > 0 ? SECOND_ANSWER_WORKING_DAYS : WORKING_DAYS[state];
  if (!days) return null;
  const next = new Date(`${today}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return calendar.periodEnd(next.toISOString().slice(0, 10), days);
}

/** Overdue: a step is owed and its last day has passed (dates are Beijing days, so string order is date order). */
export function isOverdue(deadline: IsoDate | null | undefined, today: IsoDate): boolean {
  return !!deadline && deadline < today;
}
