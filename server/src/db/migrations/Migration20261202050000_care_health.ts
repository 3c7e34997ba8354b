import { Migration } from '@mikro-orm/migrations';

/** 关爱服务: health checks (packages by level, batches, bookings) and recuperation (who pays, batches, enrolments), with seed 000's figures. */
export class Migration20261202050000_care_health extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "health_check_booking_state" as enum ('BOOKED', 'ATTENDED', 'ABSENT', 'CANCELLED');`);
    this.addSql(`create type "recuperation_arrangement" as enum ('ACFTU', 'CITY', 'BEIDAIHE', 'DISTRICT');`);
    this.addSql(`create type "care_payer" as enum ('UNIT', 'CITY_FEDERATION', 'DISTRICT_UNION', 'ACFTU');`);
    this.addSql(`create type "recuperation_enrolment_state" as enum ('APPLIED', 'CONFIRMED', 'WAITLISTED', 'ATTENDED', 'ABSENT', 'WITHDRAWN');`);

    this.addSql(`create table "health_check_package" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(100) not null, "level" "honor_level" not null, "price_yuan" int not null, "unit_share_percent" int not null, "active" boolean not null default true, constraint "health_check_package_pkey" primary key ("id"), constraint "health_check_package_code_unique" unique ("code"), constraint health_check_package_share check (unit_share_percent between 0 and 100 and price_yuan > 0));`);
    this.addSql(`create table "health_check_batch" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "venue" varchar(200) not null, "starts_on" date not null, "ends_on" date not null, "capacity" int not null, "year" int not null, "organizer_id" uuid not null references "organization" ("id") on update cascade, constraint "health_check_batch_pkey" primary key ("id"), constraint health_check_batch_days check (ends_on >= starts_on and capacity > 0));`);
    this.addSql(`create index "health_check_batch_year_index" on "health_check_batch" ("year");`);
    this.addSql(`create index "health_check_batch_organizer_id_index" on "health_check_batch" ("organizer_id");`);
    this.addSql(`create table "health_check_booking" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "batch_id" uuid not null references "health_check_batch" ("id") on update cascade, "model_worker_id" uuid not null references "model_worker" ("id") on update cascade, "organization_id" uuid not null references "organization" ("id") on update cascade, "package_id" uuid not null references "health_check_package" ("id") on update cascade, "level" "honor_level" not null, "year" int not null, "price_fen" int not null, "unit_share_fen" int not null, "city_share_fen" int not null, "state" "health_check_booking_state" not null default 'BOOKED', "booked_by_id" uuid not null references "account" ("id") on update cascade, "attended_at" timestamptz null, "result_sealed" text null, constraint "health_check_booking_pkey" primary key ("id"), constraint health_check_booking_split check (unit_share_fen >= 0 and city_share_fen >= 0 and unit_share_fen + city_share_fen = price_fen));`);
    this.addSql(`create index "health_check_booking_batch_id_index" on "health_check_booking" ("batch_id");`);
    this.addSql(`create index "health_check_booking_organization_id_index" on "health_check_booking" ("organization_id");`);
    // One health check a year: a second booking not cancelled for the same person and year cannot exist, even under a race.
    this.addSql(`create unique index "health_check_booking_once_a_year" on "health_check_booking" ("model_worker_id", "year") where state <> 'CANCELLED';`);

    this.addSql(`create table "recuperation_pay_rule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "arrangement" "recuperation_arrangement" not null, "transport_payer" "care_payer" not null, "rest_payer" "care_payer" not null, constraint "recuperation_pay_rule_pkey" primary key ("id"), constraint "recuperation_pay_rule_arrangement_unique" unique ("arrangement"));`);
    this.addSql(`create table "recuperation_batch" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "destination" varchar(100) not null, "starts_on" date not null, "ends_on" date not null, "capacity" int not null, "arrangement" "recuperation_arrangement" not null, "transport_yuan" int not null, "rest_yuan" int not null, "transport_payer" "care_payer" not null, "rest_payer" "care_payer" not null, "organizer_id" uuid not null references "organization" ("id") on update cascade, constraint "recuperation_batch_pkey" primary key ("id"), constraint recuperation_batch_days check (ends_on >= starts_on and capacity > 0 and transport_yuan >= 0 and rest_yuan >= 0));`);
    this.addSql(`create index "recuperation_batch_organizer_id_index" on "recuperation_batch" ("organizer_id");`);
    this.addSql(`create table "recuperation_enrolment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "batch_id" uuid not null references "recuperation_batch" ("id") on update cascade, "model_worker_id" uuid not null references "model_worker" ("id") on update cascade, "organization_id" uuid not null references "organization" ("id") on update cascade, "level" "honor_level" not null, "state" "recuperation_enrolment_state" not null default 'APPLIED', "last_recuperated_on" date null, "enrolled_by_id" uuid not null references "account" ("id") on update cascade, "feedback_rating" smallint null, "feedback_text" text null, "feedback_at" timestamptz null, constraint "recuperation_enrolment_pkey" primary key ("id"), constraint recuperation_enrolment_rating check (feedback_rating between 1 and 5));`);
    this.addSql(`create index "recuperation_enrolment_batch_id_index" on "recuperation_enrolment" ("batch_id");`);
    this.addSql(`create index "recuperation_enrolment_model_worker_id_index" on "recuperation_enrolment" ("model_worker_id");`);
    this.addSql(`create index "recuperation_enrolment_organization_id_index" on "recuperation_enrolment" ("organization_id");`);
    this.addSql(`create unique index "recuperation_enrolment_once_per_batch" on "recuperation_enrolment" ("batch_id", "model_worker_id") where state <> 'WITHDRAWN';`);

    // Seed 000's figures, which administrators keep from here on. Health checks: national 2,400 yuan wholly
    // by the city federation; municipal 1,200 or 2,400 yuan, the unit paying 30%. Recuperation: 全总's
    // batches, the city pays the transport (the rest is 全总's); the city's own, the unit pays the transport
    // and the city the rest; 北戴河, the city all. Seed 001: a district's own batches, the district all.
    this.addSql(`insert into "health_check_package" ("id", "created_at", "updated_at", "code", "name", "level", "price_yuan", "unit_share_percent") values
      (gen_random_uuid(), now(), now(), 'NATIONAL_2400', '全国劳模体检套餐（2400元）', 'NATIONAL', 2400, 0),
      (gen_random_uuid(), now(), now(), 'MUNICIPAL_1200', '市级劳模体检套餐（1200元）', 'PROVINCIAL', 1200, 30),
      (gen_random_uuid(), now(), now(), 'MUNICIPAL_2400', '市级劳模体检套餐（2400元）', 'PROVINCIAL', 2400, 30);`);
    this.addSql(`insert into "recuperation_pay_rule" ("id", "created_at", "updated_at", "arrangement", "transport_payer", "rest_payer") values
      (gen_random_uuid(), now(), now(), 'ACFTU', 'CITY_FEDERATION', 'ACFTU'),
      (gen_random_uuid(), now(), now(), 'CITY', 'UNIT', 'CITY_FEDERATION'),
      (gen_random_uuid(), now(), now(), 'BEIDAIHE', 'CITY_FEDERATION', 'CITY_FEDERATION'),
      (gen_random_uuid(), now(), now(), 'DISTRICT', 'DISTRICT_UNION', 'DISTRICT_UNION');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "recuperation_enrolment" cascade;`);
    this.addSql(`drop table if exists "recuperation_batch" cascade;`);
    this.addSql(`drop table if exists "recuperation_pay_rule" cascade;`);
    this.addSql(`drop table if exists "health_check_booking" cascade;`);
    this.addSql(`drop table if exists "health_check_batch" cascade;`);
    this.addSql(`drop table if exists "health_check_package" cascade;`);
    this.addSql(`drop type "recuperation_enrolment_state";`);
    this.addSql(`drop type "care_payer";`);
    this.addSql(`drop type "recuperation_arrangement";`);
    this.addSql(`drop type "health_check_booking_state";`);
  }
}
