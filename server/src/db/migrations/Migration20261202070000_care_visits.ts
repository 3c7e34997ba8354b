import { Migration } from '@mikro-orm/migrations';

/**
 * 八分八有 (seed 003): one-to-one pairing by level, visits with their sealed matters and follow-ups,
 * the six festivals and the yearly visiting duties, each seeded from the seed and kept as data.
 */
export class Migration20261202070000_care_visits extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "care_visitor_kind" as enum ('DISTRICT_LEADER', 'DISTRICT_UNION_LEADER', 'DISTRICT_UNION_STAFF', 'GRASSROOTS_CADRE');`);
    this.addSql(`create type "care_visit_reason" as enum ('FESTIVAL', 'BIRTHDAY', 'ILLNESS', 'HOME_VISIT');`);

    this.addSql(`create table "care_pairing_rule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "level" "honor_level" not null, "partner_kind" "care_visitor_kind" not null, constraint "care_pairing_rule_pkey" primary key ("id"));`);
    this.addSql(`alter table "care_pairing_rule" add constraint "care_pairing_rule_level_unique" unique ("level");`);

    this.addSql(`create table "care_festival" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(40) not null, "position" int not null, constraint "care_festival_pkey" primary key ("id"));`);
    this.addSql(`alter table "care_festival" add constraint "care_festival_code_unique" unique ("code");`);

    this.addSql(`create table "care_visit_quota" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(60) not null, "visitor_kinds" "care_visitor_kind"[] not null, "visits_per_year" int not null, constraint "care_visit_quota_pkey" primary key ("id"));`);
    this.addSql(`alter table "care_visit_quota" add constraint "care_visit_quota_code_unique" unique ("code");`);
    this.addSql(`alter table "care_visit_quota" add constraint care_visit_quota_positive check (visits_per_year > 0);`);

    this.addSql(`create table "care_pairing" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_worker_id" uuid not null, "organization_id" uuid not null, "level" "honor_level" not null, "partner_kind" "care_visitor_kind" not null, "partner_name" varchar(60) not null, "partner_post" varchar(100) not null, "partner_phone" varchar(20) not null, "started_on" date not null, "ended_on" date null, "end_reason" text null, "created_by_id" uuid not null, "ended_by_id" uuid null, constraint "care_pairing_pkey" primary key ("id"));`);
    this.addSql(`create index "care_pairing_organization_id_index" on "care_pairing" ("organization_id");`);
    // One open pairing per model worker (一对一): ended ones stay as the history.
    this.addSql(`create unique index "care_pairing_one_open" on "care_pairing" ("model_worker_id") where "ended_on" is null;`);
    this.addSql(`alter table "care_pairing" add constraint care_pairing_ends_after_start check (ended_on is null or ended_on >= started_on);`);

    this.addSql(`create table "care_visit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_worker_id" uuid not null, "organization_id" uuid not null, "visited_on" date not null, "year" int not null, "visitor_name" varchar(100) not null, "visitor_kind" "care_visitor_kind" not null, "reason" "care_visit_reason" not null, "festival_id" uuid null, "pairing_id" uuid null, "raised_sealed" text null, "follow_up_sealed" text null, "follow_up_done_at" timestamptz null, "follow_up_done_by_id" uuid null, "recorded_by_id" uuid not null, constraint "care_visit_pkey" primary key ("id"));`);
    this.addSql(`create index "care_visit_model_worker_id_index" on "care_visit" ("model_worker_id");`);
    this.addSql(`create index "care_visit_organization_id_index" on "care_visit" ("organization_id");`);
    // Coverage counts a year's visits per person.
    this.addSql(`create index "care_visit_year_model_worker_index" on "care_visit" ("year", "model_worker_id");`);
    this.addSql(`alter table "care_visit" add constraint care_visit_festival_reason check ((reason = 'FESTIVAL') = (festival_id is not null));`);

    this.addSql(`alter table "care_pairing" add constraint "care_pairing_model_worker_id_foreign" foreign key ("model_worker_id") references "model_worker" ("id") on update cascade;`);
    this.addSql(`alter table "care_pairing" add constraint "care_pairing_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "care_pairing" add constraint "care_pairing_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade;`);
    this.addSql(`alter table "care_pairing" add constraint "care_pairing_ended_by_id_foreign" foreign key ("ended_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "care_visit" add constraint "care_visit_model_worker_id_foreign" foreign key ("model_worker_id") references "model_worker" ("id") on update cascade;`);
    this.addSql(`alter table "care_visit" add constraint "care_visit_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "care_visit" add constraint "care_visit_festival_id_foreign" foreign key ("festival_id") references "care_festival" ("id") on update cascade;`);
    this.addSql(`alter table "care_visit" add constraint "care_visit_pairing_id_foreign" foreign key ("pairing_id") references "care_pairing" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "care_visit" add constraint "care_visit_follow_up_done_by_id_foreign" foreign key ("follow_up_done_by_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "care_visit" add constraint "care_visit_recorded_by_id_foreign" foreign key ("recorded_by_id") references "account" ("id") on update cascade;`);

    // Seed 003 (黔江, 分级联系): national model workers with a district leader, provincial (municipal) ones
    // with a district-union leader, district ones with a grassroots union cadre.
    this.addSql(`insert into "care_pairing_rule" ("id", "created_at", "updated_at", "level", "partner_kind") values
      (gen_random_uuid(), now(), now(), 'NATIONAL', 'DISTRICT_LEADER'),
      (gen_random_uuid(), now(), now(), 'PROVINCIAL', 'DISTRICT_UNION_LEADER'),
      (gen_random_uuid(), now(), now(), 'DISTRICT', 'GRASSROOTS_CADRE');`);
    // Seed 003 (分线走访): district-union staff visit each model worker at least once a year (a leader of
    // the district union counts as its staff), grassroots cadres at least twice.
    this.addSql(`insert into "care_visit_quota" ("id", "created_at", "updated_at", "code", "name", "visitor_kinds", "visits_per_year") values
      (gen_random_uuid(), now(), now(), 'DISTRICT_UNION', '区总工会职工每年至少走访 1 次', '{DISTRICT_UNION_LEADER,DISTRICT_UNION_STAFF}', 1),
      (gen_random_uuid(), now(), now(), 'GRASSROOTS', '基层工会干部每年至少走访 2 次', '{GRASSROOTS_CADRE}', 2);`);
    // 六大节日 (seed 003). The seed names 五一 and 重阳 among them but not all six; 春节 and 十一 are the
    // allowances' festivals (seeds 000, 001), 端午 and 中秋 the remaining traditional ones. Administrators
    // correct the list if their union counts others.
    this.addSql(`insert into "care_festival" ("id", "created_at", "updated_at", "code", "name", "position") values
      (gen_random_uuid(), now(), now(), 'SPRING_FESTIVAL', '春节', 1),
      (gen_random_uuid(), now(), now(), 'MAY_DAY', '五一劳动节', 2),
      (gen_random_uuid(), now(), now(), 'DRAGON_BOAT', '端午节', 3),
      (gen_random_uuid(), now(), now(), 'MID_AUTUMN', '中秋节', 4),
      (gen_random_uuid(), now(), now(), 'NATIONAL_DAY', '国庆节', 5),
      (gen_random_uuid(), now(), now(), 'DOUBLE_NINTH', '重阳节', 6);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "care_visit" cascade;`);
    this.addSql(`drop table if exists "care_pairing" cascade;`);
    this.addSql(`drop table if exists "care_visit_quota" cascade;`);
    this.addSql(`drop table if exists "care_festival" cascade;`);
    this.addSql(`drop table if exists "care_pairing_rule" cascade;`);
    this.addSql(`drop type "care_visit_reason";`);
    this.addSql(`drop type "care_visitor_kind";`);
  }
}
