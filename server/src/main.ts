import 'reflect-metadata';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { migrate, seedDemoIfEmpty } from './db/lifecycle.js';
import { createApp } from './app.js';
import { senderFor } from './modules/account/sms-sender.js';

const config = loadConfig();
const sms = senderFor(config.smsSender, config.env); // production refuses to start without a real sender
const started = Date.now();
const database = await openDatabase(config);
const app = await createApp({ config, databaseUrl: database.url, sms });
await migrate(app.orm);
if (config.env !== 'production') await seedDemoIfEmpty(app.orm);

const server = app.express.listen(config.port, () => {
  const where = database.embedded ? 'embedded PostgreSQL in .data/pg' : 'DATABASE_URL';
  console.log(`laomo is up at http://localhost:${config.port}/ (GraphQL at /graphql; database: ${where}; ${Date.now() - started} ms)`);
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.close();
  await app.close();
  await database.stop();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
