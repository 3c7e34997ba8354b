import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import {
  deliverNow, digestNow, done, organizationId, SAMPLE, SET_PREFERENCE, SET_SETTINGS, startTestApp, type ApiClient, type TestApp,
} from '../../support/testkit/index.js';

/** A local SMTP server started by the test: every message it accepts, raw. */
const received: { to: string[]; raw: string }[] = [];
const smtp = new SMTPServer({
  authOptional: true, disabledCommands: ['STARTTLS'], logger: false,
  // Refuses mailboxes named reject…, quoting the address back as real mail servers do.
  onRcptTo(address, _session, callback) {
    if (!address.address.startsWith('reject')) return callback();
    return callback(Object.assign(new Error(`5.1.1 <${address.address}>: Recipient address rejected: User unknown`), { responseCode: 550 }));
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => {
      received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
      callback();
    });
  },
});

let t: TestApp;
let author: ApiClient;
let city: ApiClient;

/** The decoded text of a message (nodemailer sends UTF-8 as quoted-printable or base64). */
function textOf(raw: string): string {
  const [, body = ''] = raw.split(/\r?\n\r?\n/, 2).length === 2 ? [raw.slice(0, raw.search(/\r?\n\r?\n/)), raw.slice(raw.search(/\r?\n\r?\n/))] : [raw, ''];
  if (/content-transfer-encoding: base64/i.test(raw)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  const qp = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => `%${h}`);
  try { return decodeURIComponent(qp); } catch { return body; }
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const { port } = smtp.server.address() as AddressInfo;
  t = await startTestApp({ smtpUrl: `smtp://127.0.0.1:${port}`, mailFrom: 'laomo <no-reply@laomo.test>' });
  [author, city] = await Promise.all([t.as('modelworker'), t.as('city')]);
});
afterAll(async () => {
  await t?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
});

