import type { Config } from './config.js';
import type { SmsSender } from './modules/account/sms-sender.js';
import type { DatabaseChanges } from './common/database-changes.js';

/** Reads the time; tests replace it to walk notices and deadlines through the calendar. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Application-wide collaborators, made once at start-up and handed to every request. */
export interface Services {
  config: Config;
  clock: Clock;
  sms: SmsSender;
  /** Committed writes heard from the database, for what the process keeps in memory. */
  changes?: DatabaseChanges;
}
