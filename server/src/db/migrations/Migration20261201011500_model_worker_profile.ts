import { Migration } from '@mikro-orm/migrations';

/**
 * The person's and the public side of the registry: consent to a public profile and its deeds summary,
 * the situation the class follows from, the industry (one list with studios), and revocation cases (退出机制) for any honor on record.
 */
export class Migration20261201011500_model_worker_profile extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "model_worker" add column "profile_consent" boolean not null default false, add column "deeds_summary" text null, add column "hardship" boolean not null default false, add column "industry" "studio_industry" null;`);
    this.addSql(`create type "revocation_state" as enum ('REPORTED', 'REVOKED', 'DISMISSED');`);
    this.addSql(`create table "honor_revocation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "held_id" uuid not null, "model_worker_id" uuid not null, "state" "revocation_state" not null default 'REPORTED', "at_id" uuid not null, "conferring_body_id" uuid not null, "report_reason" text not null, "decision_reason" text null, "decided_at" timestamptz null, constraint "honor_revocation_pkey" primary key ("id"));`);
    this.addSql(`create index "honor_revocation_state_index" on "honor_revocation" ("state");`);
    this.addSql(`create unique index "honor_revocation_open_unique" on "honor_revocation" ("held_id") where "state" = 'REPORTED';`);
    this.addSql(`alter table "honor_revocation" add constraint "honor_revocation_held_id_foreign" foreign key ("held_id") references "model_worker_honor" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "honor_revocation" add constraint "honor_revocation_model_worker_id_foreign" foreign key ("model_worker_id") references "model_worker" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "honor_revocation" add constraint "honor_revocation_at_id_foreign" foreign key ("at_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "honor_revocation" add constraint "honor_revocation_conferring_body_id_foreign" foreign key ("conferring_body_id") references "organization" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "honor_revocation" cascade;`);
    this.addSql(`drop type if exists "revocation_state";`);
    this.addSql(`alter table "model_worker" drop column "profile_consent", drop column "deeds_summary", drop column "hardship", drop column "industry";`);
  }

}
