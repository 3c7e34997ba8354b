import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * What the registry asks of 退出机制 before a record changes keeper: whether a revocation report about
 * one of its honors is still open. A report is read and decided along the record's keeper line
 * (revocation.service.ts scopes it by the record's organization), so a record moved while one is open
 * would leave it where neither the office holding it nor the new keeper could act on it. Revocation
 * comes after the registry, so it answers (revocation/revocation.gate.ts) and modules/index.ts hands
 * the answer over once.
 */
export type OpenRevocationCount = (em: EntityManager, modelWorkerId: string) => Promise<number>;

let counter: OpenRevocationCount | null = null;

export function provideOpenRevocationCount(provided: OpenRevocationCount): void {
  counter = provided;
}

export function openRevocationCount(em: EntityManager, modelWorkerId: string): Promise<number> {
  if (!counter) throw new Error('no revocation count for the registry: modules/index.ts provides it');
  return counter(em, modelWorkerId);
}
