import http from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOpenNotice, startTestApp, type NoticeFixture, type TestApp } from '../../support/testkit/index.js';

// Two instances of laomo on one database, as behind a load balancer: each keeps its own cache of public reads.
let a: TestApp;
let b: TestApp;
let fx: NoticeFixture;
beforeAll(async () => {
  a = await startTestApp();
  fx = await seedOpenNotice(a);
  a.clock.set('2026-03-03');
  b = await a.anotherInstance();
});
afterAll(async () => { await a.close(); });

const QUERY = `query Notice($id: ID!) { viewer { account { displayName } } notice(id: $id) { title entries { nodes { candidateName commentCount } } } }`;

/** The web's own GET of a notice. */
async function read(instance: TestApp, cookie = '') {
  const url = new URL('/graphql', instance.url);
  url.searchParams.set('query', QUERY);
  url.searchParams.set('variables', JSON.stringify({ id: fx.notice }));
  const response = await fetch(url, { headers: { 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) } });
  expect(response.status).toBe(200);
  return { cache: response.headers.get('x-laomo-cache'), body: (await response.json()) as any };
}

/** The same read with the headers given and nothing added (fetch would add its own accept-encoding and decode). */
function rawRead(instance: TestApp, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  const url = new URL('/graphql', instance.url);
  url.searchParams.set('query', QUERY);
  url.searchParams.set('variables', JSON.stringify({ id: fx.notice }));
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'apollo-require-preflight': 'true', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const commentsOfFirst = (body: any): number => body.data.notice.entries.nodes[0].commentCount;

/**
 * Reads on `instance` until `done` holds and returns how stale it was: the time from `start` to the sending of
 * the first read that showed the change (not counting how long that read took on a busy machine).
 */
async function within(ms: number, instance: TestApp, done: (body: any) => boolean, start = Date.now()): Promise<number> {
  for (;;) {
    const sent = Date.now();
    const { body } = await read(instance);
    if (done(body)) return sent - start;
    if (Date.now() - start > ms) throw new Error(`not seen within ${ms} ms: ${JSON.stringify(body.data)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/**
 * Reads on `instance` until an answer comes from its cache. A change made just before (on any instance) reaches
 * every instance's cache a moment later, as a notification, and may drop the answer the first read stored.
 */
async function warm(instance: TestApp): Promise<any> {
  const start = Date.now();
  for (;;) {
    const { cache, body } = await read(instance);
    if (cache === 'hit') return body;
    if (Date.now() - start > 2000) throw new Error('the cache never answered');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("laomo's own cache of public reads", () => {
  it('answers a repeated anonymous read from the cache', async () => {
    const first = await warm(a); // the seeding's own change notices may still be arriving
    const second = await read(a);
    expect(second.cache).toBe('hit');
    expect(second.body).toEqual(first);
    expect(second.body.data.viewer.account).toBeNull();
  });

  it('never stores nor serves a signed-in view', async () => {
    await warm(a); // the anonymous answer is cached
    const me = await a.as('public');
    const signedIn = await read(a, me.cookieHeader);
    expect(signedIn.cache).toBeNull();
    expect(signedIn.body.data.viewer.account.displayName).toBeTruthy();
    const anonymousAgain = await read(a);
    expect(anonymousAgain.cache).toBe('hit');
    expect(anonymousAgain.body.data.viewer.account).toBeNull();
  });

  it('shows a comment made on another instance within a second', async () => {
    const before = commentsOfFirst(await warm(a));
    const author = await b.as('public');
    const made = await author.ok(`mutation($input: CommentCreateInput!) { commentCreate(input: $input) { comment { id } userErrors { code } } }`, {
      input: { entry: fx.entries[0], stance: 'SUPPORT', body: '踏实肯干，群众公认。' },
    });
    expect(made.commentCreate.userErrors).toEqual([]);
    const took = await within(1000, a, (body) => commentsOfFirst(body) === before + 1);
    expect(took).toBeLessThan(1000);
  });

  it('drops a hidden comment from every instance within a second', async () => {
    const author = await a.as('public');
    const made = await author.ok(`mutation($input: CommentCreateInput!) { commentCreate(input: $input) { comment { id } userErrors { code } } }`, {
      input: { entry: fx.entries[0], stance: 'CONCERN', body: '请核实其事迹材料。' },
    });
    const signedIn = await read(b, (await b.as('public')).cookieHeader); // never cached: the database's own count
    const shown = commentsOfFirst(await warm(b));
    expect(shown).toBe(commentsOfFirst(signedIn.body));
    const moderator = await a.as('chaoyang');
    const hidden = await moderator.ok(`mutation($input: CommentHideInput!) { commentHide(input: $input) { userErrors { code } } }`, {
      input: { comment: made.commentCreate.comment.id, reason: '与候选人事迹无关' },
    });
    expect(hidden.commentHide.userErrors).toEqual([]);
    await within(1000, b, (body) => commentsOfFirst(body) === shown - 1);
  });

  it('answers a hit as the reader takes it: brotli, gzip or plain, with an ETag that revalidates to 304', async () => {
    const expected = await warm(a);
    const plain = await rawRead(a, { 'accept-encoding': 'identity' });
    expect(plain.headers['x-laomo-cache']).toBe('hit');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(plain.body.toString())).toEqual(expected);
    expect(Number(plain.headers['content-length'])).toBe(plain.body.length);
    const br = await rawRead(a, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(expected);
    const gzip = await rawRead(a, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gzip.body).toString())).toEqual(expected);
    for (const answer of [plain, br, gzip]) {
      expect(answer.headers.vary).toMatch(/accept-encoding/i);
      expect(answer.headers.etag).toBe(plain.headers.etag);
    }
    // The ETag is the one laomo gave when it ran the query, so a browser's revalidation matches either way.
    const again = await rawRead(a, { 'if-none-match': String(plain.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    expect(again.headers['x-laomo-cache']).toBe('hit');
  });

  it('gives the same ETag on a miss as on the hits after it', async () => {
    const author = await a.as('public');
    await author.ok(`mutation($input: CommentCreateInput!) { commentCreate(input: $input) { comment { id } userErrors { code } } }`, {
      input: { entry: fx.entries[1], stance: 'SUPPORT', body: '多年扎根一线，值得推荐。' },
    });
    let miss;
    for (let i = 0; i < 40; i++) {
      miss = await rawRead(a, {});
      if (miss.headers['x-laomo-cache'] === 'miss') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(miss!.headers['x-laomo-cache']).toBe('miss');
    const hit = await rawRead(a, {});
    expect(hit.headers['x-laomo-cache']).toBe('hit');
    expect(hit.headers.etag).toBe(miss!.headers.etag);
  });
});
