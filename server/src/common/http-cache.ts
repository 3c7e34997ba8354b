import type { ApolloServerPlugin } from '@apollo/server';
import { SESSION_COOKIE } from '../modules/account/session.service.js';
import type { Context } from '../context.js';

/** How long a shared cache may keep a public read: short, because counts and countdowns move. */
export const PUBLIC_MAX_AGE_SECONDS = 30;

const PUBLIC_READ = 'httpCachePublicRead';

/** Marks the request as a public read (a notice, its entries): cacheable when nobody is signed in. */
export function publicCache(ctx: Context): void {
  ctx.loaders.set(PUBLIC_READ, true);
}

/**
 * The Cache-Control of every GraphQL response, decided per request rather than per field: an
 * anonymous GET that only made public reads and had no errors is `public, max-age=…` (it is the same
 * for every anonymous caller); anything with a session cookie is `private, no-store`; the rest
 * `no-store`. Apollo's own header calculation is switched off in app.ts so this is the only one.
 */
export const httpCachePolicyPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response, request }) {
        const signedIn = Boolean(contextValue.req.cookies?.[SESSION_COOKIE]);
        const failed = response.body.kind === 'single' && Boolean(response.body.singleResult.errors?.length);
        const cacheable = !signedIn && !failed && request.http?.method === 'GET' && contextValue.loaders.has(PUBLIC_READ);
        response.http.headers.set('cache-control', signedIn ? 'private, no-store' : cacheable ? `public, max-age=${PUBLIC_MAX_AGE_SECONDS}` : 'no-store');
        response.http.headers.set('vary', 'cookie, accept-language');
      },
    };
  },
};
