import { LockMode, raw, type EntityName, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Reads one entity for a change, with its own row locked until the transaction ends, and no other.
 * A locked `findOne` that joins (a populate, an eager relation) makes PostgreSQL lock every joined row
 * too: the keeper union's row, the honor that all its holders share. Every insert that refers to them
 * (a foreign key check takes a share lock on the row it names) then waits for the change to commit,
 * and two changes that meet there deadlock. So the row is locked alone, then read afresh with the relations
 * `populate` names. Null when there is no such row.
 */
export async function findLocked<Entity extends object>(
  em: EntityManager, entityName: EntityName<Entity>, id: string, populate: readonly string[] = [],
): Promise<Entity | null> {
  if (!(await lockRow(em, entityName, id))) return null;
  return em.findOne(entityName, { id } as FilterQuery<Entity>, { populate: populate as never, refresh: true }) as Promise<Entity | null>;
}

/**
 * Locks one row of `entityName` alone until the transaction ends, exclusively or (`PESSIMISTIC_READ`)
 * shared with other readers that lock it so; reads nothing. False when there is no such row.
 */
export async function lockRow<Entity extends object>(
  em: EntityManager, entityName: EntityName<Entity>, id: string, mode: LockMode.PESSIMISTIC_WRITE | LockMode.PESSIMISTIC_READ = LockMode.PESSIMISTIC_WRITE,
): Promise<boolean> {
  const locked: unknown[] = await em.createQueryBuilder(entityName, 'locked').select(raw('1')).where({ id } as FilterQuery<Entity>)
    .setLockMode(mode, ['locked']).execute('all', false);
  return locked.length > 0;
}
