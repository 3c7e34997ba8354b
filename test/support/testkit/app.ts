import { startTestApp, type ApiClient, type GqlResult, type TestApp } from '@laomo/server/testing/test-app.js';
import type { TypedDocumentString } from './gql/graphql.js';

export { startTestApp, type ApiClient, type GqlResult, type TestApp };

/** A username of the demo seed (db/seeders/demo-accounts.ts), one per role: a typo is a type error, not a failed sign-in. */
export type DemoUsername = 'admin' | 'city' | 'chaoyang' | 'haidian' | 'unit' | 'handler' | 'employee' | 'modelworker' | 'public';

/** Signs in as a demo account, by its role's username. */
export function signIn(t: TestApp, who: DemoUsername, locale?: string): Promise<ApiClient> {
  return t.as(who, locale);
}

/** Runs one of the kit's typed operations, which must succeed: its variables and its result are checked against the schema. */
export function send<Result, Variables extends Record<string, unknown>>(
  client: ApiClient, document: TypedDocumentString<Result, Variables>, variables: Variables,
): Promise<Result> {
  return client.ok<Result>(document.toString(), variables);
}

export interface UserError { code: string; field?: string[] | null; message?: string }

/** The codes of a payload's user errors, in order. */
export const codes = (payload: { userErrors: readonly UserError[] }) => payload.userErrors.map((e) => e.code);
