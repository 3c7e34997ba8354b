import type { NextFunction, Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { SESSION_COOKIE } from '../modules/account/session.service.js';
import { localeFromHeader } from './i18n/locale.js';
import type { DatabaseChanges } from './database-changes.js';

interface CachedAnswer {
  status: number;
  contentType: string;
  cacheControl: string;
  body: string;
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
      sizeCalculation: (answer) => answer.body.length * 2 + 200,
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
    // Only what could be a public read: an anonymous GET that passes Apollo's CSRF prevention.
    const anonymousGet = req.method === 'GET' && !req.cookies?.[SESSION_COOKIE] && Boolean(req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name']);
    if (!anonymousGet || !this.changes.listening) return next();
    const minute = Math.floor((this.options.now?.() ?? new Date()).getTime() / 60_000);
    const key = `${minute} ${localeFromHeader(req.headers['accept-language'])} ${req.originalUrl}`;
    const hit = this.answers.get(key);
    if (hit) {
      res.status(hit.status).set({ 'content-type': hit.contentType, 'cache-control': hit.cacheControl, vary: 'cookie, accept-language', 'x-laomo-cache': 'hit' });
      res.send(hit.body);
      return;
    }
    const generation = this.generation;
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      const cacheControl = String(res.getHeader('cache-control') ?? '');
      if (res.statusCode === 200 && cacheControl.startsWith('public') && typeof body === 'string' && generation === this.generation && this.changes.listening) {
        this.answers.set(key, { status: 200, contentType: String(res.getHeader('content-type') ?? 'application/json'), cacheControl, body });
      }
      res.set('x-laomo-cache', 'miss');
      return send(body);
    };
    next();
  };
}
