import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { startTestApp, type TestApp } from '../testing/test-app.js';
import { ModelWorker } from '../modules/registry/model-worker.entity.js';
import { ModelWorkerHonor } from '../modules/registry/model-worker-honor.entity.js';
import { findLocked, lockRow } from './row-lock.js';

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

/** Whether another transaction can lock the row now (NOWAIT answers at once instead of waiting). */
async function lockableElsewhere(table: string, id: string, how = 'update'): Promise<boolean> {
  return t.app.orm.em.fork().transactional(async (other) => {
    try {
      await (other as EntityManager).getConnection().execute(`select 1 from ${table} where id = ? for ${how} nowait`, [id], 'all', other.getTransactionContext());
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === '55P03') return false; // lock_not_available
      throw error;
    }
  });
}

describe('findLocked', () => {
  it('locks the row it reads and no row it joins: the keeper union stays free, and so does the honor all holders share', async () => {
    const em = t.app.orm.em.fork();
    const held = (await em.find(ModelWorkerHonor, {}, { populate: ['modelWorker'], limit: 1 }))[0]!;
    const worker = held.modelWorker.getEntity();
    await em.transactional(async (tx) => {
      const locked = await findLocked(tx as EntityManager, ModelWorker, worker.id, ['organization']);
      expect(locked?.organization.getEntity().name).toBeTruthy();
      const honor = await findLocked(tx as EntityManager, ModelWorkerHonor, held.id); // Honor is an eager relation of it
      expect(honor?.honor.getEntity().name).toBeTruthy();
      expect(await lockableElsewhere('model_worker', worker.id)).toBe(false);
      expect(await lockableElsewhere('model_worker_honor', held.id)).toBe(false);
      expect(await lockableElsewhere('organization', locked!.organization.id)).toBe(true);
      expect(await lockableElsewhere('honor', honor!.honor.id)).toBe(true);
    });
    // What it replaces: a locked findOne that joins locks the joined rows as well.
    await em.fork().transactional(async (tx) => {
      const joined = await tx.findOneOrFail(ModelWorker, worker.id, { lockMode: LockMode.PESSIMISTIC_WRITE, populate: ['organization'] });
      expect(await lockableElsewhere('organization', joined.organization.id)).toBe(false);
    });
  });

  it('lockRow shares a row with other readers who lock it so, and keeps writers out', async () => {
    const [worker] = await t.app.orm.em.fork().find(ModelWorker, {}, { limit: 1 });
    await t.app.orm.em.fork().transactional(async (tx) => {
      expect(await lockRow(tx as EntityManager, ModelWorker, worker!.id, LockMode.PESSIMISTIC_READ)).toBe(true);
      expect(await lockableElsewhere('model_worker', worker!.id, 'share')).toBe(true);
      expect(await lockableElsewhere('model_worker', worker!.id)).toBe(false);
    });
  });

  it('answers null for no such row', async () => {
    await t.app.orm.em.fork().transactional(async (tx) => {
      expect(await findLocked(tx as EntityManager, ModelWorker, '00000000-0000-4000-8000-000000000000')).toBeNull();
    });
  });
});
