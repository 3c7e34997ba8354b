/**
 * The feature modules from the bottom up. A module imports only from modules before it (and from
 * common/); module-order.test.ts checks every import, so modules never import each other in a circle.
 * modules/index.ts is the one place that knows them all and wires them together.
 */
export const MODULE_ORDER: readonly string[] = [
  // The tree of unions and employers (public to read): everything else is placed in it.
  'organization',
  // Accounts and their role grants at organizations, and the policy every other module asks.
  'account',
  'audit',
  // What administrators see of the job queue (common/jobs): failed jobs.
  'jobs',
  // Staff changing the tree, as the policy allows: after accounts, which hold their roles in the tree.
  'organization-management',
  'calendar',
  'demo-clock',
  // Who hears what, the in-app centre and the outbox: every module that tells someone comes after it.
  'notification',
  'honor',
  'registry',
  'attachment',
  // 劳模风采: the public profiles of consenting model workers, with a photo (an attachment).
  'profile',
  'campaign',
  // A file's steps ask notices and objections, which come later, through what modules/index.ts hands
  // it (nomination.notice-entry.ts, nomination.objections.ts).
  'nomination',
  'notice',
  // What the public's comments, objections and votes share: idempotency, rate limits, masked names.
  'participation',
  'comment',
  'objection',
  'vote',
  'studio',
  'suggestion',
  // 退出机制 for any honor on record: it ends a studio's title and a record's suggestion rights, so it comes after both.
  'revocation',
  'statistics',
  // Care after the honor: grants and allowances read the registry and the honors' treatment levels.
  'care',
];
