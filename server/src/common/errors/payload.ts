import type { UserError } from './user-error.type.js';

type Answer<T> = { [K in keyof T]: Awaited<T[K]> } & { userErrors: UserError[] };

/**
 * A mutation's answer when its work went through: the fields it names (values or promises of them)
 * and no user errors. Refusals are thrown by the services and become `userErrors` in
 * `refusalsMiddleware`, so no resolver builds them itself.
 */
export async function payload<T extends Record<string, unknown>>(fields: T): Promise<Answer<T>> {
  const names = Object.keys(fields);
  const values = await Promise.all(Object.values(fields));
  return Object.fromEntries([...names.map((name, i) => [name, values[i]]), ['userErrors', []]]) as Answer<T>;
}
