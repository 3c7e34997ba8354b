import type { Request } from 'express';
import { SESSION_COOKIE } from '../modules/account/session.service.js';

/**
 * What could be a public read of the API: a GET without a session cookie that passes Apollo's CSRF
 * prevention (it names a preflight header). Such a request never writes and never waits on another one,
 * so it may be cached (public-read-cache.ts) and queued (public-read-admission.ts).
 */
export function isAnonymousGraphqlGet(req: Request): boolean {
  return req.method === 'GET' && !req.cookies?.[SESSION_COOKIE] && Boolean(req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name']);
}
