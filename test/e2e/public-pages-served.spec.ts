import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { useBrowserApp } from '../support/browser-app.js';
import { webDist } from '../support/browser.js';
import { pageText, sees } from '../support/pages.js';
import { seedOpenNotice, type NoticeFixture } from '../support/testkit/index.js';

const app = useBrowserApp();
let fx: NoticeFixture;

beforeAll(async () => {
  fx = await seedOpenNotice(app.t, { candidates: 3 });
  app.t.clock.set('2026-03-03');
  // The first render of a fresh server loads the page's code: on a busy machine that may exceed the time the
  // server gives a render, and the page then falls back to the browser (which is what it should do).
  await get('/notices');
});

/** The bytes as they come over the wire (fetch would decompress them), and their text. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; header: (name: string) => string | undefined; bytes: number; text: string }> {
  return new Promise((resolve, reject) => {
    http.get(`${app.t.url}${path}`, { headers: { 'accept-encoding': 'br, gzip', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const text = (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body).toString('utf8');
        resolve({ status: res.statusCode ?? 0, header: (name) => res.headers[name.toLowerCase()]?.toString(), bytes: body.length, text });
      });
    }).on('error', reject);
  });
}

describe('the public pages as the server sends them', () => {
  it('renders the notice into its HTML, with the answers the browser hydrates from, compressed and revalidated', async () => {
    const { status, header, text } = await get(`/notices/${fx.notice}`);
    expect(status).toBe(200);
    expect(header('content-encoding')).toBe('br');
    expect(header('cache-control')).toBe('no-cache');
    // The notice's content is in the HTML itself, before any script runs.
    const appMarkup = text.slice(text.indexOf('<div id="app" data-server-rendered>'));
    expect(appMarkup).toContain('朝阳区2026年北京市劳动模范推荐人选公示');
    expect(appMarkup).toContain('王建国');
    expect(appMarkup).toContain('010-8599 0000');
    expect(text).toContain('<title>公示 · ');
    expect(text).toContain('window.__LAOMO_SSR_DATA__=');
    // The page's styles come with the markup, so nothing moves when the scripts take over: the notice is built of
    // plain components (its own CSS), a page of naive-ui components carries naive-ui's styles.
    expect(text).toMatch(/<style data-href="[^"]+\.css">[^<]*\.notice-entry-card/);
    expect(text).not.toMatch(/<style cssr-id="/);
    expect((await get('/notices')).text).toMatch(/<style cssr-id="/);
  });

  it('leaves a signed-in visitor\'s page and the staff area to the browser', async () => {
    const signedIn = await get(`/notices/${fx.notice}`, { cookie: 'laomo_session=anything' });
    expect(signedIn.text).toContain('<div id="app"></div>');
    expect(signedIn.text).not.toContain('王建国');
    const staff = await get('/staff');
    expect(staff.text).toContain('<div id="app"></div>');
  });

  it('preloads every chunk a rendered page needs, the chunks its chunks import included, so hydration waits on no chain', async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(webDist, '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string; imports?: string[] }>;
    const { text } = await get('/studios');
    const preloaded = new Set([...text.matchAll(/<link rel="modulepreload" crossorigin href="\/?([^"]+)">/g)].map((m) => m[1]));
    const entry = /<script type="module" crossorigin src="\/?([^"]+)">/.exec(text)?.[1];
    // The studios page is naive-ui's: its chunks come with shared chunks of their own.
    expect([...preloaded].some((file) => file.includes('NaiveRoot'))).toBe(true);
    for (const chunk of Object.values(manifest).filter((c) => preloaded.has(c.file))) {
      for (const imported of (chunk.imports ?? []).map((key) => manifest[key].file)) {
        expect(preloaded.has(imported) || imported === entry, `${chunk.file} imports ${imported}`).toBe(true);
      }
    }
  });

  it('serves hashed assets compressed, cached for a year and immutable', async () => {
    const { text } = await get('/');
    const script = /src="(\/assets\/index-[^"]+\.js)"/.exec(text)?.[1];
    expect(script).toBeDefined();
    const asset = await get(script!);
    expect(asset.status).toBe(200);
    expect(asset.header('content-encoding')).toBe('br');
    expect(asset.header('cache-control')).toBe('public, max-age=31536000, immutable');
    // The build's own brotli at the highest quality, sent as it is (not the middleware's on-the-fly quality 4).
    expect(Number(asset.header('content-length'))).toBe(fs.statSync(path.join(webDist, `${script!}.br`)).size);
    expect(asset.header('vary')).toMatch(/accept-encoding/i);
    // A client without brotli gets gzip.
    expect((await get(script!, { 'accept-encoding': 'gzip' })).header('content-encoding')).toBe('gzip');
    // Stylesheets too (the largest: compression leaves answers under 1 kB as they are).
    const largestCss = fs.readdirSync(path.join(webDist, 'assets')).filter((f) => f.endsWith('.css'))
      .sort((a, b) => fs.statSync(path.join(webDist, 'assets', b)).size - fs.statSync(path.join(webDist, 'assets', a)).size)[0];
    const css = await get(`/assets/${largestCss}`);
    expect(css.header('content-encoding')).toBe('br');
    expect(css.header('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers the API compressed', async () => {
    const fields = 'id position status candidateName gender employerName post honorName honorsHeld publicSummary commentCount';
    const query = encodeURIComponent(`{ notice(id: "${fx.notice}") { title objectionContact entries(first: 50) { nodes { ${fields} } } } }`);
    const { header, text } = await get(`/graphql?query=${query}`, { 'apollo-require-preflight': 'true' });
    expect(header('content-encoding')).toBe('br');
    expect(JSON.parse(text).data.notice.title).toBe('朝阳区2026年北京市劳动模范推荐人选公示');
  });

  it('hydrates the rendered notice without a mismatch: links, printing and the English switch work', async () => {
    const page = await app.browser.page({ phone: true, baseURL: app.t.url });
    const errors: string[] = [];
    page.on('console', (message) => { if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text()); });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/notices/${fx.notice}`);
    await sees(page, '如何反映异议');
    // The app has taken the markup over: the language switch in the menu re-renders the page in English.
    await page.waitForFunction(() => (document.getElementById('app') as { __vue_app__?: unknown } | null)?.__vue_app__ !== undefined);
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '语言' }).click();
    await sees(page, 'How to object');
    await page.keyboard.press('Escape');
    expect(await pageText(page)).toContain('王建国');
    await page.getByRole('link', { name: '1. 王建国' }).click();
    await sees(page, '王建国');
    await expect.poll(() => page.url()).toContain(`/candidates/${fx.entries[0]}`);
    expect(errors.filter((e) => /hydrat|mismatch/i.test(e))).toEqual([]);
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
  });
});
