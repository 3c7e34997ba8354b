import { Migration } from '@mikro-orm/migrations';

/** Health checks done elsewhere (modules/care): recorded by the office over the model worker, one a year. */
export class Migration20261203021000_care_check_elsewhere extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "health_check_elsewhere" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_worker_id" uuid not null, "organization_id" uuid not null, "year" int not null, "checked_on" date not null, "hospital" varchar(100) not null, "recorded_by_id" uuid not null, constraint "health_check_elsewhere_pkey" primary key ("id"));`);
    this.addSql(`create index "health_check_elsewhere_model_worker_id_index" on "health_check_elsewhere" ("model_worker_id");`);
    this.addSql(`create index "health_check_elsewhere_organization_id_index" on "health_check_elsewhere" ("organization_id");`);
    this.addSql(`alter table "health_check_elsewhere" add constraint "health_check_elsewhere_once_a_year" unique ("model_worker_id", "year");`);
    this.addSql(`alter table "health_check_elsewhere" add constraint "health_check_elsewhere_model_worker_id_foreign" foreign key ("model_worker_id") references "model_worker" ("id") on update cascade;`);
    this.addSql(`alter table "health_check_elsewhere" add constraint "health_check_elsewhere_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade;`);
    this.addSql(`alter table "health_check_elsewhere" add constraint "health_check_elsewhere_recorded_by_id_foreign" foreign key ("recorded_by_id") references "account" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "health_check_elsewhere" cascade;`);
  }

}
