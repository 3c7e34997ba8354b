/**
 * The registry import's write in a process of its own (spawned by bench/registry-import.ts), as the
 * built server runs it (`server/dist`, NODE_ENV=production), so its time and memory are its own and not
 * the benchmark runner's: the CSV at argv[2] read, checked against the registry with the records locked,
 * sealed and written in one transaction as the apply job does it (`importRows`), as `city`.
 * Prints one JSON line: { ms, rows, rssBeforeMb, peakMb } (peak: this process's VmHWM).
 */
// As the server sets it at start (server/src/main.ts), since the apply job runs in the server's process.
import '../../server/dist/operations/heap-growth.js';
import 'reflect-metadata';
import fs from 'node:fs';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../server/dist/db/orm-config.js';
import { Account } from '../../server/dist/modules/account/account.entity.js';
import { viewerOf } from '../../server/dist/modules/account/session.service.js';
import { beijingDate } from '../../server/dist/modules/calendar/working-calendar.js';
import { importRows } from '../../server/dist/modules/registry/registry-import.write.js';
import { RegistryImportFormat } from '../../server/dist/modules/registry/registry-import.enums.js';

const kib = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
const orm = await MikroORM.init(ormConfig(process.env.DATABASE_URL));
try {
  const em = orm.em.fork();
  const viewer = await viewerOf(em, await em.findOneOrFail(Account, { username: 'city' }));
  const content = fs.readFileSync(process.argv[2]);
  const rssBeforeMb = kib('VmRSS') / 1024;
  const started = performance.now();
  const rows = await orm.em.fork().transactional(async (tx) => {
    const now = new Date();
    const plan = await importRows(tx, viewer, content, RegistryImportFormat.CSV, beijingDate(now), now, '00000000-0000-0000-0000-000000000000');
    if (plan.problemCount) throw new Error(`the bench file has problems: ${JSON.stringify(plan.problems.slice(0, 3))}`);
    return plan.created;
  });
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, rows, rssBeforeMb, peakMb: kib('VmHWM') / 1024 }));
} finally {
  await orm.close(true);
}
