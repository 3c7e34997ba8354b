import { Migration } from '@mikro-orm/migrations';

/** An idempotency key remembers the request it was first used with, so another request under the same key is refused. */
export class Migration20261130224500_idempotency_fingerprint extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "idempotency_key" add column "fingerprint" varchar(64) null;`);
    this.addSql(`create index "idempotency_key_created_at_index" on "idempotency_key" ("created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "idempotency_key_created_at_index";`);
    this.addSql(`alter table "idempotency_key" drop column "fingerprint";`);
  }

}
