import { Migration } from '@mikro-orm/migrations';

export class Migration20261121064135_studio extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "studio_level" as enum ('UNIT', 'DISTRICT', 'MUNICIPAL', 'NATIONAL_DEMONSTRATION');`);
    this.addSql(`create type "studio_status" as enum ('DRAFT', 'APPLIED', 'CERTIFIED', 'RECTIFYING', 'REVOKED');`);
    this.addSql(`create type "studio_industry" as enum ('MANUFACTURING', 'CONSTRUCTION', 'TRANSPORT', 'ENERGY', 'INFORMATION_TECHNOLOGY', 'URBAN_SERVICES', 'HEALTH', 'EDUCATION', 'AGRICULTURE', 'COMMERCE');`);
    this.addSql(`create type "studio_field" as enum ('TECHNICAL_INNOVATION', 'PROCESS_IMPROVEMENT', 'ENERGY_SAVING', 'SAFETY', 'SERVICE_INNOVATION', 'SKILLS_TRAINING', 'DIGITALIZATION');`);
    this.addSql(`create type "studio_have" as enum ('LEADER', 'TEAM', 'PROJECTS', 'VENUE', 'FUNDING', 'RESULTS');`);
    this.addSql(`create type "studio_judgement" as enum ('MET', 'NOT_MET');`);
    this.addSql(`create type "studio_project_status" as enum ('PLANNED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED');`);
    this.addSql(`create type "studio_result_kind" as enum ('PATENT', 'TECHNIQUE', 'AWARD', 'PRODUCT', 'METHOD');`);
    this.addSql(`create type "studio_review_outcome" as enum ('PASS', 'RECTIFY', 'REVOKE');`);
    this.addSql(`create table "studio" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "level" "studio_level" not null, "status" "studio_status" not null default 'DRAFT', "organization_id" uuid not null, "district_id" uuid null, "industry" "studio_industry" not null, "field" "studio_field" not null, "leader_id" uuid not null, "introduction" text not null, "venue" varchar(200) not null, "facilities" text not null, "venue_area" int not null, "annual_funding" int not null, "funding_source" varchar(200) not null, "founded_on" date not null, "certified_on" date null, constraint "studio_pkey" primary key ("id"), constraint studio_amounts_check check ("venue_area" >= 0 and "annual_funding" >= 0));`);
    this.addSql(`create index "studio_status_district_id_index" on "studio" ("status", "district_id");`);
    this.addSql(`create unique index "studio_leader_live_unique" on "studio" ("leader_id") where "status" <> 'REVOKED';`);

    this.addSql(`create table "studio_criterion" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "studio_id" uuid not null, "have" "studio_have" not null, "evidence" text not null, "judgement" "studio_judgement" null, "assessor_note" text null, "assessed_by_id" uuid null, "assessed_at" timestamptz null, constraint "studio_criterion_pkey" primary key ("id"));`);
    this.addSql(`alter table "studio_criterion" add constraint "studio_criterion_studio_id_have_unique" unique ("studio_id", "have");`);

    this.addSql(`create table "studio_member" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "studio_id" uuid not null, "name" varchar(60) not null, "role" varchar(60) not null, "post" varchar(100) null, "phone" varchar(20) null, constraint "studio_member_pkey" primary key ("id"));`);
    this.addSql(`create index "studio_member_studio_id_index" on "studio_member" ("studio_id");`);

    this.addSql(`create table "studio_project" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "studio_id" uuid not null, "title" varchar(200) not null, "goal" text not null, "status" "studio_project_status" not null, "starts_on" date not null, "ends_on" date null, constraint "studio_project_pkey" primary key ("id"));`);
    this.addSql(`create index "studio_project_studio_id_starts_on_index" on "studio_project" ("studio_id", "starts_on");`);

    this.addSql(`create table "studio_result" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "studio_id" uuid not null, "title" varchar(200) not null, "kind" "studio_result_kind" not null, "achieved_on" date not null, "benefit" text not null, "value_yuan" int null, constraint "studio_result_pkey" primary key ("id"), constraint studio_result_value_check check ("value_yuan" is null or "value_yuan" >= 0));`);
    this.addSql(`create index "studio_result_achieved_on_index" on "studio_result" ("achieved_on");`);
    this.addSql(`create index "studio_result_studio_id_achieved_on_index" on "studio_result" ("studio_id", "achieved_on");`);

    this.addSql(`create table "studio_review" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "studio_id" uuid not null, "year" int not null, "outcome" "studio_review_outcome" not null, "comment" text null, "reviewed_by_id" uuid not null, "reviewer_name" varchar(60) null, "reviewed_at" timestamptz not null, constraint "studio_review_pkey" primary key ("id"));`);
    this.addSql(`alter table "studio_review" add constraint "studio_review_studio_id_year_unique" unique ("studio_id", "year");`);

    this.addSql(`alter table "studio" add constraint "studio_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "studio" add constraint "studio_district_id_foreign" foreign key ("district_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "studio" add constraint "studio_leader_id_foreign" foreign key ("leader_id") references "model_worker" ("id") on update cascade;`);

    this.addSql(`alter table "studio_criterion" add constraint "studio_criterion_studio_id_foreign" foreign key ("studio_id") references "studio" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "studio_criterion" add constraint "studio_criterion_assessed_by_id_foreign" foreign key ("assessed_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "studio_member" add constraint "studio_member_studio_id_foreign" foreign key ("studio_id") references "studio" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "studio_project" add constraint "studio_project_studio_id_foreign" foreign key ("studio_id") references "studio" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "studio_result" add constraint "studio_result_studio_id_foreign" foreign key ("studio_id") references "studio" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "studio_review" add constraint "studio_review_studio_id_foreign" foreign key ("studio_id") references "studio" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "studio_review" add constraint "studio_review_reviewed_by_id_foreign" foreign key ("reviewed_by_id") references "account" ("id") on update cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "studio_criterion" drop constraint "studio_criterion_studio_id_foreign";`);

    this.addSql(`alter table "studio_member" drop constraint "studio_member_studio_id_foreign";`);

    this.addSql(`alter table "studio_project" drop constraint "studio_project_studio_id_foreign";`);

    this.addSql(`alter table "studio_result" drop constraint "studio_result_studio_id_foreign";`);

    this.addSql(`alter table "studio_review" drop constraint "studio_review_studio_id_foreign";`);

    this.addSql(`drop table if exists "studio" cascade;`);

    this.addSql(`drop table if exists "studio_criterion" cascade;`);

    this.addSql(`drop table if exists "studio_member" cascade;`);

    this.addSql(`drop table if exists "studio_project" cascade;`);

    this.addSql(`drop table if exists "studio_result" cascade;`);

    this.addSql(`drop table if exists "studio_review" cascade;`);

    this.addSql(`drop type "studio_level";`);
    this.addSql(`drop type "studio_status";`);
    this.addSql(`drop type "studio_industry";`);
    this.addSql(`drop type "studio_field";`);
    this.addSql(`drop type "studio_have";`);
    this.addSql(`drop type "studio_judgement";`);
    this.addSql(`drop type "studio_project_status";`);
    this.addSql(`drop type "studio_result_kind";`);
    this.addSql(`drop type "studio_review_outcome";`);
  }

}
