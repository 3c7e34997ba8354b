import urql, { Client, cacheExchange, fetchExchange, mapExchange, ssrExchange, type Operation, type SSRData } from '@urql/vue'
import { currentLocale } from './i18n'
import type { UserModule } from './types'

/** Where a server-rendered page leaves the answers it was rendered from (see entry-server.ts). */
export const SSR_DATA_KEY = '__LAOMO_SSR_DATA__'

declare global {
  interface Window {
    [SSR_DATA_KEY]?: SSRData
  }
}

/**
 * A server-rendered page's answers, handed to the first render so that hydration finds the same data the server
 * rendered with and does not ask again; each answer is used once, later reads go to the server as usual.
 */
const serverAnswers = ssrExchange({
  isClient: true,
  initialState: typeof window === 'undefined' ? undefined : window[SSR_DATA_KEY],
})

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
  exchanges: [cacheExchange, serverAnswers, fetchExchange],
  fetchOptions: () => ({
    credentials: 'include',
    headers: {
      'apollo-require-preflight': 'true',
      'Accept-Language': currentLocale(),
    },
  }),
})

/**
 * The client of one server render: it reads the public API anonymously (the page is rendered for a visitor
 * without a session), in Chinese, and records every answer for the page it renders. `asked` hears of each
 * query the page asked and the cache could not answer yet.
 */
export function serverRenderClient(url: string, asked: (operation: Operation) => void): { client: Client; answers: ReturnType<typeof ssrExchange> } {
  const answers = ssrExchange({ isClient: false })
  const client = new Client({
    url,
    preferGetMethod: 'within-url-limit',
    requestPolicy: 'cache-first',
    exchanges: [cacheExchange, answers, mapExchange({ onOperation: (operation) => { if (operation.kind === 'query') asked(operation) } }), fetchExchange],
    fetchOptions: { headers: { 'apollo-require-preflight': 'true', 'Accept-Language': 'zh-CN' } },
  })
  return { client, answers }
}

export function installClient(client: Client): UserModule {
  return (app) => {
    app.use(urql, client)
  }
}

export const install: UserModule = installClient(graphqlClient)
