/** Sends verification codes. Production must configure a real gateway; see `senderFor`. */
export interface SmsSender {
  readonly name: string;
  send(phone: string, text: string): Promise<void>;
}

/** Development sender: writes the message to the log instead of a phone. */
export class LogSmsSender implements SmsSender {
  readonly name = 'log';
  async send(phone: string, text: string): Promise<void> {
    console.log(`[laomo sms] to ${phone}: ${text}`);
  }
}

/** Test sender: keeps what it sent so a test can read the code like a phone would. */
export class MemorySmsSender implements SmsSender {
  readonly name = 'memory';
  readonly sent: { phone: string; text: string }[] = [];
  async send(phone: string, text: string): Promise<void> {
    this.sent.push({ phone, text });
  }
  lastCode(phone: string): string | undefined {
    const last = [...this.sent].reverse().find((m) => m.phone === phone);
    return last?.text.match(/\d{6}/)?.[0];
  }
}

export function senderFor(name: string, env: 'development' | 'production' | 'test'): SmsSender {
  if (name === 'log' && env !== 'production') return new LogSmsSender();
  throw new Error(
    env === 'production'
      ? 'LAOMO_SMS_SENDER must name a real SMS gateway in production; the log sender is for development only.'
      : `Unknown SMS sender "${name}".`,
  );
}
