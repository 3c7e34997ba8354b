import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../account/account.entity.js';
import { Notification, NotificationDelivery, NotificationPreference, NotificationSettings } from './notification.entity.js';
import { DeliveryOutcome, NotificationChannel, NotificationDigest } from './notification.enums.js';
import { onByDefault } from './who-hears-what.js';
import { asLocale, body, headline, smsText } from './notification-texts.js';
import type { Services } from '../../services.js';
import type { JobDefinition } from '../../common/jobs/job-queue.js';
import { JobName } from '../../common/jobs/job-names.js';
import { withoutContacts } from '../../common/errors/fault-log.js';

/** Messages per person, channel and 24 hours; past it the centre still has everything. */
export const DAILY_LIMIT: Record<NotificationChannel, number> = { [NotificationChannel.SMS]: 5, [NotificationChannel.EMAIL]: 30 };
const BATCH = 200;

/**
 * Takes waiting notifications (committed ones only: it runs apart from the transactions that wrote
 * them) and marks them taken in one statement that commits before anything is sent, skipping rows
 * another instance holds. A retried or concurrent run finds them taken: nothing is sent twice. A send
 * that fails is recorded FAILED rather than tried again, for the same reason.
 */
async function claim(em: EntityManager): Promise<string[]> {
  const rows: { id: string }[] = await em.getConnection().execute(
    `update notification set dispatched_at = now() where id in (
       select id from notification where dispatched_at is null order by created_at limit ${BATCH} for update skip locked)
     returning id`,
  );
  return rows.map((r) => r.id);
}

async function wanted(em: EntityManager, n: Notification, channel: NotificationChannel): Promise<boolean> {
  const choice = await em.findOne(NotificationPreference, { account: n.recipient.id, kind: n.kind, channel });
  return choice ? choice.enabled : onByDefault(n.kind, channel);
}

async function sentToday(em: EntityManager, account: string, channel: NotificationChannel, now: Date): Promise<number> {
  return em.count(NotificationDelivery, {
    recipient: account, channel, outcome: DeliveryOutcome.SENT, createdAt: { $gt: new Date(now.getTime() - 86_400_000) },
  });
}

/** Records the outcome first (the unique row is the claim), then sends when it is SENT; a failure rewrites it. */
async function deliver(em: EntityManager, n: Notification, channel: NotificationChannel, outcome: DeliveryOutcome, send: () => Promise<void>): Promise<boolean> {
  const inserted: unknown[] = await em.getConnection().execute(
    `insert into notification_delivery (id, created_at, updated_at, notification_id, recipient_id, channel, outcome)
     values (gen_random_uuid(), now(), now(), ?, ?, ?, ?) on conflict (notification_id, channel) do nothing returning id`,
    [n.id, n.recipient.id, channel, outcome],
  );
  if (!inserted.length || outcome !== DeliveryOutcome.SENT) return false;
  try {
    await send();
    return true;
  } catch (error) {
    // A gateway's refusal may quote the recipient's address or number: the log gets it without them.
    const fault = withoutContacts(error);
    console.error(`[laomo] ${channel} of notification ${n.id} failed: ${fault instanceof Error ? fault.message : String(fault)}`);
    await em.nativeUpdate(NotificationDelivery, { notification: n.id, channel }, { outcome: DeliveryOutcome.FAILED });
    return false;
  }
}

/** Sends what waits in the outbox by SMS and e-mail as each person chose. Returns how many messages went out. */
export async function deliverNotifications(orm: MikroORM, services: Services): Promise<number> {
  const em = orm.em.fork();
  const ids = await claim(em);
  if (!ids.length) return 0;
  const notifications = await em.find(Notification, { id: { $in: ids } }, { orderBy: { createdAt: 'asc' } });
  const now = services.wallClock.now();
  let sent = 0;
  for (const n of notifications) {
    const account = await em.findOneOrFail(Account, n.recipient.id);
    const settings = await em.findOne(NotificationSettings, { account: account.id });
    const locale = asLocale(settings?.locale);

    const sms = account.disabled ? DeliveryOutcome.ACCOUNT_DISABLED
      : !(await wanted(em, n, NotificationChannel.SMS)) ? DeliveryOutcome.NOT_WANTED
      : !account.phone ? DeliveryOutcome.NO_ADDRESS
      : (await sentToday(em, account.id, NotificationChannel.SMS, now)) >= DAILY_LIMIT.SMS ? DeliveryOutcome.DAILY_LIMIT
      : DeliveryOutcome.SENT;
    if (await deliver(em, n, NotificationChannel.SMS, sms, () => services.sms.send(account.phone!, smsText(n.kind, locale, services.config.publicUrl)))) sent += 1;

    const email = account.disabled ? DeliveryOutcome.ACCOUNT_DISABLED
      : !(await wanted(em, n, NotificationChannel.EMAIL)) ? DeliveryOutcome.NOT_WANTED
      : !settings?.email || !services.mail ? DeliveryOutcome.NO_ADDRESS
      : settings.digest === NotificationDigest.DAILY ? DeliveryOutcome.IN_DIGEST
      : (await sentToday(em, account.id, NotificationChannel.EMAIL, now)) >= DAILY_LIMIT.EMAIL ? DeliveryOutcome.DAILY_LIMIT
      : DeliveryOutcome.SENT;
    const mail = { to: settings?.email ?? '', subject: headline(n.kind, locale), text: `${body(n.kind, locale, n.params)}\n\n${services.config.publicUrl}${n.link}` };
    if (await deliver(em, n, NotificationChannel.EMAIL, email, () => services.mail!.send(mail))) sent += 1;
  }
  return sent;
}

/**
 * The outbox's worker: every minute (pg-boss's finest schedule), and queued by tests when they need it
 * now. Safe to repeat and to run on several instances at once (see `claim`).
 */
export function notificationDeliveryJob(orm: MikroORM, services: Services): JobDefinition {
  return {
    name: JobName.NotificationDelivery,
    cron: '* * * * *',
    retry: { limit: 3, delaySeconds: 30 },
    async run() {
      const n = await deliverNotifications(orm, services);
      return n ? `sent ${n} notification message(s)` : null;
    },
  };
}
