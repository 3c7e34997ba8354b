import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';

/** How long a readiness probe waits for the database before it answers "not ready". */
const PROBE_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    work.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}

/**
 * `/healthz`: the process answers (a supervisor restarts it when this fails).
 * `/readyz`: the database answers and every committed migration is applied, and the process is not
 * shutting down (a load balancer sends traffic only while this is 200).
 */
export function healthRoutes(orm: MikroORM, draining: () => boolean): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (draining()) return void res.status(503).json({ status: 'stopping' });
    try {
      await withTimeout(orm.em.getConnection().execute('select 1'), PROBE_TIMEOUT_MS);
      const pending = await withTimeout(orm.getMigrator().getPendingMigrations(), PROBE_TIMEOUT_MS);
      if (pending.length) return void res.status(503).json({ status: 'migrations pending', database: 'up', pendingMigrations: pending.length });
      res.json({ status: 'ready', database: 'up', pendingMigrations: 0 });
    } catch {
      res.status(503).json({ status: 'database unreachable', database: 'down' });
    }
  });
  return router;
}
