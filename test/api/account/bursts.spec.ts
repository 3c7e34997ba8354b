import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';
import { VerificationCode } from '@laomo/server/modules/account/verification-code.entity.js';

const SIGN_IN = `mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { viewer { account { displayName } } userErrors { code message } } }`;
const SEND = `mutation($input: VerificationCodeSendInput!) { verificationCodeSend(input: $input) { sent userErrors { code message } } }`;
const REGISTER = `mutation($input: AccountRegisterInput!) { accountRegister(input: $input) { viewer { account { displayName } } userErrors { code } } }`;

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

/** Each request from its own address (the app trusts X-Forwarded-For from loopback), so only the per-account rules act. */
const from = (n: number) => ({ 'x-forwarded-for': `198.51.100.${n % 250}` });
const codes = (rows: any[]) => rows.map((r) => r.data[Object.keys(r.data)[0]].userErrors[0]?.code ?? 'ok');
const tally = (list: string[]) => list.reduce<Record<string, number>>((all, c) => ({ ...all, [c]: (all[c] ?? 0) + 1 }), {});
const later = <T>(ms: number, run: () => Promise<T>) => new Promise<T>((resolve, reject) => setTimeout(() => run().then(resolve, reject), ms));

describe('sign-in under a burst of guesses', () => {
  it('41 concurrent tries by phone and username check 5 passwords in all, and the right one sent 12th is refused', async () => {
    const visitor = t.anonymous();
    const tries = Array.from({ length: 41 }, (_, i) => {
      const input = { login: i % 2 ? '13800000002' : 'modelworker', password: i === 11 ? 'Laomo@2026' : `guess-${i}` };
      return i === 11 ? later(30, () => visitor.gql(SIGN_IN, { input }, from(i))) : visitor.gql(SIGN_IN, { input }, from(i));
    });
    const results = codes(await Promise.all(tries));
    expect(tally(results)).toEqual({ 'auth/bad_credentials': 5, 'auth/login_throttled': 36 });
    expect(results[11]).toBe('auth/login_throttled');
  });

  it('the lock grows with each lockout: 15 minutes, then 30', async () => {
    const visitor = t.anonymous();
    const start = Date.now();
    const wrong = () => visitor.ok(SIGN_IN, { input: { login: 'employee', password: 'not-the-password' } });
    await Promise.all(Array.from({ length: 5 }, wrong));
    expect((await wrong()).sessionCreate.userErrors[0].message).toBe('登录失败次数过多，请 15 分钟后再试');
    t.clock.set(new Date(start + 16 * 60_000));
    await Promise.all(Array.from({ length: 5 }, wrong));
    expect((await wrong()).sessionCreate.userErrors[0].message).toBe('登录失败次数过多，请 30 分钟后再试');
    t.clock.set(new Date(start + 47 * 60_000));
    const right = await visitor.ok(SIGN_IN, { input: { login: '13800000001', password: 'Laomo@2026' } });
    expect(right.sessionCreate.userErrors).toEqual([]);
    // Success forgets the lockouts: the next lock is 15 minutes again.
    await Promise.all(Array.from({ length: 5 }, wrong));
    expect((await wrong()).sessionCreate.userErrors[0].message).toBe('登录失败次数过多，请 15 分钟后再试');
    t.clock.set(new Date());
  });

  it('35 wrong sign-ins from one address do not lock the administrator out from that address', async () => {
    const office = { 'x-forwarded-for': '203.0.113.7' };
    const visitor = t.anonymous();
    const wrong = Array.from({ length: 35 }, (_, i) => visitor.gql(SIGN_IN, { input: { login: `nobody-${i % 7}`, password: 'guess-guess' } }, office));
    expect(new Set(codes(await Promise.all(wrong)))).toEqual(new Set(['auth/bad_credentials']));
    const admin = await visitor.gql(SIGN_IN, { input: { login: 'admin', password: 'Laomo@2026' } }, office);
    expect(admin.data.sessionCreate.userErrors).toEqual([]);
  });
});

