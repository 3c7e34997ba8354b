import { deliverNotifications } from '@laomo/server/modules/notification/notification-delivery.js';
import { sendDigests } from '@laomo/server/modules/notification/notification-digest.js';
import type { TestApp } from './app.js';

export interface Told { username: string | null; kind: string; params: Record<string, string>; link: string }

/** Every notification of a kind (or all), oldest first, with the username of who was told. */
export async function toldOf(t: TestApp, kind?: string): Promise<Told[]> {
  return t.app.orm.em.getConnection().execute(
    `select a.username, n.kind, n.params, n.link from notification n join account a on a.id = n.recipient_id
     where (?::text is null or n.kind::text = ?) order by n.created_at, a.username`,
    [kind ?? null, kind ?? null],
  );
}

/** Runs the outbox's worker now, as its job does each minute. Returns how many messages went out. */
export const deliverNow = (t: TestApp) => deliverNotifications(t.app.orm, t.app.services);

/** Runs the digest of one Beijing day now, as its morning job does. */
export const digestNow = (t: TestApp, day: string) => sendDigests(t.app.orm, t.app.services, day);

export const BELL = `{ myUnreadNotificationCount }`;
export const MY_NOTIFICATIONS = `query($first: Int, $unreadOnly: Boolean) { myNotifications(first: $first, unreadOnly: $unreadOnly) { totalCount nodes { id kind title body link readAt } } }`;
export const MARK_READ = `mutation($input: NotificationMarkReadInput!) { notificationMarkRead(input: $input) { unreadCount userErrors { code } } }`;
export const MARK_ALL_READ = `mutation { notificationsMarkAllRead(input: {}) { marked unreadCount userErrors { code } } }`;
export const SET_SETTINGS = `mutation($input: NotificationSettingsSetInput!) { notificationSettingsSet(input: $input) { settings { email digest } userErrors { code field message } } }`;
export const SET_PREFERENCE = `mutation($input: NotificationPreferenceSetInput!) { notificationPreferenceSet(input: $input) { userErrors { code } } }`;
