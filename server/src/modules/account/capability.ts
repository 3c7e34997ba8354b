import { registerEnumType } from 'type-graphql';
import { Role } from './role.js';
import { Operation, POLICY } from './policy.js';

/** What a signed-in person may do, derived from roles; the web shows menus and buttons by it. */
export enum Capability {
  ADMINISTER = 'ADMINISTER',
  MANAGE_ACCOUNTS = 'MANAGE_ACCOUNTS',
  RUN_CAMPAIGNS = 'RUN_CAMPAIGNS',
  REVIEW_UNIT = 'REVIEW_UNIT',
  REVIEW_DISTRICT = 'REVIEW_DISTRICT',
  REVIEW_CITY = 'REVIEW_CITY',
  MODERATE = 'MODERATE',
  HANDLE_SUGGESTIONS = 'HANDLE_SUGGESTIONS',
  MANAGE_SUGGESTIONS = 'MANAGE_SUGGESTIONS',
  CERTIFY_STUDIOS = 'CERTIFY_STUDIOS',
  KEEP_REGISTRY = 'KEEP_REGISTRY',
  /** Hardship grants and allowance rolls (关爱服务). */
  CARE = 'CARE',
  NOMINATE = 'NOMINATE',
  SUGGEST = 'SUGGEST',
  LEAD_STUDIO = 'LEAD_STUDIO',
  PARTICIPATE = 'PARTICIPATE',
}
registerEnumType(Capability, { name: 'Capability' });

const C = Capability;
const O = Operation;

/**
 * The work of an office, by the operations of the policy table (policy.ts) it stands for: a role has the
 * capability when its row allows one of them somewhere. So a menu never offers what the server refuses.
 */
const OFFICE_WORK: Partial<Record<Capability, Operation[]>> = {
  [C.ADMINISTER]: [O.ADMINISTRATOR_GRANT],
  [C.MANAGE_ACCOUNTS]: [O.ACCOUNT_CREATE],
  [C.RUN_CAMPAIGNS]: [O.CAMPAIGN_ORGANIZE],
  [C.REVIEW_UNIT]: [O.NOMINATION_UNIT_STEP],
  [C.REVIEW_DISTRICT]: [O.NOMINATION_DISTRICT_STEP],
  [C.REVIEW_CITY]: [O.NOMINATION_CITY_STEP],
  [C.MODERATE]: [O.COMMENT_MODERATE],
  [C.HANDLE_SUGGESTIONS]: [O.SUGGESTION_HANDLE],
  [C.MANAGE_SUGGESTIONS]: [O.SUGGESTION_OVERSEE],
  [C.CERTIFY_STUDIOS]: [O.STUDIO_CERTIFY_UNIT_LEVEL, O.STUDIO_CERTIFY_DISTRICT_LEVEL, O.STUDIO_CERTIFY_CITY_LEVEL],
  [C.KEEP_REGISTRY]: [O.REGISTRY_KEEP],
  [C.CARE]: [O.CARE_READ],
};

/**
 * What a person does as themself rather than for an office, which the policy table does not guard:
 * employees (and a unit's staff, for their unit) nominate, model workers suggest and lead studios,
 * everyone signed in may take part in public notices.
 */
const PERSONAL: Record<Role, Capability[]> = {
  ADMIN: [C.PARTICIPATE],
  CITY_STAFF: [],
  DISTRICT_STAFF: [],
  UNIT_STAFF: [C.NOMINATE],
  HANDLER: [],
  EMPLOYEE: [C.NOMINATE, C.PARTICIPATE],
  MODEL_WORKER: [C.SUGGEST, C.LEAD_STUDIO, C.PARTICIPATE],
  PUBLIC: [C.PARTICIPATE],
};

function capabilitiesOfRole(role: Role): Set<Capability> {
  const held = new Set(PERSONAL[role]);
  for (const [capability, operations] of Object.entries(OFFICE_WORK) as [Capability, Operation[]][]) {
    if (operations.some((operation) => POLICY[operation][role] !== undefined)) held.add(capability);
  }
  return held;
}

/** Role → capabilities, computed once from the tables above. */
export const CAPABILITIES: Record<Role, Capability[]> = Object.fromEntries(
  Object.values(Role).map((role) => [role, [...capabilitiesOfRole(role)]]),
) as Record<Role, Capability[]>;

export function capabilitiesOf(roles: Iterable<Role>): Capability[] {
  const all = new Set<Capability>();
  for (const role of roles) for (const c of CAPABILITIES[role]) all.add(c);
  return Object.values(Capability).filter((c) => all.has(c));
}
