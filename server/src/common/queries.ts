/**
 * The nil UUID, which no row has. A global id that does not parse stands as it, so the query stays
 * valid and finds nothing; singletons (the calendar, the demo clock) use it as their audit subject.
 */
export const NIL_UUID = '00000000-0000-0000-0000-000000000000';

/** A LIKE/ILIKE pattern that finds `text` anywhere, its `%`, `_` and `\` taken literally. */
export function likeContaining(text: string): string {
  return `%${text.replace(/[%_\\]/g, '\\$&')}%`;
}
