import { Migration } from '@mikro-orm/migrations';

export class Migration20261121063817_process extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "campaign_status" as enum ('DRAFT', 'OPEN', 'CLOSED', 'CONCLUDED');`);
    this.addSql(`create type "objection_identity_policy" as enum ('REQUIRED', 'ENCOURAGED');`);
    this.addSql(`create type "vote_tally_visibility" as enum ('LIVE', 'AFTER_CLOSE');`);
    this.addSql(`create type "notice_stage" as enum ('UNIT', 'DISTRICT', 'CITY');`);
    this.addSql(`create type "nomination_state" as enum ('DRAFT', 'PROPOSED', 'NOMINATED', 'RECOMMENDED', 'REPORTED', 'UNIT_NOTICE', 'UNIT_NOTICE_PASSED', 'PARTY_CONSENTED', 'SUBMITTED', 'PRELIMINARY_APPROVED', 'DISTRICT_NOTICE', 'DISTRICT_NOTICE_PASSED', 'FORWARDED', 'SECONDARY_APPROVED', 'CITY_NOTICE', 'CITY_NOTICE_PASSED', 'APPROVED', 'DECLINED', 'REJECTED', 'WITHDRAWN', 'REVOKED');`);
    this.addSql(`create type "nomination_source" as enum ('UNIT', 'SOCIAL_ORGANIZATION', 'SELF', 'EMPLOYEE');`);
    this.addSql(`create type "notice_entry_status" as enum ('LISTED', 'WITHDRAWN');`);
    this.addSql(`create type "sign_off_department" as enum ('DISCIPLINE_INSPECTION', 'MARKET_REGULATION', 'TAX', 'AUDIT', 'WORK_SAFETY', 'ENVIRONMENT');`);
    this.addSql(`create type "recusal_reason" as enum ('SAME_UNIT', 'DECLARED');`);
    this.addSql(`create table "campaign" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "year" int not null, "status" "campaign_status" not null default 'DRAFT', "organizer_id" uuid not null, "structure_rules" jsonb not null, "description" text null, "nomination_opens_on" date not null, "nomination_closes_on" date not null, "confer_on" date null, "unit_notice_working_days" int not null default 5, "district_notice_working_days" int not null default 5, "city_notice_working_days" int not null default 7, "objection_identity" "objection_identity_policy" not null default 'ENCOURAGED', "voting_enabled" boolean not null default false, "voting_opens_at" timestamptz null, "voting_closes_at" timestamptz null, "votes_per_account" int not null default 10, "vote_tally_visibility" "vote_tally_visibility" not null default 'AFTER_CLOSE', constraint "campaign_pkey" primary key ("id"));`);

    this.addSql(`create table "notice" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" uuid not null, "organization_id" uuid not null, "stage" "notice_stage" not null, "title" varchar(200) not null, "starts_on" date not null, "ends_on" date not null, "working_days" int not null, "objection_contact" varchar(300) not null, "published_at" timestamptz not null, "snapshot_hash" varchar(64) not null, constraint "notice_pkey" primary key ("id"));`);
    this.addSql(`create index "notice_organization_id_index" on "notice" ("organization_id");`);
    this.addSql(`create index "notice_starts_on_index" on "notice" ("starts_on");`);
    this.addSql(`create index "notice_campaign_id_stage_index" on "notice" ("campaign_id", "stage");`);

    this.addSql(`create table "nomination" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" uuid not null, "honor_id" uuid not null, "unit_id" uuid not null, "state" "nomination_state" not null default 'DRAFT', "source" "nomination_source" not null, "proposer_id" uuid not null, "model_worker_id" uuid null, "recipient_kind" "recipient_kind" not null, "candidate_name" varchar(100) not null, "gender" "gender" null, "employer_name" varchar(200) not null, "post" varchar(100) not null, "public_summary" text not null, "front_line" boolean not null default false, "technical" boolean not null default false, "grassroots" boolean not null default false, "enterprise_head" boolean not null default false, "cadre" boolean not null default false, "youth" boolean not null default false, "minority" boolean not null default false, "non_party" boolean not null default false, "deeds" text not null, "id_number" varchar(18) null, "phone" varchar(20) null, "birth_date" date null, "ethnicity" varchar(20) null, "political_status" varchar(30) null, "consent_to_publish" boolean not null default false, "recommendation_held_on" date null, "recommendation_delegates" int null, "recommendation_present" int null, "recommendation_votes_for" int null, "recommendation_votes_against" int null, "recommendation_abstaining" int null, "deeds_report_reported_on" date null, "deeds_report_audience" varchar(200) null, "deeds_report_material" text null, "party_consent_consented_on" date null, "party_consent_committee" varchar(200) null, "party_consent_note" text null, constraint "nomination_pkey" primary key ("id"));`);
    this.addSql(`create index "nomination_unit_id_index" on "nomination" ("unit_id");`);
    this.addSql(`create index "nomination_proposer_id_index" on "nomination" ("proposer_id");`);
    this.addSql(`create index "nomination_campaign_id_state_index" on "nomination" ("campaign_id", "state");`);

    this.addSql(`create table "notice_entry" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "notice_id" uuid not null, "nomination_id" uuid not null, "position" int not null, "status" "notice_entry_status" not null default 'LISTED', "snapshot" jsonb not null, "snapshot_hash" varchar(64) not null, constraint "notice_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "notice_entry_nomination_id_index" on "notice_entry" ("nomination_id");`);
    this.addSql(`alter table "notice_entry" add constraint "notice_entry_notice_id_position_unique" unique ("notice_id", "position");`);
    this.addSql(`alter table "notice_entry" add constraint "notice_entry_notice_id_nomination_id_unique" unique ("notice_id", "nomination_id");`);

    this.addSql(`create table "nomination_honor_held" ("nomination_id" uuid not null, "honor_id" uuid not null, constraint "nomination_honor_held_pkey" primary key ("nomination_id", "honor_id"));`);

    this.addSql(`create table "department_sign_off" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "nomination_id" uuid not null, "department" "sign_off_department" not null, "signed_on" date not null, "opinion" text not null, constraint "department_sign_off_pkey" primary key ("id"));`);
    this.addSql(`alter table "department_sign_off" add constraint "department_sign_off_nomination_id_department_unique" unique ("nomination_id", "department");`);

    this.addSql(`create table "campaign_quota" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "campaign_id" uuid not null, "organization_id" uuid not null, "seats" int not null, constraint "campaign_quota_pkey" primary key ("id"));`);
    this.addSql(`alter table "campaign_quota" add constraint "campaign_quota_campaign_id_organization_id_unique" unique ("campaign_id", "organization_id");`);

    this.addSql(`create table "campaign_honor" ("campaign_id" uuid not null, "honor_id" uuid not null, constraint "campaign_honor_pkey" primary key ("campaign_id", "honor_id"));`);

    this.addSql(`create table "recusal" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "nomination_id" uuid not null, "reviewer_id" uuid not null, "reason" "recusal_reason" not null, "note" text null, constraint "recusal_pkey" primary key ("id"));`);
    this.addSql(`alter table "recusal" add constraint "recusal_nomination_id_reviewer_id_unique" unique ("nomination_id", "reviewer_id");`);

    this.addSql(`alter table "campaign" add constraint "campaign_organizer_id_foreign" foreign key ("organizer_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "notice" add constraint "notice_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);
    this.addSql(`alter table "notice" add constraint "notice_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "nomination" add constraint "nomination_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_honor_id_foreign" foreign key ("honor_id") references "honor" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_unit_id_foreign" foreign key ("unit_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_proposer_id_foreign" foreign key ("proposer_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "nomination" add constraint "nomination_model_worker_id_foreign" foreign key ("model_worker_id") references "model_worker" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "notice_entry" add constraint "notice_entry_notice_id_foreign" foreign key ("notice_id") references "notice" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "notice_entry" add constraint "notice_entry_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade;`);

    this.addSql(`alter table "nomination_honor_held" add constraint "nomination_honor_held_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "nomination_honor_held" add constraint "nomination_honor_held_honor_id_foreign" foreign key ("honor_id") references "honor" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "department_sign_off" add constraint "department_sign_off_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "campaign_quota" add constraint "campaign_quota_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_quota" add constraint "campaign_quota_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);

    this.addSql(`alter table "campaign_honor" add constraint "campaign_honor_campaign_id_foreign" foreign key ("campaign_id") references "campaign" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "campaign_honor" add constraint "campaign_honor_honor_id_foreign" foreign key ("honor_id") references "honor" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "recusal" add constraint "recusal_nomination_id_foreign" foreign key ("nomination_id") references "nomination" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "recusal" add constraint "recusal_reviewer_id_foreign" foreign key ("reviewer_id") references "account" ("id") on update cascade;`);

    // Invariants the database guarantees, whatever the code does.
    this.addSql(`alter table "campaign" add constraint "campaign_notice_days_check" check ("unit_notice_working_days" > 0 and "district_notice_working_days" > 0 and "city_notice_working_days" > 0 and "votes_per_account" > 0);`);
    this.addSql(`alter table "campaign" add constraint "campaign_window_check" check ("nomination_closes_on" >= "nomination_opens_on");`);
    this.addSql(`alter table "campaign_quota" add constraint "campaign_quota_seats_check" check ("seats" >= 0);`);
    this.addSql(`alter table "nomination" add constraint "nomination_public_summary_check" check (char_length("public_summary") <= 500);`);
    this.addSql(`alter table "nomination" add constraint "nomination_recommendation_check" check ("recommendation_delegates" is null or ("recommendation_present" between 0 and "recommendation_delegates" and "recommendation_votes_for" >= 0 and "recommendation_votes_against" >= 0 and "recommendation_abstaining" >= 0 and "recommendation_votes_for" + "recommendation_votes_against" + "recommendation_abstaining" <= "recommendation_present"));`);
    this.addSql(`alter table "notice" add constraint "notice_period_check" check ("ends_on" >= "starts_on" and "working_days" > 0);`);
    // A published notice is a tamper-evident record: what was shown, and its period, never change.
    this.addSql(`create function "notice_is_final"() returns trigger language plpgsql as $$
      begin
        if (new.campaign_id, new.organization_id, new.stage, new.title, new.starts_on, new.ends_on, new.working_days, new.objection_contact, new.snapshot_hash, new.published_at)
             is distinct from (old.campaign_id, old.organization_id, old.stage, old.title, old.starts_on, old.ends_on, old.working_days, old.objection_contact, old.snapshot_hash, old.published_at) then
          raise exception 'a published notice cannot be changed';
        end if;
        return new;
      end $$;`);
    this.addSql(`create function "notice_entry_is_final"() returns trigger language plpgsql as $$
      begin
        if (new.snapshot, new.snapshot_hash, new.position, new.notice_id, new.nomination_id)
             is distinct from (old.snapshot, old.snapshot_hash, old.position, old.notice_id, old.nomination_id) then
          raise exception 'a published notice entry cannot be changed';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "notice_is_final" before update on "notice" for each row execute function "notice_is_final"();`);
    this.addSql(`create trigger "notice_entry_is_final" before update on "notice_entry" for each row execute function "notice_entry_is_final"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "notice_is_final" on "notice";`);
    this.addSql(`drop trigger if exists "notice_entry_is_final" on "notice_entry";`);
    this.addSql(`drop function if exists "notice_is_final"();`);
    this.addSql(`drop function if exists "notice_entry_is_final"();`);
    this.addSql(`alter table "notice" drop constraint "notice_campaign_id_foreign";`);

    this.addSql(`alter table "nomination" drop constraint "nomination_campaign_id_foreign";`);

    this.addSql(`alter table "campaign_quota" drop constraint "campaign_quota_campaign_id_foreign";`);

    this.addSql(`alter table "campaign_honor" drop constraint "campaign_honor_campaign_id_foreign";`);

    this.addSql(`alter table "notice_entry" drop constraint "notice_entry_notice_id_foreign";`);

    this.addSql(`alter table "notice_entry" drop constraint "notice_entry_nomination_id_foreign";`);

    this.addSql(`alter table "nomination_honor_held" drop constraint "nomination_honor_held_nomination_id_foreign";`);

    this.addSql(`alter table "department_sign_off" drop constraint "department_sign_off_nomination_id_foreign";`);

    this.addSql(`alter table "recusal" drop constraint "recusal_nomination_id_foreign";`);

    this.addSql(`drop table if exists "campaign" cascade;`);

    this.addSql(`drop table if exists "notice" cascade;`);

    this.addSql(`drop table if exists "nomination" cascade;`);

    this.addSql(`drop table if exists "notice_entry" cascade;`);

    this.addSql(`drop table if exists "nomination_honor_held" cascade;`);

    this.addSql(`drop table if exists "department_sign_off" cascade;`);

    this.addSql(`drop table if exists "campaign_quota" cascade;`);

    this.addSql(`drop table if exists "campaign_honor" cascade;`);

    this.addSql(`drop table if exists "recusal" cascade;`);

    this.addSql(`drop type "campaign_status";`);
    this.addSql(`drop type "objection_identity_policy";`);
    this.addSql(`drop type "vote_tally_visibility";`);
    this.addSql(`drop type "notice_stage";`);
    this.addSql(`drop type "nomination_state";`);
    this.addSql(`drop type "nomination_source";`);
    this.addSql(`drop type "notice_entry_status";`);
    this.addSql(`drop type "sign_off_department";`);
    this.addSql(`drop type "recusal_reason";`);
  }

}
