import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { UserInputError } from './errors/user-input-error.js';

/** What the caller is told when a named unique index refuses the write: index name → the refusal. */
export type IndexRefusals = Readonly<Record<string, () => UserInputError>>;

/**
 * Writes a change whose "is it free?" check ran before the insert. The same thing sent twice at once (a
 * double click, two offices at the same moment) passes that check twice; the unique index then lets one
 * through and refuses the other. That refusal is the caller's to fix, so the index named in `refusals`
 * answers with its user error, in words. Any other failure, another index's included, is not one we
 * foresaw and stays an internal error: matching by name keeps a new index from being misread as this one.
 */
export async function flushRefusingDuplicates(em: EntityManager, refusals: IndexRefusals): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    const index = error instanceof UniqueConstraintViolationException ? String((error as { constraint?: unknown }).constraint) : '';
    throw Object.hasOwn(refusals, index) ? refusals[index]!() : error;
  }
}
