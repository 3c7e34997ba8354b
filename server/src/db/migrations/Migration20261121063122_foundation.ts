import { Migration } from '@mikro-orm/migrations';

export class Migration20261121063122_foundation extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "account_kind" as enum ('PUBLIC', 'STAFF');`);
    this.addSql(`create type "calendar_day_kind" as enum ('HOLIDAY', 'MAKEUP_WORKDAY');`);
    this.addSql(`create type "honor_level" as enum ('NATIONAL', 'PROVINCIAL', 'DISTRICT');`);
    this.addSql(`create type "recipient_kind" as enum ('INDIVIDUAL', 'COLLECTIVE', 'TEAM');`);
    this.addSql(`create type "employer_kind" as enum ('ENTERPRISE', 'NON_PUBLIC_ENTERPRISE', 'FARMERS_COOPERATIVE', 'GOVERNMENT_AGENCY', 'PUBLIC_INSTITUTION', 'SOCIAL_ORGANIZATION');`);
    this.addSql(`create type "organization_kind" as enum ('CITY_FEDERATION', 'DISTRICT_UNION', 'INDUSTRY_UNION', 'BUREAU_UNION', 'GRASSROOTS_UNION', 'DEPARTMENT');`);
    this.addSql(`create type "gender" as enum ('MALE', 'FEMALE');`);
    this.addSql(`create type "model_worker_category" as enum ('EXEMPLARY', 'ASSISTANCE', 'CARE');`);
    this.addSql(`create type "model_worker_status" as enum ('ACTIVE', 'REVOKED', 'DECEASED');`);
    this.addSql(`create type "role" as enum ('ADMIN', 'CITY_STAFF', 'DISTRICT_STAFF', 'UNIT_STAFF', 'HANDLER', 'EMPLOYEE', 'MODEL_WORKER', 'PUBLIC');`);
    this.addSql(`create table "account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "display_name" varchar(60) not null, "kind" "account_kind" not null, "username" varchar(60) null, "phone" varchar(20) null, "password_hash" text not null, "disabled" boolean not null default false, "last_signed_in_at" timestamptz null, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_username_unique" unique ("username");`);
    this.addSql(`alter table "account" add constraint "account_phone_unique" unique ("phone");`);

    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "actor_name" varchar(60) null, "subject_type" varchar(60) not null, "subject_id" uuid not null, "action" varchar(80) not null, "from_state" text null, "to_state" text null, "reason" text null, "data" jsonb null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_subject_type_subject_id_at_index" on "audit_entry" ("subject_type", "subject_id", "at");`);

    this.addSql(`create table "calendar_day" ("date" date not null, "kind" "calendar_day_kind" not null, "name" varchar(60) not null, constraint "calendar_day_pkey" primary key ("date"));`);

    this.addSql(`create table "honor" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(100) not null, "level" "honor_level" not null, "recipient_kind" "recipient_kind" not null, "model_worker_treatment" boolean not null, "treatment_level" "honor_level" null, "employer_kinds" "employer_kind"[] not null, "description" text null, constraint "honor_pkey" primary key ("id"));`);
    this.addSql(`alter table "honor" add constraint "honor_code_unique" unique ("code");`);

    this.addSql(`create table "honor_prerequisite" ("honor_id" uuid not null, "prerequisite_id" uuid not null, constraint "honor_prerequisite_pkey" primary key ("honor_id", "prerequisite_id"));`);

    this.addSql(`create table "login_failure" ("id" uuid not null, "key" varchar(120) not null, "at" timestamptz not null, constraint "login_failure_pkey" primary key ("id"));`);
    this.addSql(`create index "login_failure_key_at_index" on "login_failure" ("key", "at");`);

    this.addSql(`create table "organization" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "short_name" varchar(60) null, "kind" "organization_kind" not null, "employer_kind" "employer_kind" null, "parent_id" uuid null, "path" text not null, "contact" varchar(300) null, constraint "organization_pkey" primary key ("id"));`);
    this.addSql(`create index "organization_path_index" on "organization" ("path");`);

    this.addSql(`create table "model_worker" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(60) not null, "gender" "gender" not null, "organization_id" uuid not null, "employer_name" varchar(200) not null, "post" varchar(100) not null, "category" "model_worker_category" not null default 'EXEMPLARY', "status" "model_worker_status" not null default 'ACTIVE', "id_number" varchar(18) null, "phone" varchar(20) null, "address" varchar(300) null, "birth_date" date null, "ethnicity" varchar(20) null, "political_status" varchar(30) null, "account_id" uuid null, constraint "model_worker_pkey" primary key ("id"));`);
    this.addSql(`create index "model_worker_name_index" on "model_worker" ("name");`);
    this.addSql(`alter table "model_worker" add constraint "model_worker_account_id_unique" unique ("account_id");`);

    this.addSql(`create table "model_worker_honor" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_worker_id" uuid not null, "honor_id" uuid not null, "year" int not null, "conferred_by_id" uuid null, "revoked_at" timestamptz null, "revoke_reason" text null, constraint "model_worker_honor_pkey" primary key ("id"));`);

    this.addSql(`create table "role_grant" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "role" "role" not null, "organization_id" uuid null, constraint "role_grant_pkey" primary key ("id"));`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_account_id_role_organization_id_unique" unique ("account_id", "role", "organization_id");`);

    this.addSql(`create table "session" ("token_hash" varchar(64) not null, "account_id" uuid not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, constraint "session_pkey" primary key ("token_hash"));`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`create table "verification_code" ("id" uuid not null, "phone" varchar(20) not null, "purpose" varchar(20) not null, "code_hash" varchar(64) not null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "attempts" int not null default 0, "consumed_at" timestamptz null, constraint "verification_code_pkey" primary key ("id"));`);
    this.addSql(`create index "verification_code_phone_created_at_index" on "verification_code" ("phone", "created_at");`);

    this.addSql(`alter table "audit_entry" add constraint "audit_entry_actor_id_foreign" foreign key ("actor_id") references "account" ("id") on update cascade on delete no action;`);

    this.addSql(`alter table "honor_prerequisite" add constraint "honor_prerequisite_honor_id_foreign" foreign key ("honor_id") references "honor" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "honor_prerequisite" add constraint "honor_prerequisite_prerequisite_id_foreign" foreign key ("prerequisite_id") references "honor" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "model_worker" add constraint "model_worker_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "model_worker" add constraint "model_worker_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "model_worker_honor" add constraint "model_worker_honor_model_worker_id_foreign" foreign key ("model_worker_id") references "model_worker" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "model_worker_honor" add constraint "model_worker_honor_honor_id_foreign" foreign key ("honor_id") references "honor" ("id") on update cascade;`);
    this.addSql(`alter table "model_worker_honor" add constraint "model_worker_honor_conferred_by_id_foreign" foreign key ("conferred_by_id") references "organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "role_grant" add constraint "role_grant_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
    // The audit log is append-only: no UPDATE or DELETE, whoever asks (the trigger also guards
    // against code that would bypass the ORM).
    this.addSql(`create function audit_entry_immutable() returns trigger language plpgsql as $$ begin raise exception 'audit_entry is append-only'; end; $$;`);
    this.addSql(`create trigger audit_entry_no_update before update or delete on "audit_entry" for each row execute function audit_entry_immutable();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists audit_entry_no_update on "audit_entry";`);
    this.addSql(`drop function if exists audit_entry_immutable();`);
    this.addSql(`alter table "audit_entry" drop constraint "audit_entry_actor_id_foreign";`);

    this.addSql(`alter table "model_worker" drop constraint "model_worker_account_id_foreign";`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_account_id_foreign";`);

    this.addSql(`alter table "session" drop constraint "session_account_id_foreign";`);

    this.addSql(`alter table "honor_prerequisite" drop constraint "honor_prerequisite_honor_id_foreign";`);

    this.addSql(`alter table "honor_prerequisite" drop constraint "honor_prerequisite_prerequisite_id_foreign";`);

    this.addSql(`alter table "model_worker_honor" drop constraint "model_worker_honor_honor_id_foreign";`);

    this.addSql(`alter table "organization" drop constraint "organization_parent_id_foreign";`);

    this.addSql(`alter table "model_worker" drop constraint "model_worker_organization_id_foreign";`);

    this.addSql(`alter table "model_worker_honor" drop constraint "model_worker_honor_conferred_by_id_foreign";`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_organization_id_foreign";`);

    this.addSql(`alter table "model_worker_honor" drop constraint "model_worker_honor_model_worker_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "calendar_day" cascade;`);

    this.addSql(`drop table if exists "honor" cascade;`);

    this.addSql(`drop table if exists "honor_prerequisite" cascade;`);

    this.addSql(`drop table if exists "login_failure" cascade;`);

    this.addSql(`drop table if exists "organization" cascade;`);

    this.addSql(`drop table if exists "model_worker" cascade;`);

    this.addSql(`drop table if exists "model_worker_honor" cascade;`);

    this.addSql(`drop table if exists "role_grant" cascade;`);

    this.addSql(`drop table if exists "session" cascade;`);

    this.addSql(`drop table if exists "verification_code" cascade;`);

    this.addSql(`drop type "account_kind";`);
    this.addSql(`drop type "calendar_day_kind";`);
    this.addSql(`drop type "honor_level";`);
    this.addSql(`drop type "recipient_kind";`);
    this.addSql(`drop type "employer_kind";`);
    this.addSql(`drop type "organization_kind";`);
    this.addSql(`drop type "gender";`);
    this.addSql(`drop type "model_worker_category";`);
    this.addSql(`drop type "model_worker_status";`);
    this.addSql(`drop type "role";`);
  }

}
