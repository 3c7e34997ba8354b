// First, before the modules it concerns are loaded (common/heap-growth.ts).
import './common/heap-growth.js';
import 'reflect-metadata';
import path from 'node:path';
import { loadConfig } from './config.js';
import { openDatabase, type Database } from './db/database.js';
import { hasDemoAccounts, loadReferenceData, migrate, seedDemoIfEmpty } from './db/lifecycle.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './db/seeders/demo-accounts.js';
import { createApp, type App } from './app.js';
import { senderFor } from './modules/account/sms-sender.js';
import { requireProductionKey } from './common/sealed-text.js';
import { assertPortFree, closeGracefully, listen } from './operations/http-server.js';
import type { Server } from 'node:http';

const notStarted = (error: unknown) => console.error(`laomo did not start: ${error instanceof Error ? error.message : String(error)}`);
const config = (() => {
  try {
    return loadConfig();
  } catch (error) {
    notStarted(error); // a setting it cannot use, before anything was opened
    process.exit(1);
  }
})();
const started = Date.now();
let database: Database | undefined;
let app: App | undefined;
let server: Server | undefined;

let stopping: Promise<void> | undefined;
/**
 * Stops in order: no new requests (readiness goes 503, the port closes), the requests in flight
 * finish, then the pool closes and the embedded cluster stops, so nothing is cut mid-write.
 */
function stop(exitCode: number): Promise<void> {
  stopping ??= (async () => {
    app?.drain();
    if (server) await closeGracefully(server);
    await app?.close().catch((e: Error) => console.error(`[laomo] closing the app: ${e.message}`));
    await database?.stop().catch((e: Error) => console.error(`[laomo] stopping the database: ${e.message}`));
    process.exit(exitCode);
  })();
  return stopping;
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  const sms = senderFor(config.smsSender, config.env, process.env); // production refuses to start without a real sender
  requireProductionKey(config.dataKey, config.env); // nor without a key of its own for personal information
  await assertPortFree(config.port);
  database = await openDatabase(config);
  app = await createApp({ config, databaseUrl: database.url, sms });
  await migrate(app.orm);
  await loadReferenceData(app.orm);
  const seeded = config.env !== 'production' && (await seedDemoIfEmpty(app.orm));
  await app.startJobs();
  server = await listen(app.express, config.port);
  const where = database.embedded ? `embedded PostgreSQL in ${path.join(config.dataDir, 'pg')}` : 'DATABASE_URL';
  console.log(`laomo is up at http://localhost:${config.port}/ (GraphQL at /graphql; database: ${where}; ${Date.now() - started} ms)`);
  if (seeded) console.log('Demo data was loaded into this new database (see README, "Demo accounts").');
  if (config.env !== 'production' && (await hasDemoAccounts(app.orm))) {
    console.log(`Sign in as ${DEMO_ACCOUNTS.map((a) => a.username).join(', ')} with the password ${DEMO_PASSWORD} (demo data only).`);
  }
} catch (error) {
  notStarted(error);
  await stop(1);
}
