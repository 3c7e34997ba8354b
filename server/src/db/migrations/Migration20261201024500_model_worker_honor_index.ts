import { Migration } from '@mikro-orm/migrations';

/**
 * A person's honors by person: every registry figure asks "what does this person hold now" per record
 * (statistics, public profiles, rolls), and without the index each asked by scanning every honor: the
 * statistics at 20,000 records took seconds instead of milliseconds (pnpm bench).
 */
export class Migration20261201024500_model_worker_honor_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "model_worker_honor_model_worker_id_index" on "model_worker_honor" ("model_worker_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "model_worker_honor_model_worker_id_index";`);
  }
}
