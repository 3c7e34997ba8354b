import urql, { Client, cacheExchange, fetchExchange } from '@urql/vue'
import { currentLocale } from './i18n'
import type { UserModule } from './types'

/**
 * One client for the app. The session lives in an HttpOnly cookie, so requests carry
 * credentials and never a token. Every request is a POST with `apollo-require-preflight`,
 * which Apollo Server's CSRF prevention requires of non-simple requests.
 */
export const graphqlClient = new Client({
  url: '/graphql',
  preferGetMethod: false,
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
