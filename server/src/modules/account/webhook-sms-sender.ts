import { createHmac } from 'node:crypto';
import { required, type SmsParams, type SmsSender } from './sms-sender.js';

/**
 * Posts each message as JSON `{ phone, text, params }` to an HTTPS endpoint that relays it to any
 * gateway (a carrier's, a union's own). The body is signed: `X-Laomo-Timestamp` (Unix seconds) and
 * `X-Laomo-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>" with the shared secret>`, so
 * the endpoint can refuse forged or replayed requests. Any 2xx answer counts as accepted.
 */
export class WebhookSmsSender implements SmsSender {
  readonly name = 'webhook';

  constructor(private readonly url: string, private readonly secret: string, private readonly timeoutMs = 10_000) {}

  static fromEnvironment(env: NodeJS.ProcessEnv): WebhookSmsSender {
    const url = required(env, 'LAOMO_SMS_WEBHOOK_URL');
    if (!/^https?:\/\//.test(url)) throw new Error('LAOMO_SMS_WEBHOOK_URL must be an http(s) URL.');
    return new WebhookSmsSender(url, required(env, 'LAOMO_SMS_WEBHOOK_SECRET'));
  }

  async send(phone: string, text: string, params: SmsParams = {}): Promise<void> {
    const body = JSON.stringify({ phone, text, params });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac('sha256', this.secret).update(`${timestamp}.${body}`).digest('hex');
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-laomo-timestamp': timestamp, 'x-laomo-signature': `sha256=${signature}` },
      body,
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`the SMS webhook answered HTTP ${response.status}`);
  }
}
