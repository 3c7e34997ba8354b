import type { Config } from './config.js';
import type { SmsSender } from './modules/account/sms-sender.js';
import type { MailSender } from './modules/notification/mail-sender.js';
import type { DatabaseChanges } from './common/database-changes.js';

/** Reads the time; tests replace it to walk notices and deadlines through the calendar. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Application-wide collaborators, made once at start-up and handed to every request. */
export interface Services {
  config: Config;
  /**
   * Business time: notices, deadlines, voting windows. Outside production each request's clock is the
   * demo clock (see modules/demo-clock), so a visitor can walk a file through notices in one sitting.
   */
  clock: Clock;
  /**
   * Real time for what protects accounts (sessions, sign-in throttles, codes, rate limits, replays):
   * moving the demo clock must not sign everyone out or reopen a throttle.
   */
  wallClock: Clock;
  sms: SmsSender;
  /** Notification e-mail (modules/notification); null when no SMTP server is configured. */
  mail: MailSender | null;
  /** Committed writes heard from the database, for what the process keeps in memory. */
  changes?: DatabaseChanges;
}
