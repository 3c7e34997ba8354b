import type { MikroORM } from '@mikro-orm/postgresql';
import { Notification, NotificationSettings } from './notification.entity.js';
import { asLocale, body } from './notification-texts.js';
import { requestServices } from '../demo-clock/demo-clock.js';
import { beijingDate } from '../calendar/working-calendar.js';
import type { Services } from '../../services.js';
import type { JobDefinition } from '../../common/jobs/job-queue.js';
import { JobName } from '../../common/jobs/job-names.js';

const DAY_MS = 86_400_000;

/** The Beijing day before `date` (YYYY-MM-DD). */
export function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - DAY_MS).toISOString().slice(0, 10);
}

/**
 * One e-mail per person who chose the daily digest, with what they were told on `day` (Beijing,
 * business time) that waited for it. Each person's digest of a day is claimed (a unique row) before it
 * is sent, so a retried or repeated run sends none twice. Returns how many digests went out.
 */
export async function sendDigests(orm: MikroORM, services: Services, day: string): Promise<number> {
  if (!services.mail) return 0;
  const em = orm.em.fork();
  const from = new Date(`${day}T00:00:00+08:00`);
  const to = new Date(from.getTime() + DAY_MS);
  const people: { recipient_id: string }[] = await em.getConnection().execute(
    `select distinct d.recipient_id from notification_delivery d join notification n on n.id = d.notification_id
     join account a on a.id = d.recipient_id and not a.disabled
     where d.channel = 'EMAIL' and d.outcome = 'IN_DIGEST' and n.happened_at >= ? and n.happened_at < ?`,
    [from, to],
  );
  let sent = 0;
  for (const { recipient_id: account } of people) {
    const settings = await em.findOne(NotificationSettings, { account });
    if (!settings?.email) continue;
    const notifications = await em.find(Notification, { recipient: account, happenedAt: { $gte: from, $lt: to } }, { orderBy: { happenedAt: 'asc', id: 'asc' } });
    const claimed: unknown[] = await em.getConnection().execute(
      `insert into notification_digest_sent (id, created_at, updated_at, account_id, day, count) values (gen_random_uuid(), now(), now(), ?, ?, ?)
       on conflict (account_id, day) do nothing returning id`,
      [account, day, notifications.length],
    );
    if (!claimed.length) continue;
    const locale = asLocale(settings.locale);
    const lines = notifications.map((n) => `· ${body(n.kind, locale, n.params)}\n  ${services.config.publicUrl}${n.link}`);
    await services.mail.send({
      to: settings.email,
      subject: locale === 'en' ? `Laomo: your notifications of ${day} (${notifications.length})` : `劳模平台：${day} 的通知（${notifications.length} 条）`,
      text: lines.join('\n'),
    });
    sent += 1;
  }
  return sent;
}

/** Every morning at 7:00 Beijing, the digest of the day before by the business clock; tests name the day. */
export function notificationDigestJob(orm: MikroORM, services: Services): JobDefinition<{ day?: string }> {
  return {
    name: JobName.NotificationDigest,
    cron: '0 7 * * *',
    retry: { limit: 3, delaySeconds: 60 },
    async run(data) {
      const { clock } = await requestServices(orm.em.fork(), services);
      const day = data.day ?? dayBefore(beijingDate(clock.now()));
      const n = await sendDigests(orm, services, day);
      return n ? `sent ${n} digest(s) of ${day}` : null;
    },
  };
}
