import { AliyunSmsSender } from './aliyun-sms-sender.js';
import { WebhookSmsSender } from './webhook-sms-sender.js';

/** What a message carries besides its text: the values of a gateway's approved template (e.g. `code`). */
export type SmsParams = Record<string, string>;

/** Sends verification codes. Production must configure a real gateway; see `senderFor`. */
export interface SmsSender {
  readonly name: string;
  /** Resolves once the gateway accepted the message; rejects when it refused or could not be reached. */
  send(phone: string, text: string, params?: SmsParams): Promise<void>;
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

/** Reads a required setting of a sender, failing the start with the variable's name when it is missing. */
export function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new Error(`${name} must be set for this LAOMO_SMS_SENDER.`);
  return value;
}

/**
 * The sender named by LAOMO_SMS_SENDER, configured from the environment:
 * `aliyun` (Alibaba Cloud SMS through its official SDK), `webhook` (an HTTPS endpoint of your own
 * that relays to any gateway) or `log` (development only).
 */
export function senderFor(name: string, env: 'development' | 'production' | 'test', vars: NodeJS.ProcessEnv = {}): SmsSender {
  if (name === 'aliyun') return AliyunSmsSender.fromEnvironment(vars);
  if (name === 'webhook') return WebhookSmsSender.fromEnvironment(vars);
  if (name === 'log' && env !== 'production') return new LogSmsSender();
  throw new Error(
    env === 'production'
      ? 'LAOMO_SMS_SENDER must name a real SMS gateway in production (aliyun or webhook); the log sender is for development only.'
      : `Unknown SMS sender "${name}" (use aliyun, webhook or log).`,
  );
}
