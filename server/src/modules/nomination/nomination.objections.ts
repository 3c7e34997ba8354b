import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * What the nomination process asks of objections: a file passes a notice only when none is open.
 * Objections come after nominations (they are raised against a listed file), so the objection module
 * answers (objection/objection.gate.ts) and modules/index.ts hands the answer over once.
 */
export interface NominationObjections {
  /** How many objections on the nomination are still open. */
  openCount(em: EntityManager, nominationId: string): Promise<number>;
}

let objections: NominationObjections | null = null;

export function provideNominationObjections(provided: NominationObjections): void {
  objections = provided;
}

export function openObjectionCount(em: EntityManager, nominationId: string): Promise<number> {
  if (!objections) throw new Error('no objections for nominations: modules/index.ts provides them');
  return objections.openCount(em, nominationId);
}
