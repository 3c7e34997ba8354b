import { Migration } from '@mikro-orm/migrations';

const KINDS = ['NOMINATION_ARRIVED', 'GRANT_APPLICATION_ARRIVED', 'REGISTRY_TRANSFER_ASKED'];
const LIST = KINDS.map((k) => `'${k}'`).join(', ');

/**
 * The kinds that tell staff work arrived in their queue (issue #15, item 3): a nomination file reaching an
 * office's review, a hardship grant application reaching the district, a registry record asked to move to them.
 * (PostgreSQL adds enum values inside a transaction; they are only used after it commits.)
 */
export class Migration20261203060000_queue_notifications extends Migration {

  override async up(): Promise<void> {
    for (const kind of KINDS) this.addSql(`alter type "notification_kind" add value if not exists '${kind}';`);
  }

  override async down(): Promise<void> {
    // An enum value cannot be dropped; the rows that use one go, and the value stays unused.
    this.addSql(`delete from "notification_preference" where "kind"::text in (${LIST});`);
    this.addSql(`delete from "notification_delivery" where "notification_id" in (select "id" from "notification" where "kind"::text in (${LIST}));`);
    this.addSql(`delete from "notification" where "kind"::text in (${LIST});`);
  }
}
