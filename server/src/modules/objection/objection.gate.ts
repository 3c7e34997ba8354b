import type { EntityManager } from '@mikro-orm/core';
import type { NominationObjections } from '../nomination/nomination.objections.js';
import { OPEN_OBJECTION_STATUSES } from './objection.enums.js';

/**
 * How many objections on a nomination are still open (received or being investigated). The
 * nomination workflow refuses to pass a notice while this is above zero. One indexed count; raw SQL
 * keeps the gate to one statement.
 */
export async function openObjectionCount(em: EntityManager, nominationId: string): Promise<number> {
  const rows: { n: string }[] = await em.getConnection().execute(
    'select count(*) as n from objection where nomination_id = ? and status in (?, ?)',
    [nominationId, ...OPEN_OBJECTION_STATUSES],
    'all',
    em.getTransactionContext(),
  );
  return Number(rows[0]?.n ?? 0);
}

/** What objections tell the nomination process (given to it by modules/index.ts). */
export const nominationObjections: NominationObjections = { openCount: openObjectionCount };
