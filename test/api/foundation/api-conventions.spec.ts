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

const post = (app: TestApp, body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the GraphQL endpoint', () => {
  it('answers { viewer { __typename } } for anyone', async () => {
    expect(await t.anonymous().ok('{ viewer { __typename } }')).toEqual({ viewer: { __typename: 'Viewer' } });
  });

  it('refuses a simple cross-site form post (CSRF prevention)', async () => {
    const response = await post(t, 'query={viewer{__typename}}', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(response.status).toBe(400);
  });

  it('refuses batched requests', async () => {
    const response = await post(t, [{ query: '{ viewer { __typename } }' }, { query: '{ viewer { __typename } }' }]);
    expect(response.status).toBe(400);
  });

  it('finds objects by global id and returns nothing for a forged one', async () => {
    const { honors } = await t.anonymous().ok('{ honors(first: 1) { nodes { id name } } }');
    const found = await t.anonymous().ok('query($id: ID!) { node(id: $id) { ... on Honor { name } } }', { id: honors.nodes[0].id });
    expect(found.node.name).toBe(honors.nodes[0].name);
    const forged = Buffer.from('Account:not-a-uuid').toString('base64url');
    expect((await t.anonymous().ok('query($id: ID!) { node(id: $id) { id } }', { id: forged })).node).toBeNull();
  });

  it('lets introspection through in development but not in production', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await t.anonymous().ok(query)).__schema.queryType.name).toBe('Query');
    const refused = await production.anonymous().gql(query);
    expect(refused.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('shows no landing page in production', async () => {
    const landing = (app: TestApp) => fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } }).then((r) => r.text());
    // The same request gets Apollo's landing page in development, so its absence below is the production switch.
    expect(await landing(t)).toMatch(/<html/i);
    expect(await landing(production)).not.toMatch(/<html/i);
  });
});

describe('the working-day calendar in the API', () => {
  it('is public to read and tells when a period of working days ends', async () => {
    const result = await t.anonymous().ok('{ calendarDays(year: 2026) { date kind name } workingPeriod(start: "2026-02-12", workingDays: 5) { start end } }');
    expect(result.calendarDays).toContainEqual({ date: '2026-02-14', kind: 'MAKEUP_WORKDAY', name: '调休上班' });
    expect(result.calendarDays).toContainEqual({ date: '2026-02-17', kind: 'HOLIDAY', name: '春节' });
    expect(result.workingPeriod).toEqual({ start: '2026-02-12', end: '2026-02-25' });
  });

  it('only an administrator changes it, and a change moves the end of a period', async () => {
    const SET = `mutation($input: CalendarDaySetInput!) { calendarDaySet(input: $input) { calendarDay { date kind } userErrors { code field } } }`;
    const city = await t.as('city');
    expect((await city.ok(SET, { input: { date: '2026-12-31', kind: 'HOLIDAY', name: '测试' } })).calendarDaySet.userErrors).toEqual([{ code: 'auth/forbidden', field: null }]);
    const admin = await t.as('admin');
    expect((await admin.ok(SET, { input: { date: '2026-13-01', kind: 'HOLIDAY', name: '错' } })).calendarDaySet.userErrors).toEqual([{ code: 'calendar/date_invalid', field: ['date'] }]);
    const before = await t.anonymous().ok('{ workingPeriod(start: "2026-12-28", workingDays: 5) { end } }');
    expect(before.workingPeriod.end).toBe('2027-01-01');
    await admin.ok(SET, { input: { date: '2026-12-31', kind: 'HOLIDAY', name: '临时休假' } });
    const after = await t.anonymous().ok('{ workingPeriod(start: "2026-12-28", workingDays: 5) { end } }');
    expect(after.workingPeriod.end).toBe('2027-01-04');
  });
});
