import type { EntityManager } from '@mikro-orm/postgresql';
import { Notification, NotificationSettings } from './notification.entity.js';
import type { NotificationChannel, NotificationDigest, NotificationKind } from './notification.enums.js';
import { UserInputError } from '../../common/errors/user-input-error.js';
import { CommonError } from '../../common/errors/catalogue.js';
import { idOf } from '../../common/relay/global-id.js';
import type { Actor } from '../../common/actor.js';
import type { Locale } from '../../common/i18n/locale.js';

/** Marks one of the viewer's notifications read; someone else's looks like none at all. */
export async function markRead({ em, viewer }: Actor, globalId: string): Promise<Notification> {
  const account = viewer.requireAccount();
  const id = idOf(globalId, 'Notification');
  const n = id ? await em.findOne(Notification, { id, recipient: account.id }) : null;
  if (!n) throw new UserInputError(CommonError.NotFound, ['notification']);
  n.readAt ??= new Date();
  await em.flush();
  return n;
}

/** Marks all the viewer's unread notifications read; returns how many. */
export async function markAllRead({ em, viewer }: Actor): Promise<number> {
  const account = viewer.requireAccount();
  return em.nativeUpdate(Notification, { recipient: account.id, readAt: null }, { readAt: new Date() });
}

export async function setPreference({ em, viewer }: Actor, input: { kind: NotificationKind; channel: NotificationChannel; enabled: boolean }): Promise<void> {
  const account = viewer.requireAccount();
  // One statement: a switch flipped twice quickly sends two of these at once, and the later one stands
  // (found-or-created, both found none and the second met the one-choice index as an internal error).
  await em.getConnection().execute(
    `insert into notification_preference (id, created_at, updated_at, account_id, kind, channel, enabled) values (gen_random_uuid(), now(), now(), ?, ?, ?, ?)
     on conflict (account_id, kind, channel) do update set enabled = excluded.enabled, updated_at = now()`,
    [account.id, input.kind, input.channel, input.enabled], 'run', em.getTransactionContext(),
  );
}

/**
 * The viewer's settings row, made first when there is none. The row is made by one upsert (`rememberLocale`),
 * not found-or-created: two saves at once for an account without settings both found none, and the second
 * met the one-row-per-account index as an internal error. The upsert waits for the other's row instead.
 */
async function settingsOf(em: EntityManager, account: string, locale: Locale): Promise<NotificationSettings> {
  await rememberLocale(em, account, locale);
  return em.findOneOrFail(NotificationSettings, { account });
}

/**
 * Saves the e-mail address and digest choice, and the language the viewer uses now: messages are
 * written in it from here on. An update changes only the fields it names.
 */
export async function setSettings(
  { em, viewer }: Actor, locale: Locale, input: { email?: string | null; digest?: NotificationDigest | null },
): Promise<NotificationSettings> {
  const account = viewer.requireAccount();
  const settings = await settingsOf(em, account.id, locale);
  settings.locale = locale;
  if (input.email !== undefined) settings.email = input.email?.trim() || null;
  if (input.digest) settings.digest = input.digest;
  await em.flush();
  return settings;
}

/**
 * Keeps the language a person signed in or registered in, so that what is sent to them (SMS, e-mail,
 * digest) is written in it even if they never open their settings. One statement, so two sign-ins at
 * once both succeed; the e-mail and digest choice are left as they are.
 */
export async function rememberLocale(em: EntityManager, accountId: string, locale: Locale): Promise<void> {
  await em.getConnection().execute(
    `insert into notification_settings (id, created_at, updated_at, account_id, locale) values (gen_random_uuid(), now(), now(), ?, ?)
     on conflict (account_id) do update set locale = excluded.locale, updated_at = now() where notification_settings.locale <> excluded.locale`,
    [accountId, locale], 'run', em.getTransactionContext(),
  );
}