describe('e-mail through SMTP, as each person chose', () => {
  it('sends one e-mail per notification to the address the person gave, in their language', async () => {
    const saved = await author.ok(SET_SETTINGS, { input: { email: 'zhang@example.org' } });
    expect(saved.notificationSettingsSet).toEqual({ settings: { email: 'zhang@example.org', digest: 'NONE' }, userErrors: [] });
    t.clock.set('2026-09-28');
    const { id } = await done(author, 'suggestionSubmit', { ...SAMPLE, title: '关于邮件通知的测试建议', publishConsent: false });
    await done(city, 'suggestionAccept', { suggestion: id });
    await deliverNow(t);
    await deliverNow(t);
    const mine = received.filter((m) => m.to.includes('zhang@example.org'));
    expect(mine).toHaveLength(1);
    expect(mine[0].raw).toMatch(/^Subject: /im);
    expect(textOf(mine[0].raw)).toContain('您的建议「关于邮件通知的测试建议」已受理');
  });

  it('a switch flipped off and on again at once (two requests in flight) keeps one choice, never an internal error', async () => {
    const kinds = ['SUGGESTION_ANSWERED', 'SUGGESTION_PUBLISHED', 'SUGGESTION_ESCALATED', 'SUGGESTION_OVERDUE'];
    for (const kind of kinds) {
      const flips = await Promise.all([false, true].map((enabled) => author.gql(SET_PREFERENCE, { input: { kind, channel: 'EMAIL', enabled } })));
      expect(flips.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(flips.map((r) => r.data!.notificationPreferenceSet.userErrors)).toEqual([[], []]);
    }
    const [{ n }] = await t.app.orm.em.fork().getConnection().execute(
      `select count(*)::int as n from notification_preference p join account a on a.id = p.account_id where a.username = 'modelworker' and p.channel = 'EMAIL' and p.kind in (?, ?, ?, ?)`, kinds);
    expect(n).toBe(kinds.length);
  });

  it('settings saved twice at once by someone who has none yet are saved, never an internal error', async () => {
    const reader = await t.as('haidian');
    for (let round = 0; round < 4; round++) {
      await t.app.orm.em.fork().getConnection().execute(
        `delete from notification_settings where account_id = (select id from account where username = 'haidian')`);
      const saves = await Promise.all(['NONE', 'DAILY'].map((digest) => reader.gql(SET_SETTINGS, { input: { email: `haidian${round}@example.org`, digest } })));
      expect(saves.map((r) => r.errors)).toEqual([undefined, undefined]);
      expect(saves.map((r) => r.data!.notificationSettingsSet.userErrors)).toEqual([[], []]);
      const [{ n }] = await t.app.orm.em.fork().getConnection().execute(
        `select count(*)::int as n from notification_settings s join account a on a.id = s.account_id where a.username = 'haidian' and s.email = ?`, [`haidian${round}@example.org`]);
      expect(n).toBe(1);
    }
  });

  it('a bad address is a clear user error', async () => {
    const bad = await author.gql(SET_SETTINGS, { input: { email: 'not an address' } });
    expect(bad.data.notificationSettingsSet.userErrors).toMatchObject([{ field: ['email'], message: expect.stringContaining('电子邮箱') }]);
  });

  it('a kind turned off on e-mail sends nothing there', async () => {
    received.length = 0;
    await author.ok(SET_PREFERENCE, { input: { kind: 'SUGGESTION_ACCEPTED', channel: 'EMAIL', enabled: false } });
    const { id } = await done(author, 'suggestionSubmit', { ...SAMPLE, title: '关于关闭邮件的测试建议', publishConsent: false });
    await done(city, 'suggestionAccept', { suggestion: id });
    await deliverNow(t);
    expect(received.filter((m) => m.to.includes('zhang@example.org'))).toHaveLength(0);
    await author.ok(SET_PREFERENCE, { input: { kind: 'SUGGESTION_ACCEPTED', channel: 'EMAIL', enabled: true } });
  });

  it('the daily digest collects a day of events in one e-mail, once', async () => {
    received.length = 0;
    await author.ok(SET_SETTINGS, { input: { digest: 'DAILY' } });
    t.clock.set('2026-10-12T10:00:00+08:00');
    const rights = await organizationId(t, '市总工会权益保障部');
    const { id } = await done(author, 'suggestionSubmit', { ...SAMPLE, title: '关于每日摘要的测试建议', publishConsent: false });
    await done(city, 'suggestionAccept', { suggestion: id });
    await done(city, 'suggestionAssign', { suggestion: id, handler: rights });
    const handler = await t.as('handler');
    await done(handler, 'suggestionAnswer', { suggestion: id, outcome: 'WILL_ADOPT', content: '已纳入明年工作要点，由权益保障部牵头落实。' });
    await deliverNow(t);
    // Nothing one by one: it waits for the digest.
    expect(received.filter((m) => m.to.includes('zhang@example.org'))).toHaveLength(0);
    expect(await digestNow(t, '2026-10-12')).toBe(1);
    expect(await digestNow(t, '2026-10-12')).toBe(0);
    const digests = received.filter((m) => m.to.includes('zhang@example.org'));
    expect(digests).toHaveLength(1);
    const text = textOf(digests[0].raw);
    expect(text).toContain('您的建议「关于每日摘要的测试建议」已受理');
    expect(text).toContain('您的建议「关于每日摘要的测试建议」已由承办部门答复');
    // Another day's events are not in it.
    expect(text).not.toContain('关于邮件通知的测试建议');
  });

  it('a mail server that refuses the address marks the delivery failed, and the log says why without the address', async () => {
    await author.ok(SET_SETTINGS, { input: { email: 'reject.zhang@example.org', digest: 'NONE' } });
    t.clock.set('2026-10-20T10:00:00+08:00');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { id } = await done(author, 'suggestionSubmit', { ...SAMPLE, title: '关于退信的测试建议', publishConsent: false });
      await done(city, 'suggestionAccept', { suggestion: id });
      await deliverNow(t);
      const lines = logged.mock.calls.map((args) => args.map(String).join(' '));
      const failure = lines.find((line) => line.includes('EMAIL of notification'));
      expect(failure).toMatch(/Recipient address rejected/);
      expect(failure).toContain('<e-mail address>');
      expect(lines.join('\n')).not.toContain('reject.zhang@example.org');
    } finally {
      logged.mockRestore();
    }
    const [{ outcome }] = await t.app.orm.em.fork().getConnection().execute(
      `select d.outcome from notification_delivery d join notification n on n.id = d.notification_id join account a on a.id = d.recipient_id
       where a.username = 'modelworker' and d.channel = 'EMAIL' order by d.created_at desc limit 1`);
    expect(outcome).toBe('FAILED');
  });
});
