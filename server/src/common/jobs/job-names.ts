/**
 * Every job laomo queues, by name: the one list, so a queue in the database always has a handler in
 * the code (job-queue.ts queues none without its definition). pg-boss allows letters,
 * digits, `_` and `-` in a name.
 */
export enum JobName {
  /** Records suggestions that passed their deadline and sends them up (suggestion-escalation.ts). */
  SuggestionEscalation = 'suggestion-escalation',
  /** Removes uploads that no object claimed within a day (unclaimed-sweep.ts). */
  UnclaimedUploadSweep = 'attachment-unclaimed-sweep',
  /** Checks an uploaded registry spreadsheet, row by row (registry-import.service.ts). */
  RegistryImportCheck = 'registry-import-check',
  /** Writes a confirmed registry spreadsheet in one transaction (registry-import.service.ts). */
  RegistryImportApply = 'registry-import-apply',
  /** Sends waiting notifications by SMS and e-mail: the outbox's worker (notification-delivery.ts). */
  NotificationDelivery = 'notification-delivery',
  /** The daily digest e-mail of those who chose it (notification-digest.ts). */
  NotificationDigest = 'notification-digest',
  /** Tells staff of notices that ended by the business clock (notice-ending.ts). */
  NoticeEnding = 'notice-ending',
  /** Reminds handlers of suggestion deadlines a few working days ahead (suggestion-deadlines.ts). */
  SuggestionDeadlineReminder = 'suggestion-deadline-reminder',
  /** Reminds model workers and keeping offices of the registry's yearly update in December (registry-yearly-reminder.ts). */
  RegistryYearlyReminder = 'registry-yearly-reminder',
  /** Tells a notice's staff of objections still open after it ended (objection-deadlines.ts). */
  ObjectionDeadlines = 'objection-deadlines',
  /** Weekly: tells each keeping office how many in post are due a recuperation (care-reminders.ts). */
  RecuperationRotation = 'care-recuperation-rotation',
  /** Monthly: tells each keeping office how many are not yet visited this year (care-reminders.ts). */
  VisitCoverage = 'care-visit-coverage',
}

/** The PostgreSQL schema of the queue's own tables, beside laomo's in the same database. */
export const JOB_SCHEMA = 'pgboss';
