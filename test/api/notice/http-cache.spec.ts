import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOpenNotice, startTestApp, type NoticeFixture, type TestApp } from '../../support/testkit/index.js';

let t: TestApp;
let fx: NoticeFixture;
beforeAll(async () => {
  t = await startTestApp();
  fx = await seedOpenNotice(t);
  t.clock.set('2026-03-03');
});
afterAll(async () => { await t.close(); });

const QUERY = `query Notice($id: ID!) { notice(id: $id) { title entries { nodes { candidateName commentCount } } } }`;

/** A GET request as a CDN or browser would send it (Apollo wants a preflight header on GET, against CSRF). */
function get(cookie = '') {
  const url = new URL('/graphql', t.url);
  url.searchParams.set('query', QUERY);
  url.searchParams.set('variables', JSON.stringify({ id: fx.notice }));
  return fetch(url, { headers: { 'apollo-require-preflight': 'true', ...(cookie ? { cookie } : {}) } });
}

describe('HTTP caching of public reads', () => {
  it('an anonymous GET of a notice is cacheable by shared caches', async () => {
    const response = await get();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=30');
    expect(response.headers.get('vary')).toMatch(/cookie/i);
    expect((await response.json()).data.notice.title).toBe('朝阳区2026年北京市劳动模范推荐人选公示');
  });

  it('a request carrying a session cookie is never cacheable', async () => {
    const me = await t.as('public');
    const response = await get(me.cookieHeader);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  it('a POST is not cached', async () => {
    const response = await fetch(new URL('/graphql', t.url), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY, variables: { id: fx.notice } }),
    });
    // The same public read as the GET above, answered: a failed request is never cached whatever its method.
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.errors).toBeUndefined();
    expect(body.data.notice.title).toBe('朝阳区2026年北京市劳动模范推荐人选公示');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
