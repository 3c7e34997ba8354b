import { describe, expect, it } from 'vitest';
import { CAPABILITIES, Capability, capabilitiesOf } from './capability.js';
import { Operation, POLICY } from './policy.js';
import { Role } from './role.js';

const allowedSomewhere = (role: Role, operation: Operation) => POLICY[operation][role] !== undefined;

describe('capabilities follow the policy table', () => {
  it('an office capability is held exactly by the roles the policy lets do its work', () => {
    const work: [Capability, Operation][] = [
      [Capability.ADMINISTER, Operation.ADMINISTRATOR_GRANT],
      [Capability.MANAGE_ACCOUNTS, Operation.ACCOUNT_CREATE],
      [Capability.RUN_CAMPAIGNS, Operation.CAMPAIGN_ORGANIZE],
      [Capability.REVIEW_UNIT, Operation.NOMINATION_UNIT_STEP],
      [Capability.REVIEW_DISTRICT, Operation.NOMINATION_DISTRICT_STEP],
      [Capability.REVIEW_CITY, Operation.NOMINATION_CITY_STEP],
      [Capability.MODERATE, Operation.COMMENT_MODERATE],
      [Capability.HANDLE_SUGGESTIONS, Operation.SUGGESTION_HANDLE],
      [Capability.MANAGE_SUGGESTIONS, Operation.SUGGESTION_OVERSEE],
      [Capability.KEEP_REGISTRY, Operation.REGISTRY_KEEP],
      [Capability.CARE, Operation.CARE_READ],
    ];
    for (const [capability, operation] of work) {
      for (const role of Object.values(Role)) {
        expect({ role, capability, held: CAPABILITIES[role].includes(capability) }).toEqual({ role, capability, held: allowedSomewhere(role, operation) });
      }
    }
  });

  it('the administrator is offered no review queue, since they take no step of the selection', () => {
    const admin = capabilitiesOf([Role.ADMIN]);
    expect(admin).toEqual(expect.arrayContaining([Capability.ADMINISTER, Capability.MANAGE_ACCOUNTS, Capability.MODERATE]));
    for (const review of [Capability.REVIEW_UNIT, Capability.REVIEW_DISTRICT, Capability.REVIEW_CITY, Capability.NOMINATE]) expect(admin).not.toContain(review);
  });

  it('a district union, which may organize its own campaigns, is offered the campaigns page', () => {
    expect(capabilitiesOf([Role.DISTRICT_STAFF])).toContain(Capability.RUN_CAMPAIGNS);
    expect(capabilitiesOf([Role.UNIT_STAFF])).not.toContain(Capability.RUN_CAMPAIGNS);
  });

  it('personal capabilities stay with the person: employees nominate, model workers suggest and lead studios', () => {
    expect(capabilitiesOf([Role.EMPLOYEE])).toEqual([Capability.NOMINATE, Capability.PARTICIPATE]);
    expect(capabilitiesOf([Role.MODEL_WORKER])).toEqual([Capability.SUGGEST, Capability.LEAD_STUDIO, Capability.PARTICIPATE]);
    expect(capabilitiesOf([Role.HANDLER])).toEqual([Capability.HANDLE_SUGGESTIONS]);
  });
});
