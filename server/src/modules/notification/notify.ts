import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../account/role.js';
import { POLICY, Scope, type Operation } from '../account/policy.js';
import type { NotificationKind } from './notification.enums.js';
import type { PartyOf } from './who-hears-what.js';

type AccountId = string;

/** One event to tell: its row of who-hears-what.ts, a key naming it once, and the accounts of each party. */
export interface NotificationEvent<Kind extends NotificationKind> {
  kind: Kind;
  /** Names this event among its kind's, e.g. an audit line's id or `suggestionId:deadline`: the same key is told once. */
  key: string;
  to: Record<PartyOf<Kind>, readonly (AccountId | null | undefined)[]>;
  subject: { type: string; id: string };
  /** The web app's path of the object. */
  link: string;
  /** Shown in the centre and e-mails, never in an SMS: a title, a state, a reason. No personal information. */
  params?: Record<string, string>;
  at: Date;
  /** Who acted: never told of their own step. */
  actor?: AccountId | null;
}

/**
 * Records the event's notifications in the caller's transaction (insert … on conflict do nothing on the
 * dedup key: a repeated event adds nothing and fails nothing). They are delivered by SMS and e-mail by
 * the delivery job once this commits. A disabled account is told nothing, on no channel: its rows are
 * not written (the insert selects only enabled accounts). Returns how many were new.
 */
export async function notify<Kind extends NotificationKind>(em: EntityManager, event: NotificationEvent<Kind>): Promise<number> {
  const recipients = new Set<string>();
  for (const ids of Object.values(event.to) as (AccountId | null | undefined)[][]) {
    for (const id of ids) if (id && id !== event.actor) recipients.add(id);
  }
  if (!recipients.size) return 0;
  const now = new Date();
  const rows = [...recipients].map((recipient) => [
    randomUUID(), now, now, recipient, event.kind, `${event.kind}:${event.key}:${recipient}`, event.subject.type, event.subject.id,
    event.link, JSON.stringify(event.params ?? {}), event.at,
  ]);
  const result = await em.getConnection().execute(
    `insert into notification (id, created_at, updated_at, recipient_id, kind, dedup_key, subject_type, subject_id, link, params, happened_at)
     select v.id::uuid, v.created_at::timestamptz, v.updated_at::timestamptz, v.recipient_id::uuid, v.kind::notification_kind, v.dedup_key,
       v.subject_type, v.subject_id::uuid, v.link, v.params::jsonb, v.happened_at::timestamptz
     from (values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')})
       as v (id, created_at, updated_at, recipient_id, kind, dedup_key, subject_type, subject_id, link, params, happened_at)
     join account a on a.id = v.recipient_id::uuid and not a.disabled
     on conflict (dedup_key) do nothing returning id`,
    rows.flat(), 'all', em.getTransactionContext(),
  );
  return (result as unknown[]).length;
}

/** The accounts holding one of `roles` at an organization itself (not above or below it): an office's staff. */
export async function staffAt(em: EntityManager, organizationId: string, roles: readonly Role[]): Promise<AccountId[]> {
  const rows: { account_id: string }[] = await em.getConnection().execute(
    `select distinct g.account_id from role_grant g join account a on a.id = g.account_id
     where g.organization_id = ? and g.role = any(?::role[]) and not a.disabled`,
    [organizationId, `{${roles.join(',')}}`], 'all', em.getTransactionContext(),
  );
  return rows.map((r) => r.account_id);
}

/**
 * The staff who may do `operation` at an organization of `path` by the written policy: those holding a role
 * the operation's row scopes to a subtree, on that organization or one above it (policy.ts `may`). The office
 * whose queue a step hands work to. Roles the row allows anywhere (administrators) keep the system and are not told.
 */
export async function staffOver(em: EntityManager, operation: Operation, path: string): Promise<AccountId[]> {
  const roles = Object.entries(POLICY[operation]).filter(([, scope]) => scope === Scope.SUBTREE).map(([role]) => role);
  if (!roles.length) return [];
  const rows: { account_id: string }[] = await em.getConnection().execute(
    `select distinct g.account_id from role_grant g join account a on a.id = g.account_id join organization o on o.id = g.organization_id
     where g.role = any(?::role[]) and not a.disabled and starts_with(?, o.path)`,
    [`{${roles.join(',')}}`, path], 'all', em.getTransactionContext(),
  );
  return rows.map((r) => r.account_id);
}

/** The union offices' staff roles: who keeps the registry and the care work of an organization (policy.ts UNION_OFFICES). */
export const UNION_OFFICE_ROLES: readonly Role[] = [Role.CITY_STAFF, Role.DISTRICT_STAFF, Role.UNIT_STAFF];

/** Staff roles that work an office's queue. */
export const OFFICE_ROLES: readonly Role[] = [Role.CITY_STAFF, Role.DISTRICT_STAFF, Role.UNIT_STAFF, Role.HANDLER];
