import { describe, expect, it } from 'vitest';
import { STUDIO_WORKFLOW, StudioAction } from './studio.workflow.js';

const STUDIO_TRANSITIONS = STUDIO_WORKFLOW.steps;
import { StudioStatus } from './studio.enums.js';

const byAction = (action: StudioAction) => STUDIO_TRANSITIONS.find((t) => t.action === action)!;

describe('the studio lifecycle table', () => {
  it('has one row per action', () => {
    expect(STUDIO_TRANSITIONS.map((t) => t.action).sort()).toEqual(Object.values(StudioAction).sort());
  });

  it('a revoked studio is final: no action leaves it', () => {
    expect(STUDIO_TRANSITIONS.filter((t) => t.from.includes(StudioStatus.REVOKED))).toEqual([]);
  });

  it('only certifiers certify, review and revoke; the lead and staff over the studio submit it', () => {
    expect(byAction(StudioAction.SUBMIT).who).toEqual(['lead', 'steward']);
    for (const t of STUDIO_TRANSITIONS.filter((row) => row.action !== StudioAction.SUBMIT)) expect(t.who).toEqual(['certifier']);
  });

  it('a return, a rectification order and a revocation always give a reason', () => {
    const withReason = STUDIO_TRANSITIONS.filter((t) => t.reason).map((t) => t.action).sort();
    expect(withReason).toEqual([StudioAction.RETURN, StudioAction.REVIEW_RECTIFY, StudioAction.REVIEW_REVOKE, StudioAction.REVOKE].sort());
  });

  it('every state can be reached from a draft', () => {
    const reached = new Set([StudioStatus.DRAFT]);
    for (let changed = true; changed;) {
      changed = false;
      for (const t of STUDIO_TRANSITIONS) {
        if (t.to && t.from.some((f) => reached.has(f)) && !reached.has(t.to)) { reached.add(t.to); changed = true; }
      }
    }
    expect([...reached].sort()).toEqual(Object.values(StudioStatus).sort());
  });
});
