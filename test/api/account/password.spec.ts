import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';

const SEND = `mutation($input: VerificationCodeSendInput!) { verificationCodeSend(input: $input) { sent userErrors { code } } }`;
const REGISTER = `mutation($input: AccountRegisterInput!) { accountRegister(input: $input) { viewer { account { displayName } } userErrors { code field message } } }`;
const CHANGE = `mutation($input: AccountPasswordChangeInput!) {
  accountPasswordChange(input: $input) { endedSessions viewer { mustChangePassword capabilities } userErrors { code field message } }
}`;
const RESET = `mutation($input: AccountPasswordResetInput!) { accountPasswordReset(input: $input) { viewer { account { displayName } } userErrors { code field } } }`;
const END_OTHERS = `mutation { sessionsEndOthers(input: {}) { endedSessions userErrors { code } } }`;
const WHO = `{ viewer { account { displayName } mustChangePassword capabilities } }`;
const CREATE = `mutation($input: StaffAccountCreateInput!) { staffAccountCreate(input: $input) { account { username } userErrors { code field } } }`;

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

describe('passwords that are easy to guess are refused', () => {
  it.each(['12345678', 'password', '        '])('registration refuses %j', async (weak) => {
    const visitor = t.anonymous();
    const phone = `1367777${String(weak.charCodeAt(0)).padStart(4, '0')}`;
    await visitor.ok(SEND, { input: { phone, purpose: 'REGISTER' } });
    const result = await visitor.ok(REGISTER, {
      input: { phone, code: t.sms.lastCode(phone), displayName: '弱密码', password: weak, acceptTerms: true },
    });
    expect(result.accountRegister.userErrors).toEqual([{
      code: 'account/password_weak', field: ['password'],
      message: '密码太容易被猜到，请换一个更长、更少见的密码（可以用几个词组合）',
    }]);
    // The code was not used up by the refusal: a strong password registers with it.
    const again = await visitor.ok(REGISTER, {
      input: { phone, code: t.sms.lastCode(phone), displayName: '弱密码', password: 'Lantern-river-47', acceptTerms: true },
    });
    expect(again.accountRegister.userErrors).toEqual([]);
  });

  it('an administrator cannot give a new staff account a common password', async () => {
    const admin = await t.as('admin');
    const result = await admin.ok(CREATE, { input: { username: 'weakling', displayName: '弱', password: 'password', roleGrants: [] } });
    expect(result.staffAccountCreate.userErrors).toEqual([{ code: 'account/password_weak', field: ['password'] }]);
  });
});

describe('a person keeps their password and sessions', () => {
  it('changes the password with the current one, which ends the other sessions but not this one', async () => {
    const laptop = await t.as('employee');
    const phone = await t.as('employee');
    const wrong = await laptop.ok(CHANGE, { input: { currentPassword: 'not-mine-at-all', newPassword: 'Copper-kettle-92' } });
    expect(wrong.accountPasswordChange.userErrors).toEqual([{ code: 'account/password_wrong', field: ['currentPassword'], message: '当前密码不正确' }]);
    const weak = await laptop.ok(CHANGE, { input: { currentPassword: 'Laomo@2026', newPassword: '12345678' } });
    expect(weak.accountPasswordChange.userErrors[0].code).toBe('account/password_weak');
    const done = await laptop.ok(CHANGE, { input: { currentPassword: 'Laomo@2026', newPassword: 'Copper-kettle-92' } });
    expect(done.accountPasswordChange).toMatchObject({ endedSessions: 1, userErrors: [] });
    expect((await laptop.ok(WHO)).viewer.account).toEqual({ displayName: expect.any(String) });
    expect((await phone.ok(WHO)).viewer.account).toBeNull();
    await expect(t.anonymous().signIn('employee')).rejects.toThrow(/auth\/bad_credentials/);
    await t.anonymous().signIn('employee', 'Copper-kettle-92');
  });

  it('ends every other session on request', async () => {
    const here = await t.as('public');
    const there = await t.as('public');
    const elsewhere = await t.as('public');
    const result = await here.ok(END_OTHERS);
    expect(result.sessionsEndOthers).toEqual({ endedSessions: 2, userErrors: [] });
    expect((await here.ok(WHO)).viewer.account).not.toBeNull();
    expect((await there.ok(WHO)).viewer.account).toBeNull();
    expect((await elsewhere.ok(WHO)).viewer.account).toBeNull();
  });

  it('resets a forgotten password with an SMS code, ending every session, and is signed in', async () => {
    const old = await t.as('modelworker');
    const visitor = t.anonymous();
    await visitor.ok(SEND, { input: { phone: '13800000002', purpose: 'PASSWORD_RESET' } });
    const code = t.sms.lastCode('13800000002')!;
    const weak = await visitor.ok(RESET, { input: { phone: '13800000002', code, newPassword: 'password' } });
    expect(weak.accountPasswordReset.userErrors).toEqual([{ code: 'account/password_weak', field: ['newPassword'] }]);
    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect((await visitor.ok(RESET, { input: { phone: '13800000002', code: wrongCode, newPassword: 'Silver-harbor-61' } }))
      .accountPasswordReset.userErrors).toEqual([{ code: 'account/code_invalid', field: ['code'] }]);
    const reset = await visitor.ok(RESET, { input: { phone: '13800000002', code, newPassword: 'Silver-harbor-61' } });
    expect(reset.accountPasswordReset.userErrors).toEqual([]);
    expect((await visitor.ok(WHO)).viewer.account).not.toBeNull();
    expect((await old.ok(WHO)).viewer.account).toBeNull();
    await t.anonymous().signIn('modelworker', 'Silver-harbor-61');
  });

  it('a reset code for a phone without an account is answered alike but never sent', async () => {
    const before = t.sms.sent.length;
    const result = await t.anonymous().ok(SEND, { input: { phone: '13566660000', purpose: 'PASSWORD_RESET' } });
    expect(result.verificationCodeSend).toEqual({ sent: true, userErrors: [] });
    expect(t.sms.sent.length).toBe(before);
  });
});

describe('a staff account made by an administrator', () => {
  it('must set its own password at first sign-in before it may do anything', async () => {
    const admin = await t.as('admin');
    const orgs = await admin.ok(`{ organizations(kind: CITY_FEDERATION, first: 1) { nodes { id } } }`);
    const created = await admin.ok(CREATE, { input: {
      username: 'newcity', displayName: '新同事', password: 'Temporary-given-31',
      roleGrants: [{ role: 'CITY_STAFF', organization: orgs.organizations.nodes[0].id }],
    } });
    expect(created.staffAccountCreate.userErrors).toEqual([]);
    const colleague = await t.anonymous().signIn('newcity', 'Temporary-given-31');
    expect((await colleague.ok(WHO)).viewer).toEqual({ account: { displayName: '新同事' }, mustChangePassword: true, capabilities: [] });
    const refused = await colleague.gql(`{ accounts(first: 5) { nodes { username } } }`);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'auth/password_change_required' });
    const changed = await colleague.ok(CHANGE, { input: { currentPassword: 'Temporary-given-31', newPassword: 'Own-choice-of-words-8' } });
    expect(changed.accountPasswordChange.viewer.mustChangePassword).toBe(false);
    expect(changed.accountPasswordChange.viewer.capabilities).toContain('RUN_CAMPAIGNS');
    expect((await colleague.ok(`{ accounts(first: 5) { nodes { username } } }`)).accounts.nodes.length).toBeGreaterThan(0);
  });
});
