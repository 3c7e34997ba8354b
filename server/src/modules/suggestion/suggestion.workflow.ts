import { AccessError, UserInputError } from '../../common/errors/user-input-error.js';
import { AuthError, SuggestionError, type ErrorCode } from '../../common/errors/catalogue.js';
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

export interface Transition {
  action: A;
  from: readonly S[];
  /** `null`: the state stays (a mark such as adopted or published). */
  to: S | null;
  by: readonly Party[];
  /** An error code when what must hold does not. */
  holds?: (facts: SuggestionFacts) => ErrorCode | null;
}

const ALL = Object.values(S);
const OPEN = ALL.filter((s) => s !== S.DECLINED);
const ANSWERED_ONCE = [S.ANSWERED, S.FED_BACK, S.CLOSED];
const not = (done: (f: SuggestionFacts) => boolean) => (f: SuggestionFacts) => (done(f) ? SuggestionError.AlreadyDone : null);

/**
 * The one table of the suggestion's lifecycle: from which states, by whom, to which state, and what
 * must hold. The service applies it, `viewerActions` lists it, and the tests walk it.
 * A dissatisfied rating is REOPEN while the one reopen is unused, otherwise it closes like RATE.
 */
export const TRANSITIONS: readonly Transition[] = [
  { action: A.ACCEPT, from: [S.RECEIVED], to: S.ACCEPTED, by: [Party.OFFICE] },
  { action: A.DECLINE, from: [S.RECEIVED], to: S.DECLINED, by: [Party.OFFICE] },
  { action: A.ASSIGN, from: [S.ACCEPTED], to: S.ASSIGNED, by: [Party.OFFICE] },
  { action: A.TRANSFER, from: [S.ASSIGNED], to: S.ASSIGNED, by: [Party.OFFICE] },
  { action: A.ANSWER, from: [S.ASSIGNED], to: S.ANSWERED, by: [Party.HANDLER] },
  { action: A.FEED_BACK, from: [S.ANSWERED], to: S.FED_BACK, by: [Party.OFFICE] },
  { action: A.RATE, from: [S.FED_BACK], to: S.CLOSED, by: [Party.AUTHOR] },
  { action: A.REOPEN, from: [S.FED_BACK], to: S.ASSIGNED, by: [Party.AUTHOR], holds: (f) => (f.reopenCount > 0 ? SuggestionError.ReopenUsed : null) },
  { action: A.MARK_ADOPTED, from: ANSWERED_ONCE, to: null, by: [Party.OFFICE], holds: not((f) => f.adopted) },
  { action: A.REFER, from: [S.ACCEPTED, S.ASSIGNED, ...ANSWERED_ONCE], to: null, by: [Party.OFFICE], holds: not((f) => f.referred) },
  { action: A.COMMEND, from: ANSWERED_ONCE, to: null, by: [Party.OFFICE], holds: not((f) => f.commended) },
  {
    action: A.PUBLISH, from: [S.FED_BACK, S.CLOSED], to: null, by: [Party.OFFICE],
    holds: (f) => (!f.publishConsent ? SuggestionError.ConsentRequired : f.published ? SuggestionError.AlreadyDone : null),
  },
  { action: A.UNPUBLISH, from: ALL, to: null, by: [Party.OFFICE], holds: (f) => (f.published ? null : SuggestionError.AlreadyDone) },
  { action: A.CONFIRM_CO_SIGN, from: OPEN, to: null, by: [Party.CO_SIGNER], holds: (f) => (f.coSignPending ? null : SuggestionError.CoSignNotPending) },
  { action: A.DECLINE_CO_SIGN, from: OPEN, to: null, by: [Party.CO_SIGNER], holds: (f) => (f.coSignPending ? null : SuggestionError.CoSignNotPending) },
  { action: A.GIVE_CONSENT, from: OPEN, to: null, by: [Party.AUTHOR], holds: not((f) => f.publishConsent) },
  { action: A.WITHDRAW_CONSENT, from: ALL, to: null, by: [Party.AUTHOR], holds: not((f) => !f.publishConsent) },
];

function rowOf(action: A): Transition {
  return TRANSITIONS.find((t) => t.action === action)!;
}

const mayAct = (t: Transition, f: SuggestionFacts) => t.by.some((p) => f.parties.has(p));

/** The actions the viewer may take now: rows whose state, party and condition all hold. */
export function allowedActions(facts: SuggestionFacts): A[] {
  return TRANSITIONS.filter((t) => t.from.includes(facts.state) && mayAct(t, facts) && !t.holds?.(facts)).map((t) => t.action);
}

/** The row for `action`, or the refusal: wrong party (access), wrong state or unmet condition (user error). */
export function checkTransition(facts: SuggestionFacts, action: A): Transition {
  const row = rowOf(action);
  if (!mayAct(row, facts)) throw new AccessError(AuthError.Forbidden);
  if (!row.from.includes(facts.state)) throw new UserInputError(SuggestionError.NotNow, ['suggestion'], { state: facts.state, action });
  const problem = row.holds?.(facts);
  if (problem) throw new UserInputError(problem, ['suggestion']);
  return row;
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
