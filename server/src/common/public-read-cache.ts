import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { isAnonymousGraphqlGet } from './anonymous-read.js';
import { localeFromHeader } from './i18n/locale.js';
import type { DatabaseChanges } from './database-changes.js';

/**
 * An answer as it goes on the wire: its bytes and ETag kept when stored, and each compressed form
 * made once, at the first reader who takes it. Before, every hit went through `res.send`, which turned the
 * string into a new buffer, hashed it for the ETag and (for a browser) compressed it again: at thousands of
 * hits a second those copies, ~60 KB each, were most of the process's memory peak (bench/README.md).
 */
interface CachedAnswer {
  contentType: string;
  cacheControl: string;
  body: Buffer;
  /** The ETag Express gave the answer when it was computed (none when ETags are turned off). */
  etag?: string;
  br?: Buffer;
  gzip?: Buffer;
}

/** The compressed forms of an answer, counted in its size up front: they are a fraction of it. */
const COMPRESSED_SHARE = 0.5;

function answerOf(body: string, contentType: string, cacheControl: string, etag: unknown): CachedAnswer {
  return { contentType, cacheControl, body: Buffer.from(body), etag: typeof etag === 'string' ? etag : undefined };
}

/** The form the reader takes: brotli, gzip or none; made at the first reader who takes it, kept with the answer. */
function encoded(answer: CachedAnswer, req: Request): { encoding?: 'br' | 'gzip'; bytes: Buffer } {
  // Brotli whenever the reader takes it at all: browsers list it after gzip with the same weight.
  const accepted = req.acceptsEncodings();
  // Quality 5: ~the size of gzip -9 for a tenth of brotli's default time; it is made once per answer anyway.
  if (accepted.includes('br')) return { encoding: 'br', bytes: (answer.br ??= brotliCompressSync(answer.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } })) };
  if (accepted.includes('gzip')) return { encoding: 'gzip', bytes: (answer.gzip ??= gzipSync(answer.body)) };
  return { bytes: answer.body };
}

export interface PublicReadCacheOptions {
  /** Bytes the cached answers may take together. */
  maxBytes?: number;
  /** How long an answer may be served at most, whatever happens (the countdown moves with the day). */
  maxAgeMs?: number;
  /** The app's clock: an answer belongs to the minute it was computed in (a test or demo clock may jump). */
  now?: () => Date;
}

/**
 * laomo's own cache of public reads: the answers of anonymous GraphQL GETs that the HTTP cache policy
 * (http-cache.ts) marked `public`, kept in this process and served without running the query again.
 *
 * Every instance keeps its own copy and stays correct because the database tells them all of every write
 * (database-changes.ts): each instance empties its cache when it hears one — a comment, a vote, a hidden
 * comment or a new notice shows on every instance within milliseconds. While the listening connection is
 * down nothing is cached, since a change could go unheard. Requests with a session cookie never touch the cache, so a
 * signed-in view is never stored nor served to someone else.
 */
export class PublicReadCache {
  private readonly answers: LRUCache<string, CachedAnswer>;
  /** Bumped at every change heard, so an answer computed before a change is not stored after it. */
  private generation = 0;

  constructor(private readonly changes: DatabaseChanges, private readonly options: PublicReadCacheOptions = {}) {
    this.answers = new LRUCache<string, CachedAnswer>({
      maxSize: options.maxBytes ?? 32 * 1024 * 1024,
      sizeCalculation: (answer) => Math.ceil(answer.body.length * (1 + COMPRESSED_SHARE)) + 200,
      ttl: options.maxAgeMs ?? 30_000,
    });
    changes.subscribe(() => this.clear());
  }

  clear(): void {
    this.generation++;
    this.answers.clear();
  }

  /** Express middleware for `/graphql`, placed before Apollo. */
  readonly middleware = (req: Request, res: Response, next: NextFunction): void => {
    if (!isAnonymousGraphqlGet(req) || !this.changes.listening) return next();
    const minute = Math.floor((this.options.now?.() ?? new Date()).getTime() / 60_000);
    const key = `${minute} ${localeFromHeader(req.headers['accept-language'])} ${req.originalUrl}`;
    const hit = this.answers.get(key);
    if (hit) {
      const { encoding, bytes } = encoded(hit, req);
      res.status(200).set({ 'content-type': hit.contentType, 'cache-control': hit.cacheControl, vary: 'cookie, accept-language, accept-encoding', 'x-laomo-cache': 'hit' });
      if (hit.etag) res.set('etag', hit.etag);
      // A revalidation of the same answer gets 304 with no body, as res.send would have done.
      if (req.fresh) {
        res.status(304).end();
        return;
      }
      // Already encoded: the compression middleware leaves it as it is.
      if (encoding) res.set('content-encoding', encoding);
      res.set('content-length', String(bytes.length)).end(bytes);
      return;
    }
    const generation = this.generation;
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const cacheControl = String(res.getHeader('cache-control') ?? '');
      const storable = res.statusCode === 200 && cacheControl.startsWith('public') && typeof body === 'string' && generation === this.generation && this.changes.listening;
      const contentType = String(res.getHeader('content-type') ?? 'application/json');
      res.set('x-laomo-cache', 'miss');
      const sent = send(body);
      // After the send, which gave the answer Express's own ETag: the hits carry that one.
      if (storable) this.answers.set(key, answerOf(body as string, contentType, cacheControl, res.getHeader('etag')));
      return sent;
    };
    next();
  };
}
