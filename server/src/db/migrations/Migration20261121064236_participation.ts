import { Migration } from '@mikro-orm/migrations';

export class Migration20261121064236_participation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "objection_channel" as enum ('ONLINE', 'PHONE', 'LETTER', 'VISIT');`);
    this.addSql(`create type "objection_status" as enum ('RECEIVED', 'INVESTIGATING', 'UPHELD', 'DISMISSED');`);
    this.addSql(`create type "comment_stance" as enum ('SUPPORT', 'NEUTRAL', 'CONCERN');`);
    this.addSql(`create type "comment_status" as enum ('VISIBLE', 'HIDDEN');`);
    this.addSql(`create table "idempotency_key" ("id" uuid not null, "account_id" uuid not null, "key" varchar(100) not null, "operation" varchar(60) not null, "result_id" uuid null, "created_at" timestamptz not null, constraint "idempotency_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_account_id_key_unique" unique ("account_id", "key");`);

    this.addSql(`create table "objection" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "notice_id" uuid not null, "entry_id" uuid not null, "nomination_id" uuid not null, "channel" "objection_channel" not null, "status" "objection_status" not null default 'RECEIVED', "content" text not null, "real_name" boolean not null, "objector_name" varchar(60) null, "objector_contact" varchar(100) null, "filed_by_id" uuid null, "received_at" timestamptz not null, "postmark_on" date null, "reply" text null, "replied_at" timestamptz null, "decided_at" timestamptz null, "handled_by_id" uuid null, constraint "objection_pkey" primary key ("id"), constraint objection_decided_with_reply check (status in ('RECEIVED', 'INVESTIGATING') or (reply is not null and decided_at is not null)), constraint objection_letter_postmark check (channel <> 'LETTER' or postmark_on is not null), constraint objection_real_name_complete check (not real_name or (objector_name is not null and objector_contact is not null)));`);
    this.addSql(`create index "objection_filed_by_id_index" on "objection" ("filed_by_id");`);
    this.addSql(`create index "objection_notice_id_status_index" on "objection" ("notice_id", "status");`);
    this.addSql(`create index "objection_nomination_id_status_index" on "objection" ("nomination_id", "status");`);

    this.addSql(`create table "comment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "entry_id" uuid not null, "notice_id" uuid not null, "parent_id" uuid null, "author_id" uuid not null, "author_name" varchar(60) not null, "body" text not null, "stance" "comment_stance" not null, "status" "comment_status" not null default 'VISIBLE', "report_count" int not null default 0, "last_reported_at" timestamptz null, "moderated_at" timestamptz null, "hidden_at" timestamptz null, "hidden_by_id" uuid null, "hidden_reason" varchar(300) null, constraint "comment_pkey" primary key ("id"), constraint comment_hidden_with_reason check (status = 'VISIBLE' or (hidden_at is not null and hidden_by_id is not null and hidden_reason is not null)), constraint comment_body_length check (char_length(body) between 1 and 500));`);
    this.addSql(`create index "comment_notice_id_last_reported_at_index" on "comment" ("notice_id", "last_reported_at");`);
    this.addSql(`create index "comment_entry_id_parent_id_status_created_at_index" on "comment" ("entry_id", "parent_id", "status", "created_at");`);

    this.addSql(`create table "comment_report" ("id" uuid not null, "comment_id" uuid not null, "account_id" uuid not null, "reason" varchar(200) null, "created_at" timestamptz not null, constraint "comment_report_pkey" primary key ("id"));`);
    this.addSql(`alter table "comment_report" add constraint "comment_report_comment_id_account_id_unique" unique ("comment_id", "account_id");`);

    this.addSql(`create table "rate_limit_bucket" ("key" varchar(160) not null, "window_start" timestamptz not null, "hits" int not null, constraint "rate_limit_bucket_pkey" primary key ("key", "window_start"));`);

    this.addSql(`create table "vote" ("id" uuid not null, "account_id" uuid not null, "campaign_id" uuid not null, "nomination_id" uuid not null, "entry_id" uuid not null, "cast_at" timestamptz not null, constraint "vote_pkey" primary key ("id"));`);
    this.addSql(`create index "vote_campaign_id_index" on "vote" ("campaign_id");`);
    this.addSql(`create index "vote_nomination_id_index" on "vote" ("nomination_id");`);
    this.addSql(`alter table "vote" add constraint "vote_account_id_nomination_id_unique" unique ("account_id", "nomination_id");`);

    this.addSql(`create table "vote_allowance" ("account_id" uuid not null, "campaign_id" uuid not null, "used" int not null, constraint "vote_allowance_pkey" primary key ("account_id", "campaign_id"), constraint vote_allowance_used check (used >= 0));`);

    this.addSql(`alter table "idempotency_key" add constraint "idempotency_key_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "objection" add constraint "objection_notice_id_foreign" foreign key ("notice_id") references "notice" ("id") on update cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_entry_id_foreign" foreign key ("entry_id") references "notice_entry" ("id") on update cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade;`);
    this.addSql(`alter table "objection" add constraint "objection_filed_by_id_foreign" foreign key ("filed_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "objection" add constraint "objection_handled_by_id_foreign" foreign key ("handled_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "comment" add constraint "comment_entry_id_foreign" foreign key ("entry_id") references "notice_entry" ("id") on update cascade;`);
    this.addSql(`alter table "comment" add constraint "comment_notice_id_foreign" foreign key ("notice_id") references "notice" ("id") on update cascade;`);
    this.addSql(`alter table "comment" add constraint "comment_parent_id_foreign" foreign key ("parent_id") references "comment" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "comment" add constraint "comment_author_id_foreign" foreign key ("author_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "comment" add constraint "comment_hidden_by_id_foreign" foreign key ("hidden_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "comment_report" add constraint "comment_report_comment_id_foreign" foreign key ("comment_id") references "comment" ("id") on update cascade;`);
    this.addSql(`alter table "comment_report" add constraint "comment_report_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "vote" add constraint "vote_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade;`);
    this.addSql(`alter table "vote" add constraint "vote_entry_id_foreign" foreign key ("entry_id") references "notice_entry" ("id") on update cascade;`);

    this.addSql(`alter table "vote_allowance" add constraint "vote_allowance_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "vote_allowance" add constraint "vote_allowance_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "comment" drop constraint "comment_parent_id_foreign";`);

    this.addSql(`alter table "comment_report" drop constraint "comment_report_comment_id_foreign";`);

    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`drop table if exists "objection" cascade;`);

    this.addSql(`drop table if exists "comment" cascade;`);

    this.addSql(`drop table if exists "comment_report" cascade;`);

    this.addSql(`drop table if exists "rate_limit_bucket" cascade;`);

    this.addSql(`drop table if exists "vote" cascade;`);

    this.addSql(`drop table if exists "vote_allowance" cascade;`);

    this.addSql(`drop type "objection_channel";`);
    this.addSql(`drop type "objection_status";`);
    this.addSql(`drop type "comment_stance";`);
    this.addSql(`drop type "comment_status";`);
  }

}
