import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newCareWorker, startTestApp, type ApiClient, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let worker: string;

const SET = `mutation($input: IncomeStatementSetInput!) { incomeStatementSet(input: $input) { statement { year } userErrors { code } } }`;
const READ = `query($modelWorker: ID!) { incomeStatements(modelWorker: $modelWorker, first: 10) { totalCount nodes { year retired monthlyYuan } } }`;
const read = (who: ApiClient) => who.gql(READ, { modelWorker: worker });

beforeAll(async () => {
  t = await startTestApp();
  worker = (await newCareWorker(t, '收入登记劳模', { withAccount: true })).id;
  const unit = await t.as('unit');
  for (const [year, retired, monthlyYuan] of [[2025, false, 6_800], [2026, true, 3_200]] as const) {
    expect((await unit.ok(SET, { input: { modelWorker: worker, year, retired, monthlyYuan } })).incomeStatementSet.userErrors).toEqual([]);
  }
}, 120_000);
afterAll(async () => { await t?.close(); });

describe('an office reads back a model worker’s income statements (personal information)', () => {
  it('the unit, its district and the city read them, latest year first', async () => {
    for (const who of ['unit', 'chaoyang', 'city']) {
      const { data, errors } = await read(await t.as(who));
      expect(errors, who).toBeUndefined();
      expect(data.incomeStatements).toEqual({ totalCount: 2, nodes: [{ year: 2026, retired: true, monthlyYuan: 3_200 }, { year: 2025, retired: false, monthlyYuan: 6_800 }] });
    }
  });

  it('another district, the administrator, the model worker’s public sign-in and anonymous callers cannot', async () => {
    for (const who of ['haidian', 'admin', 'modelworker', '收入登记劳模']) {
      const { data, errors } = await read(await t.as(who));
      expect(errors?.[0].extensions?.code, who).toBe('FORBIDDEN');
      expect(data?.incomeStatements ?? null).toBeNull();
    }
    expect((await read(t.anonymous())).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // Whether the model worker exists is not told either.
    const missing = await (await t.as('haidian')).gql(READ, { modelWorker: 'TW9kZWxXb3JrZXI6MDAwMDAwMDAtMDAwMC0wMDAwLTAwMDAtMDAwMDAwMDAwMDAw' });
    expect(missing.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
