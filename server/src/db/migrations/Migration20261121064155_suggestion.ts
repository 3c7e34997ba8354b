import { Migration } from '@mikro-orm/migrations';

export class Migration20261121064155_suggestion extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "suggestion_field" as enum ('CITY_MANAGEMENT', 'WORKERS_RIGHTS', 'WORK_SAFETY', 'SCIENCE_INNOVATION', 'UNION_WORK', 'OTHER');`);
    this.addSql(`create type "suggestion_channel" as enum ('ONLINE', 'LETTER', 'IN_PERSON');`);
    this.addSql(`create type "suggestion_state" as enum ('RECEIVED', 'ACCEPTED', 'DECLINED', 'ASSIGNED', 'ANSWERED', 'FED_BACK', 'CLOSED');`);
    this.addSql(`create type "suggestion_referral_kind" as enum ('PEOPLES_CONGRESS_MOTION', 'CPPCC_PROPOSAL');`);
    this.addSql(`create type "suggestion_answer_outcome" as enum ('WILL_ADOPT', 'PARTLY', 'EXPLAINED');`);
    this.addSql(`create type "suggestion_rating" as enum ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED');`);
    this.addSql(`create type "co_sign_status" as enum ('PENDING', 'CONFIRMED', 'DECLINED');`);

    this.addSql(`create table "suggestion" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "author_id" uuid not null, "title" varchar(100) not null, "field" "suggestion_field" not null, "problem" text not null, "proposal" text not null, "channel" "suggestion_channel" not null, "entered_by_id" uuid null, "office_id" uuid not null, "handler_id" uuid null, "state" "suggestion_state" not null default 'RECEIVED', "deadline" date null, "received_at" timestamptz not null, "year" int not null, "decline_reason" text null, "reopen_count" int not null default 0, "answered_on_time" boolean null, "publish_consent" boolean not null default false, "published_at" timestamptz null, "adopted" boolean not null default false, "commended" boolean not null default false, "referral_kind" "suggestion_referral_kind" null, "referral_reference" varchar(100) null, "escalated_deadline" date null, "escalated_to_id" uuid null, constraint "suggestion_pkey" primary key ("id"), constraint suggestion_reopened_once check (reopen_count between 0 and 1), constraint suggestion_published_with_consent check (published_at is null or publish_consent));`);
    this.addSql(`create index "suggestion_state_deadline_index" on "suggestion" ("state", "deadline");`);
    this.addSql(`create index "suggestion_published_at_year_field_index" on "suggestion" ("published_at", "year", "field");`);

    this.addSql(`create table "suggestion_answer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "suggestion_id" uuid not null, "round" int not null, "handler_id" uuid not null, "answered_by_id" uuid not null, "outcome" "suggestion_answer_outcome" not null, "content" text not null, "answered_at" timestamptz not null, "fed_back_at" timestamptz null, "rating" "suggestion_rating" null, "rating_comment" text null, constraint "suggestion_answer_pkey" primary key ("id"), constraint suggestion_answer_round check (round in (1, 2)));`);
    this.addSql(`alter table "suggestion_answer" add constraint "suggestion_answer_suggestion_id_round_unique" unique ("suggestion_id", "round");`);

    this.addSql(`create table "suggestion_co_signer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "suggestion_id" uuid not null, "model_worker_id" uuid not null, "status" "co_sign_status" not null default 'PENDING', "responded_at" timestamptz null, constraint "suggestion_co_signer_pkey" primary key ("id"));`);
    this.addSql(`alter table "suggestion_co_signer" add constraint "suggestion_co_signer_suggestion_id_model_worker_id_unique" unique ("suggestion_id", "model_worker_id");`);

    this.addSql(`alter table "suggestion" add constraint "suggestion_author_id_foreign" foreign key ("author_id") references "model_worker" ("id") on update cascade;`);
    this.addSql(`alter table "suggestion" add constraint "suggestion_entered_by_id_foreign" foreign key ("entered_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "suggestion" add constraint "suggestion_office_id_foreign" foreign key ("office_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "suggestion" add constraint "suggestion_handler_id_foreign" foreign key ("handler_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "suggestion" add constraint "suggestion_escalated_to_id_foreign" foreign key ("escalated_to_id") references "organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "suggestion_answer" add constraint "suggestion_answer_suggestion_id_foreign" foreign key ("suggestion_id") references "suggestion" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "suggestion_answer" add constraint "suggestion_answer_handler_id_foreign" foreign key ("handler_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "suggestion_answer" add constraint "suggestion_answer_answered_by_id_foreign" foreign key ("answered_by_id") references "account" ("id") on update cascade;`);

    this.addSql(`alter table "suggestion_co_signer" add constraint "suggestion_co_signer_suggestion_id_foreign" foreign key ("suggestion_id") references "suggestion" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "suggestion_co_signer" add constraint "suggestion_co_signer_model_worker_id_foreign" foreign key ("model_worker_id") references "model_worker" ("id") on update cascade;`);

  }

  override async down(): Promise<void> {

    this.addSql(`alter table "suggestion_answer" drop constraint "suggestion_answer_suggestion_id_foreign";`);

    this.addSql(`alter table "suggestion_co_signer" drop constraint "suggestion_co_signer_suggestion_id_foreign";`);

    this.addSql(`drop table if exists "suggestion" cascade;`);

    this.addSql(`drop table if exists "suggestion_answer" cascade;`);

    this.addSql(`drop table if exists "suggestion_co_signer" cascade;`);

    this.addSql(`drop type "suggestion_field";`);
    this.addSql(`drop type "suggestion_channel";`);
    this.addSql(`drop type "suggestion_state";`);
    this.addSql(`drop type "suggestion_referral_kind";`);
    this.addSql(`drop type "suggestion_answer_outcome";`);
    this.addSql(`drop type "suggestion_rating";`);
    this.addSql(`drop type "co_sign_status";`);
  }

}
