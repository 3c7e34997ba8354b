import { Migration } from '@mikro-orm/migrations';

/**
 * Registry imports (registry-import.service.ts): the uploaded file (sealed, kept only until the import
 * ends), its state, its progress and every row's problems.
 */
export class Migration20261202040000_registry_import extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "registry_import_format" as enum ('XLSX', 'CSV');`);
    this.addSql(`create type "registry_import_state" as enum ('CHECKING', 'INVALID', 'READY', 'IMPORTING', 'DONE', 'FAILED');`);
    this.addSql(`create table "registry_import" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "created_by_id" uuid not null, "file_name" varchar(200) not null, "format" "registry_import_format" not null,
      "state" "registry_import_state" not null default 'CHECKING', "rows_total" int not null default 0, "rows_checked" int not null default 0,
      "rows_written" int not null default 0, "created" int not null default 0, "updated" int not null default 0,
      "problems" jsonb not null default '[]', "problem_count" int not null default 0, "content" bytea null, "finished_at" timestamptz null,
      constraint "registry_import_pkey" primary key ("id"));`);
    this.addSql(`alter table "registry_import" add constraint "registry_import_created_by_id_foreign" foreign key ("created_by_id") references "account" ("id") on update cascade;`);
    this.addSql(`create index "registry_import_created_by_id_index" on "registry_import" ("created_by_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "registry_import" cascade;`);
    this.addSql(`drop type "registry_import_state";`);
    this.addSql(`drop type "registry_import_format";`);
  }
}
