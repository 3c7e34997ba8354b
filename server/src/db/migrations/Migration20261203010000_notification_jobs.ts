import { Migration } from '@mikro-orm/migrations';

/**
 * The kinds told by the scheduled jobs of issue #15: the registry's yearly update to the keeping office,
 * an objection still open after its notice, and the care work's recuperation rotation and visit coverage;
 * and the outcome of a delivery to an account disabled meanwhile.
 * (PostgreSQL adds enum values inside a transaction; they are only used after it commits.)
 */
export class Migration20261203010000_notification_jobs extends Migration {

  override async up(): Promise<void> {
    for (const kind of ['REGISTRY_YEARLY_PENDING', 'OBJECTION_STILL_OPEN', 'RECUPERATION_ROTATION_DUE', 'VISIT_COVERAGE_DUE']) {
      this.addSql(`alter type "notification_kind" add value if not exists '${kind}';`);
    }
    // A delivery not made because the account was disabled meanwhile.
    this.addSql(`alter type "notification_delivery_outcome" add value if not exists 'ACCOUNT_DISABLED';`);
  }

  override async down(): Promise<void> {
    // An enum value cannot be dropped; the rows that use one go, and the value stays unused.
    this.addSql(`delete from "notification_preference" where "kind"::text in ('REGISTRY_YEARLY_PENDING', 'OBJECTION_STILL_OPEN', 'RECUPERATION_ROTATION_DUE', 'VISIT_COVERAGE_DUE');`);
    this.addSql(`delete from "notification_delivery" where "notification_id" in (select "id" from "notification" where "kind"::text in ('REGISTRY_YEARLY_PENDING', 'OBJECTION_STILL_OPEN', 'RECUPERATION_ROTATION_DUE', 'VISIT_COVERAGE_DUE'));`);
    this.addSql(`delete from "notification" where "kind"::text in ('REGISTRY_YEARLY_PENDING', 'OBJECTION_STILL_OPEN', 'RECUPERATION_ROTATION_DUE', 'VISIT_COVERAGE_DUE');`);
  }
}
