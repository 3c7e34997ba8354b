import { Migration } from '@mikro-orm/migrations';
import { blindIndex, seal } from '../../common/sealed-text.js';
import { maskIdNumber } from '../../modules/registry/id-number.js';

/**
 * PIPL: the nomination file's ID number is kept sealed like the registry's (common/sealed-text.ts, key
 * LAOMO_DATA_KEY), with its blind index (to match the registry record) and its masked form. Numbers
 * stored in clear are sealed here, then the clear column is dropped.
 */
export class Migration20261203041000_nomination_id_number_sealed extends Migration {
  override async up(): Promise<void> {
    const run = (sql: string, params?: unknown[]) => this.execute(sql, params);
    await run(`alter table "nomination" add column "id_number_sealed" text null, add column "id_number_index" varchar(64) null, add column "id_number_masked" varchar(18) null;`);
    const rows = await run(`select "id", "id_number" from "nomination" where "id_number" is not null and "id_number" <> ''`) as { id: string; id_number: string }[];
    for (const row of rows) {
      const id = row.id_number.trim().toUpperCase();
      await run(`update "nomination" set "id_number_sealed" = ?, "id_number_index" = ?, "id_number_masked" = ? where "id" = ?`, [seal(id), blindIndex(id), maskIdNumber(id), row.id]);
    }
    await run(`alter table "nomination" drop column "id_number";`);
    await run(`create index "nomination_id_number_index_index" on "nomination" ("id_number_index");`);
  }

  override async down(): Promise<void> {
    // The sealed numbers cannot go back into a clear column without the key; down keeps none of them.
    this.addSql(`alter table "nomination" add column "id_number" varchar(18) null;`);
    this.addSql(`alter table "nomination" drop column "id_number_sealed", drop column "id_number_index", drop column "id_number_masked";`);
  }
}
