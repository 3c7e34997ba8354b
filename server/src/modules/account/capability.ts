import { registerEnumType } from 'type-graphql';
import { Role } from './role.js';

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
  NOMINATE = 'NOMINATE',
  SUGGEST = 'SUGGEST',
  LEAD_STUDIO = 'LEAD_STUDIO',
  PARTICIPATE = 'PARTICIPATE',
}
registerEnumType(Capability, { name: 'Capability' });

const C = Capability;
const STAFF = [C.MODERATE, C.MANAGE_ACCOUNTS];

/** The one table of role → capabilities. */
export const CAPABILITIES: Record<Role, Capability[]> = {
  ADMIN: Object.values(Capability),
  CITY_STAFF: [...STAFF, C.RUN_CAMPAIGNS, C.REVIEW_CITY, C.MANAGE_SUGGESTIONS, C.CERTIFY_STUDIOS],
  DISTRICT_STAFF: [...STAFF, C.REVIEW_DISTRICT, C.MANAGE_SUGGESTIONS, C.CERTIFY_STUDIOS],
  UNIT_STAFF: [...STAFF, C.REVIEW_UNIT, C.NOMINATE, C.CERTIFY_STUDIOS],
  HANDLER: [C.HANDLE_SUGGESTIONS],
  EMPLOYEE: [C.NOMINATE, C.PARTICIPATE],
  MODEL_WORKER: [C.SUGGEST, C.LEAD_STUDIO, C.PARTICIPATE],
  PUBLIC: [C.PARTICIPATE],
};

export function capabilitiesOf(roles: Iterable<Role>): Capability[] {
  const all = new Set<Capability>();
  for (const role of roles) for (const c of CAPABILITIES[role]) all.add(c);
  return Object.values(Capability).filter((c) => all.has(c));
}
