import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOpenNotice, startTestApp, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  await seedOpenNotice(t, { candidates: 120 });
});
afterAll(async () => { await t.close(); });

/** The staff list's own rows (web/src/components/nomination/nominationDocuments.ts), with the campaign and held honors. */
const LIST = `query($first: Int!) { nominations(first: $first) { totalCount nodes {
  id state source candidateName employerName post honor { id name } unit { id name } campaign { id name } honorsHeld { id name }
} } }`;

async function statementsOf(run: () => Promise<unknown>): Promise<number> {
  const connection = t.app.orm.em.getConnection() as unknown as { logQuery(query: string, context?: unknown): void };
  const original = connection.logQuery;
  let count = 0;
  connection.logQuery = function logQuery(this: unknown, query: string, context?: unknown) {
    count++;
    return original.call(this, query, context);
  };
  try {
    await run();
  } finally {
    connection.logQuery = original;
  }
  return count;
}

describe("the staff's nomination list", () => {
  it('costs the same SQL statements for 10, 20 and 100 rows', async () => {
    const staff = await t.as('chaoyang');
    await staff.ok(LIST, { first: 10 });
    const counts: number[] = [];
    for (const first of [10, 20, 100]) {
      let rows = 0;
      counts.push(await statementsOf(async () => { rows = (await staff.ok(LIST, { first })).nominations.nodes.length; }));
      expect(rows).toBe(first);
    }
    expect(counts[1]).toBe(counts[0]);
    expect(counts[2]).toBe(counts[0]);
    expect(counts[0]).toBeLessThanOrEqual(10);
  });
});
