import type { ErrorRequestHandler } from 'express';
import { CommonError } from '../common/errors/catalogue.js';
import { translate } from '../common/i18n/messages.js';
import { localeFromHeader } from '../common/i18n/locale.js';
import { faultForLog } from '../common/errors/fault-log.js';

/** Connection-level failures (server down, restarting, refused): the client may simply retry. */
const DATABASE_DOWN = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006']);

export function isDatabaseDown(error: unknown): boolean {
  for (let e: any = error, depth = 0; e && depth < 5; e = e.cause ?? e.previous, depth++) {
    if (DATABASE_DOWN.has(e.code)) return true;
    if (typeof e.message === 'string' && /Connection terminated|Timeout acquiring a connection|connect ECONNREFUSED/.test(e.message)) return true;
  }
  return false;
}

/**
 * The last Express handler: an unexpected error becomes a plain JSON answer with a stable code and a
 * message in the caller's language. Never a stack trace, in any mode; the details go to the log only.
 */
export const faultHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const down = isDatabaseDown(error);
  console.error(`[laomo] ${req.method} ${req.path} failed:`, down ? String((error as Error)?.message ?? error) : faultForLog(error));
  if (res.headersSent) return void res.end();
  // A malformed body (bad JSON, too large) is the client's fault and keeps its 4xx status.
  const given = (error as { status?: unknown })?.status;
  const status = down ? 503 : typeof given === 'number' && given >= 400 && given < 500 ? given : 500;
  const code = down ? CommonError.DatabaseUnavailable : status === 404 ? CommonError.NotFound : status < 500 ? CommonError.Invalid : CommonError.Internal;
  if (down) res.setHeader('Retry-After', '5');
  res.status(status).json({ code, message: translate(localeFromHeader(req.headers['accept-language']), code) });
};
