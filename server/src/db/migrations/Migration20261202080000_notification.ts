import { Migration } from '@mikro-orm/migrations';

/** Notifications (modules/notification): the centre and outbox, deliveries, preferences, settings, digests. */
export class Migration20261202080000_notification extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "notification_kind" as enum ('NOMINATION_STEP', 'OBJECTION_ANSWERED', 'COMMENT_HIDDEN', 'SUGGESTION_ACCEPTED', 'SUGGESTION_ANSWERED', 'SUGGESTION_OVERDUE', 'SUGGESTION_PUBLISHED', 'SUGGESTION_CO_SIGN_ASKED', 'SUGGESTION_ASSIGNED', 'SUGGESTION_DEADLINE_NEAR', 'SUGGESTION_ARRIVED', 'OBJECTION_ARRIVED', 'NOTICE_ENDED', 'SUGGESTION_ESCALATED', 'REGISTRY_YEARLY_UPDATE', 'ALLOWANCE_PAID', 'RECUPERATION_OPEN');`);
    this.addSql(`create type "notification_channel" as enum ('SMS', 'EMAIL');`);
    this.addSql(`create type "notification_delivery_outcome" as enum ('SENT', 'NOT_WANTED', 'NO_ADDRESS', 'DAILY_LIMIT', 'IN_DIGEST', 'FAILED');`);
    this.addSql(`create type "notification_digest" as enum ('NONE', 'DAILY');`);

    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "recipient_id" uuid not null, "kind" "notification_kind" not null, "dedup_key" varchar(300) not null, "subject_type" varchar(40) not null, "subject_id" uuid not null, "link" varchar(300) not null, "params" jsonb not null, "happened_at" timestamptz not null, "read_at" timestamptz null, "dispatched_at" timestamptz null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification" add constraint "notification_dedup_key_unique" unique ("dedup_key");`);
    this.addSql(`create index "notification_recipient_id_created_at_index" on "notification" ("recipient_id", "created_at");`);
    // The outbox's worker reads only what waits; the bell counts only what is unread.
    this.addSql(`create index "notification_dispatched_at_index" on "notification" ("created_at") where "dispatched_at" is null;`);
    this.addSql(`create index "notification_unread_index" on "notification" ("recipient_id") where "read_at" is null;`);

    this.addSql(`create table "notification_delivery" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "notification_id" uuid not null, "recipient_id" uuid not null, "channel" "notification_channel" not null, "outcome" "notification_delivery_outcome" not null, constraint "notification_delivery_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification_delivery" add constraint "notification_delivery_notification_id_channel_unique" unique ("notification_id", "channel");`);
    this.addSql(`create index "notification_delivery_recipient_id_index" on "notification_delivery" ("recipient_id", "channel", "created_at");`);

    this.addSql(`create table "notification_preference" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "kind" "notification_kind" not null, "channel" "notification_channel" not null, "enabled" boolean not null, constraint "notification_preference_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification_preference" add constraint "notification_preference_account_id_kind_channel_unique" unique ("account_id", "kind", "channel");`);

    this.addSql(`create table "notification_settings" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "email" varchar(254) null, "locale" varchar(5) not null, "digest" "notification_digest" not null default 'NONE', constraint "notification_settings_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification_settings" add constraint "notification_settings_account_id_unique" unique ("account_id");`);

    this.addSql(`create table "notification_digest_sent" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "day" date not null, "count" int not null, constraint "notification_digest_sent_pkey" primary key ("id"));`);
    this.addSql(`alter table "notification_digest_sent" add constraint "notification_digest_sent_account_id_day_unique" unique ("account_id", "day");`);

    for (const [table, column] of [['notification', 'recipient_id'], ['notification_delivery', 'recipient_id'], ['notification_preference', 'account_id'], ['notification_settings', 'account_id'], ['notification_digest_sent', 'account_id']]) {
      this.addSql(`alter table "${table}" add constraint "${table}_${column}_foreign" foreign key ("${column}") references "account" ("id") on update cascade on delete cascade;`);
    }
    this.addSql(`alter table "notification_delivery" add constraint "notification_delivery_notification_id_foreign" foreign key ("notification_id") references "notification" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    for (const table of ['notification_delivery', 'notification_preference', 'notification_settings', 'notification_digest_sent', 'notification']) {
      this.addSql(`drop table if exists "${table}" cascade;`);
    }
    for (const type of ['notification_kind', 'notification_channel', 'notification_delivery_outcome', 'notification_digest']) this.addSql(`drop type "${type}";`);
  }

}
