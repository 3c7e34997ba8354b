import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '@laomo/server/testing/test-app.js';

const REGISTER = `mutation($input: AccountRegisterInput!) {
  accountRegister(input: $input) { viewer { account { displayName phoneMasked kind } capabilities } userErrors { code field message } }
}`;
const SEND = `mutation($phone: String!) { verificationCodeSend(input: { phone: $phone, purpose: REGISTER }) { sent retryAfterSeconds userErrors { code field message } } }`;

let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(async () => { await t.close(); });

describe('a member of the public registers by mobile number', () => {
  it('receives a code, registers with it, and is signed in', async () => {
    const visitor = t.anonymous();
    const sent = await visitor.ok(SEND, { phone: '13912345678' });
    expect(sent.verificationCodeSend).toMatchObject({ sent: true, retryAfterSeconds: 60, userErrors: [] });
    const code = t.sms.lastCode('13912345678')!;
    const result = await visitor.ok(REGISTER, {
      input: { phone: '13912345678', code, displayName: '王小明', password: 'secret-pass-1', acceptTerms: true },
    });
    expect(result.accountRegister.userErrors).toEqual([]);
    expect(result.accountRegister.viewer.account).toEqual({ displayName: '王小明', phoneMasked: '139****5678', kind: 'PUBLIC' });
    expect(result.accountRegister.viewer.capabilities).toEqual(['PARTICIPATE']);
    const me = await visitor.ok(`{ viewer { account { displayName } } }`);
    expect(me.viewer.account.displayName).toBe('王小明');
  });

  it('a wrong code is refused in the caller’s language and the right one still works after', async () => {
    const visitor = t.anonymous('en');
    await visitor.ok(SEND, { phone: '13700000009' });
    const wrong = await visitor.ok(REGISTER, {
      input: { phone: '13700000009', code: '000000' === t.sms.lastCode('13700000009') ? '111111' : '000000', displayName: 'Li', password: 'secret-pass-1', acceptTerms: true },
    });
    expect(wrong.accountRegister.userErrors).toEqual([{ code: 'account/code_invalid', field: ['code'], message: 'The verification code is wrong or has expired' }]);
    const right = await visitor.ok(REGISTER, {
      input: { phone: '13700000009', code: t.sms.lastCode('13700000009'), displayName: 'Li', password: 'secret-pass-1', acceptTerms: true },
    });
    expect(right.accountRegister.userErrors).toEqual([]);
  });

  it('a second code within a minute is refused, with the wait', async () => {
    const visitor = t.anonymous();
    await visitor.ok(SEND, { phone: '13600000001' });
    const again = await visitor.ok(SEND, { phone: '13600000001' });
    expect(again.verificationCodeSend.sent).toBeNull();
    expect(again.verificationCodeSend.userErrors[0]).toMatchObject({ code: 'account/code_too_soon', field: ['phone'] });
    expect(again.verificationCodeSend.userErrors[0].message).toMatch(/^验证码已发送，请 \d+ 秒后再试$/);
  });

  it('invalid input is explained field by field in Chinese by default', async () => {
    const result = await t.anonymous().ok(REGISTER, {
      input: { phone: '12345', code: 'abc', displayName: '', password: 'short', acceptTerms: true },
    });
    const byField = Object.fromEntries(result.accountRegister.userErrors.map((e: any) => [e.field.join('.'), e.message]));
    expect(byField).toEqual({
      phone: '请输入有效的中国大陆手机号',
      code: '格式不正确',
      displayName: '长度应在 1 到 30 个字符之间',
      password: '至少 8 个字符',
    });
  });

  it('registration needs the terms accepted and a number not yet registered', async () => {
    const visitor = t.anonymous();
    const terms = await visitor.ok(REGISTER, { input: { phone: '13500000001', code: '123456', displayName: 'A', password: 'secret-pass-1', acceptTerms: false } });
    expect(terms.accountRegister.userErrors.map((e: any) => e.code)).toEqual(['account/terms_required']);
    const taken = await visitor.ok(REGISTER, { input: { phone: '13800000003', code: '123456', displayName: 'A', password: 'secret-pass-1', acceptTerms: true } });
    expect(taken.accountRegister.userErrors.map((e: any) => e.code)).toEqual(['account/phone_taken']);
  });
});