describe('SMS codes under a burst', () => {
  it('20 concurrent sends to one phone send one message', async () => {
    const visitor = t.anonymous();
    const before = t.sms.sent.length;
    const sends = Array.from({ length: 20 }, (_, i) => visitor.gql(SEND, { input: { phone: '13911110000', purpose: 'REGISTER' } }, from(i)));
    const results = codes(await Promise.all(sends));
    expect(tally(results)).toEqual({ ok: 1, 'account/code_too_soon': 19 });
    expect(t.sms.sent.length - before).toBe(1);
  });

  it('one address gets codes for at most 10 phones an hour, however fast it asks', async () => {
    const visitor = t.anonymous();
    const before = t.sms.sent.length;
    const client = { 'x-forwarded-for': '203.0.113.99' };
    const sends = Array.from({ length: 100 }, (_, i) => visitor.gql(SEND, { input: { phone: `1352222${String(i).padStart(4, '0')}`, purpose: 'REGISTER' } }, client));
    const results = codes(await Promise.all(sends));
    expect(tally(results)).toEqual({ ok: 10, 'common/rate_limited': 90 });
    expect(t.sms.sent.length - before).toBe(10);
  });

  it('61 concurrent registrations with one code compare 5 codes, and the right one sent 22nd is refused', async () => {
    const visitor = t.anonymous();
    const phone = '13933330000';
    await visitor.ok(SEND, { input: { phone, purpose: 'REGISTER' } });
    const right = t.sms.lastCode(phone)!;
    const wrongCode = (i: number) => String((Number(right) + 1 + i) % 1_000_000).padStart(6, '0');
    const register = (code: string, i: number) => visitor.gql(REGISTER, {
      input: { phone, code, displayName: '并发', password: 'secret-pass-1', acceptTerms: true },
    }, from(i));
    const tries = Array.from({ length: 61 }, (_, i) => (i === 21 ? later(30, () => register(right, i)) : register(wrongCode(i), i)));
    const results = codes(await Promise.all(tries));
    expect(tally(results)).toEqual({ 'account/code_invalid': 61 });
    const row = await t.app.orm.em.fork().findOneOrFail(VerificationCode, { phone });
    expect(row.attempts).toBe(5);
  });
});

describe('a staff account made twice at once', () => {
  const CREATE = `mutation($input: StaffAccountCreateInput!) {
    staffAccountCreate(input: $input) { account { username roleGrants { role } } userErrors { code field } }
  }`;
  it('sent twice at once (a double click), one account is made; the second is told the name or the phone is taken', async () => {
    const admin = await t.as('admin');
    const { organizations } = await admin.ok(`{ organizations(search: "朝阳区总工会", first: 1) { nodes { id } } }`);
    for (let round = 0; round < 4; round++) {
      const input = {
        username: `twice${round}`, displayName: `同时创建${round}`, password: 'Lantern-river-47', phone: `1396666000${round}`,
        roleGrants: [{ role: 'DISTRICT_STAFF', organization: organizations.nodes[0].id }],
      };
      const both = await Promise.all([admin.gql(CREATE, { input }), admin.gql(CREATE, { input })]);
      expect(both.map((r) => r.errors)).toEqual([undefined, undefined]);
      const errors = both.map((r) => r.data!.staffAccountCreate.userErrors.map((e: { code: string }) => e.code)).sort();
      expect([[[], ['account/username_taken']], [[], ['account/phone_taken']]]).toContainEqual(errors);
    }
  });

  it('a role listed twice is granted once', async () => {
    const admin = await t.as('admin');
    const { organizations } = await admin.ok(`{ organizations(search: "朝阳区总工会", first: 1) { nodes { id } } }`);
    const grant = { role: 'DISTRICT_STAFF', organization: organizations.nodes[0].id };
    const made = await admin.ok(CREATE, { input: { username: 'listedtwice', displayName: '重复角色', password: 'Lantern-river-47', roleGrants: [grant, grant] } });
    expect(made.staffAccountCreate).toEqual({ account: { username: 'listedtwice', roleGrants: [{ role: 'DISTRICT_STAFF' }] }, userErrors: [] });
  });
});
