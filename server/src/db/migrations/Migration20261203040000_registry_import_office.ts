import { Migration } from '@mikro-orm/migrations';

/**
 * Imports carry the office they were made for (the uploader's broadest keeping organization), so the
 * import page lists the imports of the viewer's organizations. Existing imports take it from their
 * uploader's union-office grants.
 */
export class Migration20261203040000_registry_import_office extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "registry_import" add column "organization_id" uuid null;`);
    this.addSql(`alter table "registry_import" add constraint "registry_import_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "registry_import_organization_id_created_at_index" on "registry_import" ("organization_id", "created_at");`);
    this.addSql(`update "registry_import" ri set "organization_id" = (
      select g."organization_id" from "role_grant" g join "organization" o on o."id" = g."organization_id"
      where g."account_id" = ri."created_by_id" and g."role" in ('CITY_STAFF', 'DISTRICT_STAFF', 'UNIT_STAFF')
      order by length(o."path") limit 1);`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "registry_import" drop column "organization_id";`);
  }
}
