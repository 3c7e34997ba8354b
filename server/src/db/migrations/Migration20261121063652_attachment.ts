import { Migration } from '@mikro-orm/migrations';

export class Migration20261121063652_attachment extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "attachment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(200) not null, "content_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "uploaded_by_id" uuid not null, "owner_type" varchar(60) null, "owner_id" uuid null, "content" bytea not null, constraint "attachment_pkey" primary key ("id"));`);
    this.addSql(`create index "attachment_owner_type_owner_id_index" on "attachment" ("owner_type", "owner_id");`);

    this.addSql(`alter table "attachment" add constraint "attachment_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "account" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "attachment" cascade;`);
  }

}
