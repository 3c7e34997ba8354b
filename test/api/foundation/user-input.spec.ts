import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOpenNotice, startTestApp, type NoticeFixture, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let fx: NoticeFixture;
beforeAll(async () => {
  t = await startTestApp();
  fx = await seedOpenNotice(t);
  t.clock.set('2026-03-03');
});
afterAll(async () => { await t.close(); });

const COMMENT = `mutation($input: CommentCreateInput!) { commentCreate(input: $input) { comment { id } userErrors { code field message } } }`;
const ACCOUNTS = `query($search: String) { accounts(search: $search, first: 5) { totalCount } }`;
const CALENDAR = `query($year: Int!) { calendarDays(year: $year) { date } }`;
const PERIOD = `query($days: Int!) { workingPeriod(start: "2026-03-02", workingDays: $days) { end workingDays } }`;

describe('bad input is a user error in the caller’s language, never an internal error', () => {
  it('a comment holding a NUL character is refused on its field, and nothing is stored', async () => {
    const en = await (await t.as('public', 'en')).ok(COMMENT, { input: { entry: fx.entries[0], stance: 'SUPPORT', body: 'good\u0000worker' } });
    expect(en.commentCreate).toEqual({ comment: null, userErrors: [{ code: 'common/nul_character', field: ['body'], message: 'must not contain the NUL character' }] });
    const zh = await (await t.as('public')).ok(COMMENT, { input: { entry: fx.entries[0], stance: 'SUPPORT', body: '\u0000' } });
    expect(zh.commentCreate.userErrors[0].message).toBe('不能包含空字符（NUL）');
  });

  it('a NUL character in the accounts search is refused as bad input', async () => {
    const admin = await t.as('admin', 'en');
    const result = await admin.gql(ACCOUNTS, { search: 'adm\u0000in' });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({ message: 'must not contain the NUL character', extensions: { code: 'BAD_USER_INPUT', reason: 'common/nul_character' } });
    expect((await admin.ok(ACCOUNTS, { search: 'admin' })).accounts.totalCount).toBeGreaterThan(0);
  });

  it('calendarDays refuses years outside 2000–2100', async () => {
    const client = t.anonymous('en');
    for (const year of [-1, 5, 20, 1999, 2101, 2147483647]) {
      const result = await client.gql(CALENDAR, { year });
      expect(result.errors?.[0].extensions?.code, String(year)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0].message).toMatch(/^must not be (less|greater) than (2000|2100)$/);
    }
    expect((await client.ok(CALENDAR, { year: 2026 })).calendarDays.length).toBeGreaterThan(0);
  });

  it('workingPeriod refuses 0 or more than 60 working days instead of clamping them', async () => {
    const client = t.anonymous();
    expect((await client.gql(PERIOD, { days: 0 })).errors?.[0].message).toBe('不能小于 1');
    expect((await client.gql(PERIOD, { days: 100 })).errors?.[0].message).toBe('不能大于 60');
    expect((await client.ok(PERIOD, { days: 5 })).workingPeriod).toEqual({ end: '2026-03-06', workingDays: 5 });
  });
});

describe('an update names the fields it changes', () => {
  it('an organization’s name may be left out but not cleared with null (found by the fuzz)', async () => {
    const admin = await t.as('admin', 'en');
    const { organizations } = await admin.ok('{ organizations(search: "朝阳区总工会", first: 1) { nodes { id name } } }');
    const UPDATE = `mutation($input: OrganizationUpdateInput!) { organizationUpdate(input: $input) { organization { name } userErrors { code field message } } }`;
    const cleared = await admin.ok(UPDATE, { input: { organization: organizations.nodes[0].id, name: null } });
    expect(cleared.organizationUpdate.userErrors).toEqual([{ code: 'common/invalid', field: ['name'], message: 'must not be empty' }]);
    const untouched = await admin.ok(UPDATE, { input: { organization: organizations.nodes[0].id, contact: '010-0000 0000' } });
    expect(untouched.organizationUpdate).toEqual({ organization: { name: organizations.nodes[0].name }, userErrors: [] });
  });
});
