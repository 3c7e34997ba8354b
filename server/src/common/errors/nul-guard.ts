import { UserInputError } from './user-input-error.js';
import { CommonError } from './catalogue.js';

/** The path (relative to a mutation's single `input`, as user errors are) of the first string holding a NUL character. */
function nulAt(value: unknown, path: string[]): string[] | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (!value || typeof value !== 'object' || value instanceof Date) return null;
  for (const [name, inner] of Object.entries(value)) {
    const found = nulAt(inner, [...path, name]);
    if (found) return found;
  }
  return null;
}

/**
 * PostgreSQL cannot store the NUL character in text, so any argument holding one is refused, for
 * every field at once, as a user error on that field (a comment, a search, a name…).
 */
export function refuseNul(args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    const path = nulAt(value, name === 'input' ? [] : [name]);
    if (path) throw new UserInputError(CommonError.NulCharacter, path);
  }
}
