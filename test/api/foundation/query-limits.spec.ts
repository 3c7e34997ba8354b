import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';

let t: TestApp;
let production: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  production = await startTestApp({ env: 'production' });
});
afterAll(async () => {
  await t.close();
  await production.close();
});

async function post(app: TestApp, query: string, variables: Record<string, unknown> = {}, locale = 'zh-CN') {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': locale },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

const NESTED = `query($n: Int) { notices(period: OPEN, first: $n) { nodes { title entries(first: $n) { nodes { candidateName comments(first: $n) { nodes { id body authorName } } } } } } }`;

describe('limits on what one query may ask for', () => {
  it('a page size hidden in a variable counts like a written one: refused with HTTP 400 and a clear message', async () => {
    const en = await post(t, NESTED, { n: 100 }, 'en');
    expect(en.status).toBe(400);
    expect(en.body.data).toBeUndefined();
    expect(en.body.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COSTLY', reason: 'common/query_too_costly', maxCost: 50000 });
    expect(en.body.errors?.[0].message).toMatch(/^The query is too costly \(\d+, at most 50000\); ask for fewer items per page or fewer nested lists$/);
    const zh = await post(t, NESTED, { n: 100 });
    expect(zh.body.errors?.[0].message).toMatch(/^查询开销过大（\d+，上限 50000），请减少每页数量或嵌套层次$/);
    expect(zh.body.errors?.[0].message).not.toMatch(/Syntax Error/);
  });

  it('a default page size counts too, and a modest query with variables still runs', async () => {
    const defaulted = await post(t, NESTED.replace('$n: Int', '$n: Int = 100'));
    expect(defaulted.status).toBe(400);
    const modest = await post(t, NESTED, { n: 3 });
    expect(modest.status).toBe(200);
    expect(modest.body.errors).toBeUndefined();
  });

  it('a query past the token limit is refused with HTTP 400 in the caller’s language, not a server error', async () => {
    const long = `{ ${Array.from({ length: 2100 }, () => 'viewer { __typename }').join(' ')} }`;
    const en = await post(t, long, {}, 'en');
    expect(en.status).toBe(400);
    expect(en.body.errors?.[0]).toEqual({
      message: 'The query is too long (more than 4000 tokens)',
      extensions: { code: 'QUERY_TOO_LARGE', reason: 'common/query_too_large', maxTokens: 4000 },
    });
    const zh = await post(t, long);
    expect(zh.body.errors?.[0].message).toBe('查询过长（超过 4000 个词法单元）');
  });

  it('too deep, too many aliases or too many directives: HTTP 400 with its own code, worded in the caller’s language', async () => {
    const deep = `{ organizations { nodes { ${'children { nodes { '.repeat(8)} name ${'} } '.repeat(8)} } } }`;
    const aliases = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: viewer { __typename }`).join(' ')} }`;
    const directives = `{ viewer { ${'... @include(if: true) { __typename } '.repeat(21)} } }`;
    const cases = [
      { query: deep, code: 'QUERY_TOO_DEEP', zh: /^查询嵌套过深（\d+ 层，上限 12 层）$/, en: /^The query is nested too deeply \(\d+ levels, at most 12\)$/ },
      { query: aliases, code: 'TOO_MANY_ALIASES', zh: /^查询中的别名过多（25 个，上限 20 个）$/, en: /^The query has too many aliases \(25, at most 20\)$/ },
      { query: directives, code: 'TOO_MANY_DIRECTIVES', zh: /^查询中的指令过多（21 个，上限 20 个）$/, en: /^The query has too many directives \(21, at most 20\)$/ },
    ];
    for (const { query, code, zh, en } of cases) {
      const inChinese = await post(production, query);
      expect(inChinese.status).toBe(400);
      expect(inChinese.body.data).toBeUndefined();
      expect(inChinese.body.errors).toHaveLength(1);
      expect(inChinese.body.errors?.[0].extensions).toMatchObject({ code });
      expect(inChinese.body.errors?.[0].message).toMatch(zh);
      expect((await post(production, query, {}, 'en')).body.errors?.[0].message).toMatch(en);
    }
  });

  it('a variable list with more bad values than graphql-js counts is bad input, not an internal error (found by the fuzz)', async () => {
    const query = 'mutation($input: CampaignCreateInput!) { campaignCreate(input: $input) { userErrors { code } } }';
    const input = { name: '测试', year: 2026, honors: Array.from({ length: 60 }, () => null) };
    const { status, body } = await post(production, query, { input });
    expect(status).toBe(400);
    expect(body.errors?.map((e) => e.extensions?.code)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(body.errors?.at(-1)).toMatchObject({ message: '输入有误', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('production names no alternatives for a wrong field, argument or enum value, written or in a variable', async () => {
    const wrong = [
      await post(production, '{ notices(period: OPNE, first: 1) { nodes { id } } }'),
      await post(production, 'query($p: NoticePeriodFilter!) { notices(period: $p, first: 1) { nodes { id } } }', { p: 'OPNE' }),
      await post(production, '{ notices(period: OPEN, frist: 1) { nodes { titel } } }'),
      await post(production, '{ noticez(period: OPEN) { nodes { id } } }'),
    ];
    for (const { status, body } of wrong) {
      expect(status).toBe(400);
      expect(body.errors?.length).toBeGreaterThan(0);
      for (const error of body.errors ?? []) expect(error.message).not.toMatch(/did you mean/i);
    }
  });
});
