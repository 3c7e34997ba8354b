import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Session } from './session.entity.js';
import { Account } from './account.entity.js';
import { entityColumns, mapRow, sendStatement } from '../../common/raw-read.js';
import { RoleGrant } from './role-grant.entity.js';
import { ViewerState, type Grant } from './viewer-state.js';
import type { Services } from '../../services.js';
import type { Locale } from '../../common/i18n/locale.js';

export const SESSION_COOKIE = 'laomo_session';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

let viewerSql: string | undefined;
/**
 * Who asks, in one statement: the session's account with its grants (and their organizations' paths)
 * aggregated beside it. Every signed-in request pays for this, a vote in a burst included, so it is one
 * round trip rather than the session and then the grants.
 */
export async function viewerFromRequest(em: EntityManager, req: Request, services: Services): Promise<ViewerState> {
  const tokenHash = currentSessionHash(req);
  if (!tokenHash) return ViewerState.anonymous();
  // The account's columns by name, not `a.*`: the statement is prepared (common/raw-read.ts `sendStatement`).
  viewerSql ??= `select ${entityColumns(em, Account).map((c) => `a.${c}`).join(', ')},
       coalesce((select json_agg(json_build_object('role', g.role, 'organizationId', g.organization_id, 'path', o.path))
       from role_grant g left join organization o on o.id = g.organization_id where g.account_id = a.id), '[]') as grants
     from session s join account a on a.id = s.account_id where s.token_hash = ? and s.expires_at > ?`;
  const [row] = await sendStatement<Record<string, unknown> & { grants: Grant[] }>(em, viewerSql, [tokenHash, services.wallClock.now()],
    { onItsOwn: true },
  );
  if (!row) return ViewerState.anonymous();
  const { grants, ...accountRow } = row;
  const account = mapRow(em, Account, accountRow);
  if (account.disabled) return ViewerState.anonymous();
  return new ViewerState(account, account.mustChangePassword ? [] : grants);
}

/** The stored hash of this request's session token, if it carries one. */
export function currentSessionHash(req: Request): string | null {
  const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
  return token && token.length <= 100 ? sha256(token) : null;
}

/**
 * The viewer of a signed-in account. An account that must set its own password acts with no role
 * until it has: it may read what anyone may and change its password, nothing more.
 */
export async function viewerOf(em: EntityManager, account: Account): Promise<ViewerState> {
  if (account.mustChangePassword) return new ViewerState(account, []);
  const grants = await em.find(RoleGrant, { account }, { populate: ['organization'] });
  const mapped: Grant[] = grants.map((g) => ({
    role: g.role,
    organizationId: g.organization?.id ?? null,
    path: g.organization?.getEntity().path ?? null,
  }));
  return new ViewerState(account, mapped);
}

/** What a later module does when someone signs in or registers in a UI language (modules/index.ts provides it). */
type SessionStarted = (em: EntityManager, accountId: string, locale: Locale) => Promise<void>;
let sessionStarted: SessionStarted = async () => {};

export function provideSessionStarted(hook: SessionStarted): void {
  sessionStarted = hook;
}

/** Signs the account in (registration and password reset included), in the language the caller reads now. */
export async function startSession(em: EntityManager, res: Response, account: Account, services: Services, locale: Locale): Promise<void> {
  await sessionStarted(em, account.id, locale);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(services.wallClock.now().getTime() + services.config.sessionDays * 86_400_000);
  em.create(Session, { tokenHash: sha256(token), account, expiresAt });
  account.lastSignedInAt = services.wallClock.now();
  await em.flush();
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: services.config.env === 'production',
    expires: expiresAt,
    path: '/',
  });
}

export async function endSession(em: EntityManager, req: Request, res: Response): Promise<void> {
  const tokenHash = currentSessionHash(req);
  if (tokenHash) await em.nativeDelete(Session, { tokenHash });
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}
