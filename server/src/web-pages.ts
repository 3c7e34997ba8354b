import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import express, { type Request, type Response, type Router } from 'express';
import { LRUCache } from 'lru-cache';
import { SESSION_COOKIE } from './modules/account/session.service.js';
import type { DatabaseChanges } from './common/database-changes.js';

/** What the web build's server entry (web/src/entry-server.ts) exports. */
interface ServerEntry {
  render(url: string, graphqlUrl: string): Promise<{ html: string; head: string; modules: string[] } | undefined>;
}

/**
 * The build leaves each script and stylesheet also brotli-compressed at the highest quality (`<file>.br`,
 * web/precompress.ts): a browser that takes brotli gets that file as it is, ~13 % smaller than the compression
 * middleware's on-the-fly brotli (quality 4) and without compressing on every request. Others fall through to
 * the plain file, compressed on the fly as before.
 */
function precompressedAssets(assetsDir: string): express.RequestHandler {
  const available = new Set(fs.existsSync(assetsDir) ? fs.readdirSync(assetsDir).filter((name) => name.endsWith('.br')) : []);
  return (req, res, next) => {
    const name = req.path.slice(1);
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !available.has(`${name}.br`) || name.includes('/')) return next();
    res.vary('Accept-Encoding');
    if (!req.acceptsEncodings('br')) return next();
    res.setHeader('Content-Encoding', 'br');
    res.type(path.extname(name));
    res.sendFile(path.join(assetsDir, `${name}.br`), { maxAge: '1y', immutable: true, lastModified: true }, (error) => {
      if (error) next(error);
    });
  };
}

/** A render that takes longer than this is given up: the visitor gets the page rendered in the browser instead. */
const RENDER_TIMEOUT_MS = 5000;

/**
 * The web app's files and pages (web/dist, built by Vite). Hashed assets are cached for a year and immutable;
 * the page itself is revalidated each time. The public pages an anonymous visitor reads are rendered on the
 * server (web/dist-server, `vite build --ssr`), so a phone on a slow network sees the notice before the
 * scripts arrive; any page the server does not render, or a render that fails, is the app's empty page.
 */
export interface WebPagesOptions {
  warn: (message: string) => void;
  /**
   * When given, rendered pages are kept like the public API's answers (common/public-read-cache.ts): for the
   * minute (a countdown moves with the date), dropped on every committed public change any instance hears,
   * never while the change feed is down.
   */
  changes?: DatabaseChanges;
  now: () => Date;
}

export function webPages(webDist: string, options: WebPagesOptions): Router | undefined {
  const { warn, changes } = options;
  const indexFile = path.join(webDist, 'index.html');
  if (!fs.existsSync(indexFile)) return undefined;
  const template = fs.readFileSync(indexFile, 'utf8');
  const assets = new PageAssets(webDist);
  const serverEntryFile = path.join(webDist, '..', 'dist-server', 'entry-server.js');
  let serverEntry: Promise<ServerEntry | undefined> | undefined;
  const loadServerEntry = () => (serverEntry ??= fs.existsSync(serverEntryFile)
    ? (import(pathToFileURL(serverEntryFile).href) as Promise<ServerEntry>).catch((error: unknown) => {
      warn(`web pages: the server render could not be loaded, pages render in the browser: ${String(error)}`);
      return undefined;
    })
    : Promise.resolve(undefined));

  const rendered = new LRUCache<string, string>({ maxSize: 16 * 1024 * 1024, sizeCalculation: (html) => html.length * 2 + 100, ttl: 30_000 });
  let generation = 0;
  changes?.subscribe(() => {
    generation++;
    rendered.clear();
  });

  // Loaded now rather than on the first visitor's request.
  void loadServerEntry();

  const renderPage = async (req: Request, res: Response): Promise<string> => {
    // A signed-in visitor sees their own view (votes left, their vote): their page renders in the browser.
    const entry = req.cookies?.[SESSION_COOKIE] ? undefined : await loadServerEntry();
    if (!entry) return template;
    const key = `${Math.floor(options.now().getTime() / 60_000)} ${req.originalUrl}`;
    const kept = changes?.listening ? rendered.get(key) : undefined;
    if (kept) return kept;
    const since = generation;
    const html = await renderWith(entry, req, res);
    if (changes?.listening && since === generation && html !== template) rendered.set(key, html);
    return html;
  };

  const renderWith = async (entry: ServerEntry, req: Request, res: Response): Promise<string> => {
    try {
      const started = process.hrtime.bigint();
      const page = await withTimeout(entry.render(req.originalUrl, ownGraphqlUrl(req)), RENDER_TIMEOUT_MS);
      if (!page) return template;
      res.setHeader('server-timing', `render;dur=${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)}`);
      // The page's CSS comes inside the HTML: nothing blocks the first paint but the HTML itself.
      return assets.inlineStylesheets(template)
        .replace(/<title>[^<]*<\/title>/, '')
        .replace('</head>', `${assets.forModules(page.modules)}\n${page.head}\n</head>`)
        .replace('<div id="app"></div>', `<div id="app" data-server-rendered>${page.html}</div>`);
    } catch (error) {
      warn(`web pages: ${req.originalUrl} rendered in the browser, the server render failed: ${String(error)}`);
      return template;
    }
  };

  const router = express.Router();
  router.use('/assets', precompressedAssets(path.join(webDist, 'assets')));
  router.use('/assets', express.static(path.join(webDist, 'assets'), { index: false, maxAge: '1y', immutable: true, fallthrough: false }));
  router.use(express.static(webDist, { index: false, maxAge: '1h' }));
  // The web app routes in the browser (history API): every other GET is the app's page.
  router.get(/^\/(?!graphql|api\/).*/, (req, res, next) => {
    renderPage(req, res).then((html) => {
      res.setHeader('cache-control', 'no-cache');
      res.type('html').send(html);
    }, next);
  });
  return router;
}

