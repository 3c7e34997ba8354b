import http from 'node:http';
import { createHash, createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { senderFor } from './sms-sender.js';
import { AliyunSmsSender } from './aliyun-sms-sender.js';
import { WebhookSmsSender } from './webhook-sms-sender.js';

interface Received { method: string; url: URL; headers: http.IncomingHttpHeaders; body: string }

/** A loopback HTTP server standing in for a gateway: records each request and answers with `answer`. */
async function fakeGateway(answer: (r: Received) => { status?: number; json: unknown }) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => { body += c; });
    req.on('end', () => {
      const r = { method: req.method!, url: new URL(req.url!, 'http://fake'), headers: req.headers, body };
      received.push(r);
      const { status = 200, json } = answer(r);
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

let open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.map((g) => g.close()));
  open = [];
});

const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Checks an Alibaba Cloud V3 signature (ACS3-HMAC-SHA256) as the real API does, from the secret. */
function aliyunSignatureValid(r: Received, secret: string): boolean {
  const auth = String(r.headers.authorization);
  const signedHeaders = auth.match(/SignedHeaders=([^,]+)/)![1].split(';');
  const query = [...r.url.searchParams.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
  const headers = signedHeaders.map((h) => `${h}:${String(r.headers[h]).trim()}\n`).join('');
  const canonical = [r.method, r.url.pathname, query, headers, signedHeaders.join(';'), createHash('sha256').update(r.body).digest('hex')].join('\n');
  const toSign = `ACS3-HMAC-SHA256\n${createHash('sha256').update(canonical).digest('hex')}`;
  return auth.endsWith(`Signature=${createHmac('sha256', secret).update(toSign).digest('hex')}`);
}

const ALIYUN_ENV = {
  LAOMO_SMS_SENDER: 'aliyun', LAOMO_SMS_ALIYUN_ACCESS_KEY_ID: 'LTAI-test', LAOMO_SMS_ALIYUN_ACCESS_KEY_SECRET: 'secret-of-test',
  LAOMO_SMS_ALIYUN_SIGN_NAME: '劳模平台', LAOMO_SMS_ALIYUN_TEMPLATE_CODE: 'SMS_123456789',
};

describe('the Alibaba Cloud SMS sender (official SDK against a local fake of its API)', () => {
  it('sends SendSms with the template, the signature and the code, signed with the configured key', async () => {
    const gateway = await fakeGateway(() => ({ json: { Code: 'OK', Message: 'OK', BizId: '900619746936498440^0', RequestId: 'F655A8D5' } }));
    open.push(gateway);
    const sender = senderFor('aliyun', 'production', { ...ALIYUN_ENV, LAOMO_SMS_ALIYUN_ENDPOINT: gateway.url });
    expect(sender).toBeInstanceOf(AliyunSmsSender);
    await sender.send('13900000000', '【劳模平台】您的验证码是 123456，10 分钟内有效。', { code: '123456' });

    expect(gateway.received).toHaveLength(1);
    const [request] = gateway.received;
    expect(request.headers['x-acs-action']).toBe('SendSms');
    expect(request.headers['x-acs-version']).toBe('2017-05-25');
    expect(Object.fromEntries(request.url.searchParams)).toEqual({
      PhoneNumbers: '13900000000', SignName: '劳模平台', TemplateCode: 'SMS_123456789', TemplateParam: '{"code":"123456"}',
    });
    expect(request.headers.authorization).toContain('Credential=LTAI-test,');
    expect(aliyunSignatureValid(request, 'secret-of-test')).toBe(true);
    expect(aliyunSignatureValid(request, 'another-secret')).toBe(false);
  });

  it('fails the send when the gateway refuses the message (so the caller does not think it was sent)', async () => {
    const gateway = await fakeGateway(() => ({ json: { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: '触发分钟级流控Permits:1', RequestId: 'R2' } }));
    open.push(gateway);
    const sender = senderFor('aliyun', 'production', { ...ALIYUN_ENV, LAOMO_SMS_ALIYUN_ENDPOINT: gateway.url });
    await expect(sender.send('13900000000', '验证码 654321', { code: '654321' })).rejects.toThrow(/isv\.BUSINESS_LIMIT_CONTROL/);
  });

  it('refuses to start without its settings, naming the one missing', () => {
    const { LAOMO_SMS_ALIYUN_TEMPLATE_CODE: _omitted, ...partial } = ALIYUN_ENV;
    expect(() => senderFor('aliyun', 'production', partial)).toThrow(/LAOMO_SMS_ALIYUN_TEMPLATE_CODE/);
  });
});

describe('the webhook sender', () => {
  it('posts the message as JSON with an HMAC signature of timestamp and body', async () => {
    const gateway = await fakeGateway(() => ({ status: 202, json: { accepted: true } }));
    open.push(gateway);
    const sender = senderFor('webhook', 'production', { LAOMO_SMS_WEBHOOK_URL: `${gateway.url}/sms`, LAOMO_SMS_WEBHOOK_SECRET: 's3cret' });
    expect(sender).toBeInstanceOf(WebhookSmsSender);
    await sender.send('13900000001', '验证码 111222', { code: '111222' });
    const [request] = gateway.received;
    expect(request.method).toBe('POST');
    expect(request.url.pathname).toBe('/sms');
    expect(JSON.parse(request.body)).toEqual({ phone: '13900000001', text: '验证码 111222', params: { code: '111222' } });
    const timestamp = String(request.headers['x-laomo-timestamp']);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    expect(request.headers['x-laomo-signature']).toBe(`sha256=${createHmac('sha256', 's3cret').update(`${timestamp}.${request.body}`).digest('hex')}`);
  });

  it('fails the send on a non-2xx answer', async () => {
    const gateway = await fakeGateway(() => ({ status: 502, json: {} }));
    open.push(gateway);
    const sender = senderFor('webhook', 'production', { LAOMO_SMS_WEBHOOK_URL: gateway.url, LAOMO_SMS_WEBHOOK_SECRET: 's' });
    await expect(sender.send('13900000001', 'x')).rejects.toThrow(/HTTP 502/);
  });
});
