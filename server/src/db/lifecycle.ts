import type { MikroORM } from '@mikro-orm/postgresql';
import { Organization } from '../modules/organization/organization.entity.js';
import { DemoSeeder } from './seeders/DemoSeeder.js';
import { watchPublicTables } from './public-change.js';
import { ReferenceSeeder } from './seeders/ReferenceSeeder.js';
import { DEMO_ACCOUNTS } from './seeders/demo-accounts.js';
import { Account } from '../modules/account/account.entity.js';

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

/** Loads the reference data (official calendar, honor catalogue) that is missing; every mode, every start. */
export async function loadReferenceData(orm: MikroORM): Promise<void> {
  await orm.getSeeder().seed(ReferenceSeeder);
}

/** Whether the demo accounts are in this database (so the start-up can tell how to sign in). */
export async function hasDemoAccounts(orm: MikroORM): Promise<boolean> {
  return (await orm.em.fork().count(Account, { username: DEMO_ACCOUNTS[0].username })) > 0;
}
