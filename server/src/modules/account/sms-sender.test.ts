import { describe, expect, it } from 'vitest';
import { LogSmsSender, MemorySmsSender, senderFor } from './sms-sender.js';

describe('the verification-code sender', () => {
  it('development writes codes to the log', () => {
    expect(senderFor('log', 'development')).toBeInstanceOf(LogSmsSender);
  });

  it('production refuses to start without a real gateway', () => {
    expect(() => senderFor('', 'production')).toThrow(/LAOMO_SMS_SENDER/);
    expect(() => senderFor('log', 'production')).toThrow(/development only/);
  });

  it('the test sender hands back the last code sent to a phone', async () => {
    const sms = new MemorySmsSender();
    await sms.send('13900000000', '验证码 123456');
    await sms.send('13900000000', '验证码 654321');
    expect(sms.lastCode('13900000000')).toBe('654321');
    expect(sms.lastCode('13900000001')).toBeUndefined();
  });
});
