import type { EntityManager } from '@mikro-orm/postgresql';
import { Notification, NotificationPreference, NotificationSettings } from './notification.entity.js';
import { NotificationChannel, NotificationDigest, NotificationKind } from './notification.enums.js';
import { mayHear, onByDefault, WHO_HEARS_WHAT } from './who-hears-what.js';
import { paginate, type Connection, type PageArgs } from '../../common/relay/connection.js';
import type { ViewerState } from '../account/viewer-state.js';

/** The viewer's notifications, newest first; only their own, ever. */
export function myNotifications(em: EntityManager, viewer: ViewerState, args: PageArgs & { unreadOnly?: boolean | null }): Promise<Connection<Notification>> {
  const account = viewer.requireAccount();
  return paginate(em, Notification, { recipient: account.id, ...(args.unreadOnly ? { readAt: null } : {}) }, args, { createdAt: 'desc' });
}

/** How many of the viewer's notifications are unread (the bell); 0 for a visitor. */
export async function unreadCount(em: EntityManager, viewer: ViewerState): Promise<number> {
  if (!viewer.account) return 0;
  return em.count(Notification, { recipient: viewer.account.id, readAt: null });
}

export interface PreferenceRow { kind: NotificationKind; channel: NotificationChannel; enabled: boolean; byDefault: boolean }

/**
 * Every kind the viewer can hear (wired rows whose parties their roles can be) on every channel, with their
 * choice or the default: staff are offered the staff kinds, model workers theirs, everyone the kinds anyone may hear.
 */
export async function myPreferences(em: EntityManager, viewer: ViewerState): Promise<PreferenceRow[]> {
  const account = viewer.requireAccount();
  const chosen = await em.find(NotificationPreference, { account: account.id });
  const rows: PreferenceRow[] = [];
  const roles = new Set(viewer.grants.map((g) => g.role));
  for (const kind of Object.values(NotificationKind)) {
    if (!WHO_HEARS_WHAT[kind].from || !mayHear(kind, roles)) continue;
    for (const channel of Object.values(NotificationChannel)) {
      const choice = chosen.find((p) => p.kind === kind && p.channel === channel);
      rows.push({ kind, channel, enabled: choice ? choice.enabled : onByDefault(kind, channel), byDefault: !choice });
    }
  }
  return rows;
}

export async function mySettings(em: EntityManager, viewer: ViewerState): Promise<{ email: string | null; digest: NotificationDigest }> {
  const account = viewer.requireAccount();
  const settings = await em.findOne(NotificationSettings, { account: account.id });
  return { email: settings?.email ?? null, digest: settings?.digest ?? NotificationDigest.NONE };
}
