import type { MikroORM } from '@mikro-orm/postgresql';
import { Organization } from '../modules/organization/organization.entity.js';
import { DemoSeeder } from './seeders/DemoSeeder.js';
import { watchPublicTables } from './public-change.js';

/**
 * Applies every committed migration not yet applied (the schema is never synchronised from entities), then
 * makes sure every table that feeds public reads notifies the instances' caches of its changes.
 */
export async function migrate(orm: MikroORM): Promise<void> {
  await orm.getMigrator().up();
  await watchPublicTables(orm);
}

/** Loads the demo data on a database that has no organizations yet. Never in production. */
export async function seedDemoIfEmpty(orm: MikroORM): Promise<boolean> {
  if (process.env.NODE_ENV === 'production') throw new Error('Demo data is refused when NODE_ENV=production.');
  const em = orm.em.fork();
  if (await em.count(Organization, {})) return false;
  await orm.getSeeder().seed(DemoSeeder);
  return true;
}
