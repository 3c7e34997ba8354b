import { NotificationKind as K } from './notification.enums.js';
import { Role } from '../account/role.js';

/**
 * Who hears what: the one table. Each kind names the parties who are told (the emitting module hands
 * `notify` an account list per party, and the types insist on exactly these) and which channels are on
 * by default besides the in-app centre, which always has it. `from` is the file that emits it; a row
 * whose source is not built yet says so instead, and nothing emits it.
 *
 * Never a party: who objected to a nomination (the proposer and candidate hear of the step, not of the
 * objector), and the person who acted (told of their own step by nobody).
 */
export const WHO_HEARS_WHAT = {
  [K.NOMINATION_STEP]: { hear: ['proposer', 'candidate'], sms: true, email: true, from: 'nomination/nomination.workflow.ts' },
  [K.OBJECTION_ANSWERED]: { hear: ['objector'], sms: true, email: true, from: 'objection/objection.service.ts (real-name objectors only)' },
  [K.COMMENT_HIDDEN]: { hear: ['author'], sms: false, email: true, from: 'comment/comment.service.ts' },
  [K.SUGGESTION_ACCEPTED]: { hear: ['author'], sms: false, email: true, from: 'suggestion/suggestion.notifications.ts' },
  [K.SUGGESTION_ANSWERED]: { hear: ['author'], sms: true, email: true, from: 'suggestion/suggestion.notifications.ts' },
  [K.SUGGESTION_OVERDUE]: { hear: ['author'], sms: false, email: true, from: 'suggestion/suggestion-escalation.ts' },
  [K.SUGGESTION_PUBLISHED]: { hear: ['author'], sms: false, email: true, from: 'suggestion/suggestion.notifications.ts' },
  [K.SUGGESTION_CO_SIGN_ASKED]: { hear: ['coSigners'], sms: true, email: true, from: 'suggestion/suggestion.notifications.ts' },
  [K.SUGGESTION_ASSIGNED]: { hear: ['handlers'], sms: true, email: true, from: 'suggestion/suggestion.notifications.ts' },
  [K.SUGGESTION_DEADLINE_NEAR]: { hear: ['handlers'], sms: true, email: true, from: 'suggestion/suggestion-deadlines.ts (3 days before, daily job)' },
  [K.SUGGESTION_ARRIVED]: { hear: ['office'], sms: false, email: true, from: 'suggestion/suggestion.notifications.ts' },
  [K.OBJECTION_ARRIVED]: { hear: ['noticeStaff'], sms: false, email: true, from: 'objection/objection.service.ts' },
  [K.NOTICE_ENDED]: { hear: ['noticeStaff'], sms: false, email: true, from: 'notice/notice-ending.ts (job on the business clock)' },
  [K.OBJECTION_STILL_OPEN]: { hear: ['noticeStaff'], sms: true, email: true, from: 'objection/objection-deadlines.ts (when its notice has ended, and again 5 working days later)' },
  [K.SUGGESTION_ESCALATED]: { hear: ['supervisor'], sms: true, email: true, from: 'suggestion/suggestion-escalation.ts' },
  [K.REGISTRY_YEARLY_UPDATE]: { hear: ['modelWorker'], sms: false, email: true, from: 'registry/registry-yearly-reminder.ts (December job: from 1 Dec and again from 24 Dec, records not yet confirmed this year)' },
  [K.REGISTRY_YEARLY_PENDING]: { hear: ['keeper'], sms: false, email: true, from: 'registry/registry-yearly-reminder.ts (the keeping office, with the same two rounds)' },
  [K.ALLOWANCE_PAID]: { hear: ['modelWorker'], sms: true, email: true, from: 'care/care.notifications.ts (when a roll is marked PAID; living workers on it with an account)' },
  [K.RECUPERATION_OPEN]: { hear: ['modelWorker'], sms: true, email: true, from: 'care/care.notifications.ts (when a batch is created; those who could enrol in it)' },
  [K.RECUPERATION_ROTATION_DUE]: { hear: ['careOffice'], sms: false, email: true, from: 'care/care-reminders.ts (weekly, one per keeping office: a count, no names)' },
  [K.VISIT_COVERAGE_DUE]: { hear: ['careOffice'], sms: false, email: true, from: 'care/care-reminders.ts (monthly, one per keeping office: a count, no names)' },
  [K.NOMINATION_ARRIVED]: { hear: ['reviewOffice'], sms: false, email: true, from: 'nomination/nomination.workflow.ts (the steps of ARRIVES_AT: proposed to the unit, submitted to the district, forwarded to the city, or returned)' },
  [K.GRANT_APPLICATION_ARRIVED]: { hear: ['grantOffice'], sms: false, email: true, from: 'care/grant.service.ts (when applied for: the district staff who decide it)' },
  [K.REGISTRY_TRANSFER_ASKED]: { hear: ['newKeeper'], sms: false, email: true, from: 'registry/registry.service.ts (when a transfer is requested: the staff of the office asked to keep the record)' },
} as const satisfies Record<K, { hear: readonly string[]; sms: boolean; email: boolean; from: string | null; notYet?: string }>;

/** The parties a kind's row names. */
export type PartyOf<Kind extends K> = (typeof WHO_HEARS_WHAT)[Kind]['hear'][number];

/** Whether a channel is on for a kind when the person has not chosen. */
export const onByDefault = (kind: K, channel: 'SMS' | 'EMAIL'): boolean => (channel === 'SMS' ? WHO_HEARS_WHAT[kind].sms : WHO_HEARS_WHAT[kind].email);

/** Every party any row names. */
type Party = (typeof WHO_HEARS_WHAT)[K]['hear'][number];

const { CITY_STAFF, DISTRICT_STAFF, UNIT_STAFF, HANDLER, MODEL_WORKER } = Role;
const OFFICE = [CITY_STAFF, DISTRICT_STAFF, UNIT_STAFF, HANDLER];
const UNION = [CITY_STAFF, DISTRICT_STAFF, UNIT_STAFF];

/**
 * The roles a person must hold to be told as each party (the emitting modules find them by these: notify.ts
 * `staffAt` and `staffOver`, the registry's model workers). A party not named here (the proposer, the
 * candidate, an author, an objector, a co-signer) can be anyone signed in.
 */
const PARTY_ROLES: Partial<Record<Party, readonly Role[]>> = {
  office: OFFICE, handlers: OFFICE, supervisor: OFFICE, noticeStaff: OFFICE,
  keeper: UNION, careOffice: UNION, newKeeper: UNION, reviewOffice: UNION,
  grantOffice: [DISTRICT_STAFF],
  modelWorker: [MODEL_WORKER],
};

/** Whether someone holding `roles` can ever be told of `kind`: the settings page offers them only these. */
export function mayHear(kind: K, roles: ReadonlySet<Role>): boolean {
  return (WHO_HEARS_WHAT[kind].hear as readonly Party[]).some((party) => {
    const needed = PARTY_ROLES[party];
    return !needed || needed.some((role) => roles.has(role));
  });
}
