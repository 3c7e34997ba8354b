import { describe, expect, it } from 'vitest';
import { recommendationPassed, type StepContext } from './nomination.guards.js';
import type { Nomination } from './nomination.entity.js';

const vote = (delegates: number, present: number, votesFor: number) =>
  recommendationPassed({ nomination: { recommendation: { heldOn: '2026-02-02', delegates, present, votesFor, votesAgainst: 0, abstaining: 0 } } as Nomination } as StepContext)
    .then((problems) => problems.map((p) => p.code));

describe('the democratic recommendation', () => {
  it('is valid with two thirds of the delegates present and not with one fewer', async () => {
    expect(await vote(30, 20, 16)).toEqual([]);
    expect(await vote(30, 19, 16)).toEqual(['nomination/attendance_too_low']);
    expect(await vote(31, 21, 16)).toEqual([]);
    expect(await vote(31, 20, 16)).toEqual(['nomination/attendance_too_low']);
  });

  it('passes with more than half of ALL delegates, not of those present', async () => {
    expect(await vote(30, 30, 16)).toEqual([]);
    expect(await vote(30, 30, 15)).toEqual(['nomination/majority_not_reached']);
    expect(await vote(30, 20, 15)).toEqual(['nomination/majority_not_reached']);
    expect(await vote(31, 31, 16)).toEqual([]);
  });

  it('refuses counts that do not add up, and a missing record', async () => {
    expect(await vote(30, 31, 20)).toEqual(['nomination/votes_exceed_present']);
    expect(await vote(30, 20, 21)).toEqual(['nomination/votes_exceed_present']);
    const none = await recommendationPassed({ nomination: { recommendation: null } as Nomination } as StepContext);
    expect(none.map((p) => p.code)).toEqual(['nomination/evidence_missing']);
  });
});
