import urql, { Client, cacheExchange, fetchExchange } from '@urql/vue'
import { currentLocale } from './i18n'
import type { UserModule } from './types'

/**
 * One client for the app. The session lives in an HttpOnly cookie, so requests carry
 * credentials and never a token. Queries go out as GET (so an anonymous visitor's public reads can be
 * cached by HTTP; the server marks anything read with a session `private, no-store`), mutations as
 * POST; every request carries `apollo-require-preflight`, which Apollo Server's CSRF prevention
 * requires.
 */
export const graphqlClient = new Client({
  url: '/graphql',
  preferGetMethod: 'within-url-limit',
  // Lists are scoped to the signed-in roles: show the cache at once, then refresh from the server.
  requestPolicy: 'cache-and-network',
  exchanges: [cacheExchange, fetchExchange],
  fetchOptions: () => ({
    credentials: 'include',
    headers: {
      'apollo-require-preflight': 'true',
      'Accept-Language': currentLocale(),
    },
  }),
})

export const install: UserModule = (app) => {
  app.use(urql, graphqlClient)
}
