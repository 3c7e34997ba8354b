/**
 * The registry import's write in a process of its own (spawned by bench/registry-import.ts), as the
 * built server runs it (`server/dist`, NODE_ENV=production), so its time and memory are its own and not
 * the benchmark runner's: reads the CSV at argv[2] as the apply job reads the uploaded file, checks it
 * against the registry with the records locked, seals and writes it in one transaction, as `city`.
 * Prints one JSON line: { ms, checkMs, writeMs (of which, until the commit), rows, rssBeforeMb, peakMb } (peak: this process's VmHWM).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../server/dist/db/orm-config.js';
import { Account } from '../../server/dist/modules/account/account.entity.js';
import { viewerOf } from '../../server/dist/modules/account/session.service.js';
import { beijingDate } from '../../server/dist/modules/calendar/working-calendar.js';
import { checkImport } from '../../server/dist/modules/registry/registry-import.check.js';
import { writePlan } from '../../server/dist/modules/registry/registry-import.write.js';
import { RegistryImportFormat } from '../../server/dist/modules/registry/registry-import.enums.js';

const kib = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
const orm = await MikroORM.init(ormConfig(process.env.DATABASE_URL));
try {
  const em = orm.em.fork();
  const viewer = await viewerOf(em, await em.findOneOrFail(Account, { username: 'city' }));
  const content = fs.readFileSync(process.argv[2]);
  const rssBeforeMb = kib('VmRSS') / 1024;
  const started = performance.now();
  let checkMs = 0;
  let writeMs = 0;
  const rows = await orm.em.fork().transactional(async (tx) => {
    const now = new Date();
    const plan = await checkImport(tx, viewer, content, RegistryImportFormat.CSV, beijingDate(now), { lock: true });
    if (plan.problemCount) throw new Error(`the bench file has problems: ${JSON.stringify(plan.problems.slice(0, 3))}`);
    checkMs = performance.now() - started;
    await writePlan(tx, viewer, plan, now, '00000000-0000-0000-0000-000000000000');
    writeMs = performance.now() - started - checkMs;
    return plan.inserts.length;
  });
  const ms = performance.now() - started;
  console.log(JSON.stringify({ ms, checkMs, writeMs, rows, rssBeforeMb, peakMb: kib('VmHWM') / 1024 }));
} finally {
  await orm.close(true);
}
