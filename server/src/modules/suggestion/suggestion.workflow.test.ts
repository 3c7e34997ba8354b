import { describe, expect, it } from 'vitest';
import { WorkingCalendar } from '../calendar/working-calendar.js';
import { officialCalendarDays } from '../calendar/official-calendar.js';
import { SuggestionAction as A, SuggestionState as S } from './suggestion.enums.js';
import { allowedActions, checkTransition, deadlineFor, isOverdue, Party, TRANSITIONS, type SuggestionFacts } from './suggestion.workflow.js';

const calendar = new WorkingCalendar(officialCalendarDays());

function facts(state: S, parties: Party[], more: Partial<SuggestionFacts> = {}): SuggestionFacts {
  return {
    state, parties: new Set(parties), reopenCount: 0, publishConsent: false, published: false,
    adopted: false, commended: false, referred: false, coSignPending: false, ...more,
  };
}

describe('the suggestion lifecycle table', () => {
  it('names every action once', () => {
    // The whole list, not a set of it: a duplicated row must fail this as surely as a missing one.
    expect(TRANSITIONS.map((t) => t.action).sort()).toEqual(Object.values(A).sort());
  });

  it('lets the office accept or decline a received suggestion, and nobody else', async () => {
    expect(await allowedActions(facts(S.RECEIVED, [Party.OFFICE]))).toEqual(expect.arrayContaining([A.ACCEPT, A.DECLINE]));
    expect(await allowedActions(facts(S.RECEIVED, [Party.HANDLER]))).toEqual([]);
    await expect(checkTransition(facts(S.RECEIVED, [Party.AUTHOR]), A.ACCEPT)).rejects.toThrow('auth/forbidden');
  });

  it('lets only the handler answer, and only once assigned', async () => {
    expect(await allowedActions(facts(S.ASSIGNED, [Party.HANDLER]))).toEqual([A.ANSWER]);
    await expect(checkTransition(facts(S.ACCEPTED, [Party.HANDLER]), A.ANSWER)).rejects.toThrow('suggestion/not_now');
    await expect(checkTransition(facts(S.ASSIGNED, [Party.OFFICE]), A.ANSWER)).rejects.toThrow('auth/forbidden');
  });

  it('reopens a suggestion once: the second dissatisfied rating only closes it', async () => {
    expect((await checkTransition(facts(S.FED_BACK, [Party.AUTHOR]), A.REOPEN)).to).toBe(S.ASSIGNED);
    await expect(checkTransition(facts(S.FED_BACK, [Party.AUTHOR], { reopenCount: 1 }), A.REOPEN)).rejects.toThrow('suggestion/reopen_used');
    expect(await allowedActions(facts(S.FED_BACK, [Party.AUTHOR], { reopenCount: 1 }))).not.toContain(A.REOPEN);
    expect((await checkTransition(facts(S.FED_BACK, [Party.AUTHOR], { reopenCount: 1 }), A.RATE)).to).toBe(S.CLOSED);
  });

  it('publishes only with the author’s consent, after the answer was fed back', async () => {
    await expect(checkTransition(facts(S.CLOSED, [Party.OFFICE]), A.PUBLISH)).rejects.toThrow('suggestion/consent_required');
    await expect(checkTransition(facts(S.ANSWERED, [Party.OFFICE], { publishConsent: true }), A.PUBLISH)).rejects.toThrow('suggestion/not_now');
    expect((await checkTransition(facts(S.CLOSED, [Party.OFFICE], { publishConsent: true }), A.PUBLISH)).to).toBeNull();
    await expect(checkTransition(facts(S.CLOSED, [Party.OFFICE], { publishConsent: true, published: true }), A.PUBLISH)).rejects.toThrow('suggestion/already_done');
  });

  it('lets a co-signer answer their request once', async () => {
    expect(await allowedActions(facts(S.RECEIVED, [Party.CO_SIGNER], { coSignPending: true }))).toEqual([A.CONFIRM_CO_SIGN, A.DECLINE_CO_SIGN]);
    await expect(checkTransition(facts(S.RECEIVED, [Party.CO_SIGNER]), A.CONFIRM_CO_SIGN)).rejects.toThrow('suggestion/co_sign_not_pending');
  });

  it('marks adopted, referred and commended once each', async () => {
    expect(await allowedActions(facts(S.CLOSED, [Party.OFFICE]))).toEqual(expect.arrayContaining([A.MARK_ADOPTED, A.REFER, A.COMMEND]));
    // Each one done, alone: only its own mark ends it, and the other two stay open.
    const marks = [[A.MARK_ADOPTED, 'adopted'], [A.REFER, 'referred'], [A.COMMEND, 'commended']] as const;
    for (const [action, fact] of marks) {
      const once = facts(S.CLOSED, [Party.OFFICE], { [fact]: true });
      expect(await allowedActions(once), action).not.toContain(action);
      await expect(checkTransition(once, action), action).rejects.toThrow('suggestion/already_done');
      for (const [other] of marks.filter(([a]) => a !== action)) expect(await allowedActions(once), `${other} after ${action}`).toContain(other);
    }
  });
});

describe('deadlines in working days', () => {
  it('a suggestion assigned just before the 2026 National Day holiday is due on 27 October, not 21 October', () => {
    // From 1 Oct: the holiday runs to 7 Oct; 8, 9, 10 (make-up Saturday), 12–16, 19–23, 26, 27 are the 15 working days.
    expect(deadlineFor(S.ASSIGNED, 0, '2026-09-30', calendar)).toBe('2026-10-27');
    expect(isOverdue('2026-10-27', '2026-10-22')).toBe(false);
    expect(isOverdue('2026-10-27', '2026-10-27')).toBe(false);
    expect(isOverdue('2026-10-27', '2026-10-28')).toBe(true);
  });

  it('gives the office 5 working days to accept and 3 to assign, the day of receipt not counting', () => {
    expect(deadlineFor(S.RECEIVED, 0, '2026-11-16', calendar)).toBe('2026-11-23');
    expect(deadlineFor(S.ACCEPTED, 0, '2026-09-29', calendar)).toBe('2026-10-09');
  });

  it('gives a reopened suggestion 10 working days for its second answer, and the author no deadline to rate', () => {
    expect(deadlineFor(S.ASSIGNED, 1, '2026-11-16', calendar)).toBe('2026-11-30');
    expect(deadlineFor(S.FED_BACK, 0, '2026-11-16', calendar)).toBeNull();
    expect(isOverdue(null, '2030-01-01')).toBe(false);
  });
});
