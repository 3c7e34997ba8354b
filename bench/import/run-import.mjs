/**
 * The registry import's write in a process of its own (spawned by bench/registry-import.ts), as the
 * built server runs it (`server/dist`, NODE_ENV=production), so its time and memory are its own and not
 * the benchmark runner's: the CSV at argv[2] read, checked against the registry with the records locked,
 * sealed and written in one transaction as the apply job does it (`importRows`), as `city`.
 * Prints one JSON line: { ms, rows, rssBeforeMb, peakMb, nodeCpuMs, serverCpuMs } (peak: this process's VmHWM; CPU
 * time of this process and of the PostgreSQL backend serving the transaction, read from /proc when the server is
 * on this machine, null otherwise), which says which side bounds the import.
 * Before it, the first WARM_UP_ROWS rows of the same file are imported once and rolled back, as by a server that has
 * been up: the first import after a start also loads modules (the ORM parses each entity's constructor on first use)
 * and compiles the import's code, ~0.2–0.3 s that a running server has behind it. `warmUpMs` reports that run.
 */
// As the server sets it at start (server/src/main.ts), since the apply job runs in the server's process.
import '../../server/dist/common/heap-growth.js';
import 'reflect-metadata';
import fs from 'node:fs';
import { MikroORM } from '@mikro-orm/postgresql';
import { ormConfig } from '../../server/dist/db/orm-config.js';
import { Account } from '../../server/dist/modules/account/account.entity.js';
import { viewerOf } from '../../server/dist/modules/account/session.service.js';
import { beijingDate } from '../../server/dist/modules/calendar/working-calendar.js';
import { importRows } from '../../server/dist/modules/registry/registry-import.write.js';
import { RegistryImportFormat } from '../../server/dist/modules/registry/registry-import.enums.js';

/** CPU time (user + system) of a process of this machine in ms, or null when it is not one (a remote server). */
const cpuMsOf = (pid) => {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // clock ticks of 10 ms
  } catch {
    return null;
  }
};
const kib = (name) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);
const WARM_UP_ROWS = 500;
class RolledBack extends Error {}
const orm = await MikroORM.init(ormConfig(process.env.DATABASE_URL));
try {
  const em = orm.em.fork();
  const viewer = await viewerOf(em, await em.findOneOrFail(Account, { username: 'city' }));
  const content = fs.readFileSync(process.argv[2]);
  const warmUp = Buffer.from(content.toString('utf8').split('\r\n').slice(0, WARM_UP_ROWS + 1).join('\r\n') + '\r\n');
  const warmUpStarted = performance.now();
  await orm.em.fork().transactional(async (tx) => {
    const now = new Date();
    await importRows(tx, viewer, warmUp, RegistryImportFormat.CSV, beijingDate(now), now, '00000000-0000-0000-0000-000000000000');
    throw new RolledBack();
  }).catch((error) => { if (!(error instanceof RolledBack)) throw error; });
  const warmUpMs = performance.now() - warmUpStarted;
  const rssBeforeMb = kib('VmRSS') / 1024;
  const cpuBefore = process.cpuUsage();
  let backend = null;
  const started = performance.now();
  const rows = await orm.em.fork().transactional(async (tx) => {
    const [{ pid }] = await tx.execute('select pg_backend_pid() as pid');
    backend = { pid, before: cpuMsOf(pid) };
    const now = new Date();
    const plan = await importRows(tx, viewer, content, RegistryImportFormat.CSV, beijingDate(now), now, '00000000-0000-0000-0000-000000000000');
    if (plan.problemCount) throw new Error(`the bench file has problems: ${JSON.stringify(plan.problems.slice(0, 3))}`);
    return plan.created;
  });
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const after = cpuMsOf(backend.pid);
  const serverCpuMs = after === null || backend.before === null ? null : after - backend.before;
  console.log(JSON.stringify({ ms, warmUpMs, rows, rssBeforeMb, peakMb: kib('VmHWM') / 1024, nodeCpuMs: (cpu.user + cpu.system) / 1000, serverCpuMs }));
} finally {
  await orm.close(true);
}