/**
 * The built files a server-rendered page needs, from the client build's SSR manifest: the CSS of the modules it
 * rendered (inlined, so that it does not wait for a stylesheet behind the scripts on a slow line) and their
 * chunks (preloaded, so that hydration does not wait for a chain of imports).
 */
class PageAssets {
  private readonly manifest: Record<string, string[]>;
  /** Each built chunk's static imports (built files, from the root), from the client manifest. */
  private readonly imports = new Map<string, string[]>();
  private readonly texts = new Map<string, string>();

  constructor(private readonly webDist: string) {
    const read = <T>(name: string, empty: T): T => {
      const file = path.join(webDist, '.vite', name);
      return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as T) : empty;
    };
    this.manifest = read<Record<string, string[]>>('ssr-manifest.json', {});
    const chunks = read<Record<string, { file: string; imports?: string[] }>>('manifest.json', {});
    // Named as the SSR manifest names them: from the site's root (the app is served at `/`).
    const served = (file: string) => `/${file}`;
    for (const chunk of Object.values(chunks)) {
      this.imports.set(served(chunk.file), (chunk.imports ?? []).flatMap((key) => (chunks[key] ? [served(chunks[key].file)] : [])));
    }
  }

  forModules(modules: string[]): string {
    const files = new Set(modules.flatMap((module) => this.manifest[module] ?? []));
    // A chunk's own imports too (a shared chunk of naive-ui behind the page's components): the browser fetches them
    // all at once instead of learning of each only when the one before has arrived, and hydration starts sooner.
    for (const file of files) for (const imported of this.imports.get(file) ?? []) files.add(imported);
    return [...files].map((file) => (file.endsWith('.css')
      ? this.style(file)
      : file.endsWith('.js') ? `<link rel="modulepreload" crossorigin href="${file}">` : '')).join('');
  }

  /** The template's own stylesheet links, as styles. */
  inlineStylesheets(html: string): string {
    return html.replace(/<link rel="stylesheet" crossorigin href="([^"]+\.css)">/g, (_link, file: string) => this.style(file));
  }

  private style(file: string): string {
    let text = this.texts.get(file);
    if (text === undefined) {
      const built = path.join(this.webDist, file);
      // A name outside web/dist is never read (the manifest is the build's own, but the path is joined all the same).
      text = built.startsWith(this.webDist + path.sep) && fs.existsSync(built) ? fs.readFileSync(built, 'utf8').replace(/<\/style/gi, '<\\/style') : '';
      this.texts.set(file, text);
    }
    return `<style data-href="${file}">${text}</style>`;
  }
}

/** This server's own API, over the connection the request came in on (never a host the request names). */
function ownGraphqlUrl(req: Request): string {
  const { localAddress, localPort } = req.socket;
  const host = !localAddress || localAddress === '::' || localAddress === '0.0.0.0' ? '127.0.0.1' : localAddress.replace(/^::ffff:/, '');
  return `http://${host.includes(':') ? `[${host}]` : host}:${localPort}/graphql`;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
