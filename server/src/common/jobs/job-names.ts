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
}

/** The PostgreSQL schema of the queue's own tables, beside laomo's in the same database. */
export const JOB_SCHEMA = 'pgboss';
