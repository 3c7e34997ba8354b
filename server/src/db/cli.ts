/**
 * Database commands for developers: `migrate`, `seed` (demo data into an empty database), `reset`
 * (drop everything, migrate, seed) and `migration:create` (diff the entities against the migrated
 * database and write a new migration). They use DATABASE_URL or the embedded PostgreSQL of `pnpm start`.
 */
import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../config.js';
import { openDatabase } from './database.js';
import { ormConfig } from './orm-config.js';
import { migrate, seedDemoIfEmpty } from './lifecycle.js';
import { JOB_SCHEMA } from '../common/jobs/job-names.js';

const command = process.argv[2];
const config = loadConfig();
const database = await openDatabase(config);
const orm = await MikroORM.init(ormConfig(database.url));
try {
  switch (command) {
    case 'migrate':
      await migrate(orm);
      break;
    case 'seed':
      console.log((await seedDemoIfEmpty(orm)) ? 'demo data loaded' : 'the database already has data; use reset');
      break;
    case 'reset':
      if (config.env === 'production') throw new Error('reset is refused when NODE_ENV=production');
      await orm.getSchemaGenerator().dropSchema({ dropMigrationsTable: true });
      // The job queue too: its jobs belong to the data just dropped. The next start makes it anew.
      await orm.em.getConnection().execute(`drop schema if exists ${JOB_SCHEMA} cascade`);
      await migrate(orm);
      await seedDemoIfEmpty(orm);
      console.log('database reset with demo data');
      break;
    case 'migration:create': {
      await migrate(orm);
      const result = await orm.getMigrator().createMigration(undefined, false, false, process.argv[3]);
      console.log(result.fileName ? `wrote ${result.fileName}` : 'no changes');
      break;
    }
    default:
      console.error('usage: cli.ts migrate|seed|reset|migration:create [name]');
      process.exitCode = 2;
  }
} finally {
  await orm.close(true);
  await database.stop();
}
