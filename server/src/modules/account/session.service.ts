import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Session } from './session.entity.js';
import { Account } from './account.entity.js';
import { RoleGrant } from './role-grant.entity.js';
import { ViewerState, type Grant } from './viewer-state.js';
import type { Services } from '../../services.js';

export const SESSION_COOKIE = 'laomo_session';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export async function viewerFromRequest(em: EntityManager, req: Request, services: Services): Promise<ViewerState> {
  const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
  if (!token || token.length > 100) return ViewerState.anonymous();
  const session = await em.findOne(Session, { tokenHash: sha256(token), expiresAt: { $gt: services.wallClock.now() } }, {
    populate: ['account'],
  });
  const account = session?.account.getEntity();
  if (!account || account.disabled) return ViewerState.anonymous();
  return viewerOf(em, account);
}

export async function viewerOf(em: EntityManager, account: Account): Promise<ViewerState> {
  const grants = await em.find(RoleGrant, { account }, { populate: ['organization'] });
  const mapped: Grant[] = grants.map((g) => ({
    role: g.role,
    organizationId: g.organization?.id ?? null,
    path: g.organization?.getEntity().path ?? null,
  }));
  return new ViewerState(account, mapped);
}

export async function startSession(em: EntityManager, res: Response, account: Account, services: Services): Promise<void> {
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
  const token = req.cookies?.[SESSION_COOKIE] as string | undefined;
  if (token) await em.nativeDelete(Session, { tokenHash: sha256(token) });
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}
