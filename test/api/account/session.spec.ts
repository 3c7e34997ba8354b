import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';

const SIGN_IN = `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { viewer { account { username } } userErrors { code field message } } }`;

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

describe('sessions', () => {
  it('sign in sets an HttpOnly SameSite cookie, and sign out ends the session on the server', async () => {
    const response = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SIGN_IN, variables: { input: { login: 'city', password: 'Laomo@2026' } } }),
    });
    const cookie = response.headers.getSetCookie()[0];
    expect(cookie).toMatch(/^laomo_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const pair = cookie.split(';')[0];
    const ask = (query: string) => fetch(`${t.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json', cookie: pair }, body: JSON.stringify({ query }),
    }).then((r) => r.json());
    expect((await ask('{ viewer { account { username } } }')).data.viewer.account.username).toBe('city');
    await ask('mutation { sessionDelete(input: {}) { userErrors { code } } }');
    // The old cookie no longer works even if a client kept it.
    expect((await ask('{ viewer { account { username } } }')).data.viewer.account).toBeNull();
  });

  it('a wrong password says nothing about whether the account exists', async () => {
    const a = await t.anonymous().ok(SIGN_IN, { input: { login: 'city', password: 'wrong-password' } });
    const b = await t.anonymous().ok(SIGN_IN, { input: { login: 'nobody-here', password: 'wrong-password' } });
    expect(a.sessionCreate.userErrors).toEqual(b.sessionCreate.userErrors);
    expect(a.sessionCreate.userErrors[0].code).toBe('auth/bad_credentials');
  });

  it('after five failures the login is throttled, even with the right password', async () => {
    const visitor = t.anonymous();
    for (let i = 0; i < 4; i++) await visitor.ok(SIGN_IN, { input: { login: 'handler', password: `nope-${i}` } });
    const fifth = await visitor.ok(SIGN_IN, { input: { login: 'handler', password: 'nope-5' } });
    expect(fifth.sessionCreate.userErrors[0].code).toBe('auth/bad_credentials');
    const right = await visitor.ok(SIGN_IN, { input: { login: 'handler', password: 'Laomo@2026' } });
    expect(right.sessionCreate.userErrors[0]).toMatchObject({ code: 'auth/login_throttled', message: '登录失败次数过多，请 15 分钟后再试' });
    t.clock.set(new Date(Date.now() + 16 * 60_000));
    const later = await visitor.ok(SIGN_IN, { input: { login: 'handler', password: 'Laomo@2026' } });
    expect(later.sessionCreate.userErrors).toEqual([]);
    t.clock.set(new Date());
  });

  it('a session expires after 14 days, not before', async () => {
    const signedInAt = t.clock.now().getTime();
    const city = await t.as('city');
    const who = async (at: number) => {
      t.clock.set(new Date(at));
      return (await city.ok('{ viewer { account { username } } }')).viewer.account;
    };
    try {
      expect(await who(signedInAt + 14 * 86_400_000 - 60_000)).toEqual({ username: 'city' });
      expect(await who(signedInAt + 14 * 86_400_000 + 60_000)).toBeNull();
    } finally {
      t.clock.set(new Date());
    }
  });
});
