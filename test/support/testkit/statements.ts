import type { TestApp } from '@laomo/server/testing/test-app.js';

/** The SQL statements the server sends while `run` is under way (the ORM logs every one it executes). */
export async function statementsOf(t: TestApp, run: () => Promise<unknown>): Promise<string[]> {
  const connection = t.app.orm.em.getConnection() as unknown as { logQuery(query: string, context?: unknown): void };
  const original = connection.logQuery;
  const statements: string[] = [];
  connection.logQuery = function logQuery(this: unknown, query: string, context?: unknown) {
    statements.push(query);
    return original.call(this, query, context);
  };
  try {
    await run();
  } finally {
    connection.logQuery = original;
  }
  return statements;
}
