import { setup as naiveStyles } from '@css-render/vue3-ssr'
import { createPinia } from 'pinia'
import { createSSRApp } from 'vue'
import { renderToString } from 'vue/server-renderer'
import { createMemoryHistory } from 'vue-router'
import type { Operation } from '@urql/vue'
import App from './App.vue'
import zhCN from './locales/zh-CN.json'
import { createAppI18n } from './modules/i18n'
import { createAppRouter } from './modules/router'
import { installClient, serverRenderClient, SSR_DATA_KEY } from './modules/urql'

/**
 * The public pages rendered on the server (the build's SSR entry; server/src/web-pages.ts calls `render`).
 * A phone on a slow network shows the page as soon as the HTML is there instead of after the scripts, the
 * session and the page's query; the browser then hydrates the same markup with the same answers.
 */

/** Pages anyone reads; everything else (forms, personal and staff pages) stays rendered in the browser. */
const SERVER_RENDERED = new Set(['home', 'notices', 'notice', 'notice-entry', 'studios', 'studio', 'suggestions', 'model-workers', 'model-worker'])

/** A page whose queries lead to further queries is rendered again, at most this often. */
const MAX_PASSES = 3

export interface ServerPage {
  /** The app's markup, for the page's `#app`. */
  html: string
  /** What goes into `<head>`: the page's title, naive-ui's styles and the answers the page was rendered from. */
  head: string
  /** The source modules the page rendered (keys of the client build's `.vite/ssr-manifest.json`): their CSS and chunks. */
  modules: string[]
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)
// `<` escaped so that no answer can close the script it is carried in.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c')

/**
 * Renders `url` for an anonymous visitor in Chinese, reading the API at `graphqlUrl`; undefined for a page
 * that is not rendered on the server.
 */
export async function render(url: string, graphqlUrl: string): Promise<ServerPage | undefined> {
  const router = createAppRouter(createMemoryHistory())
  // Decided before any page's code is loaded: a page not rendered here costs nothing.
  if (!SERVER_RENDERED.has(String(router.resolve(url).name))) return undefined
  await router.push(url)
  await router.isReady()
  const route = router.currentRoute.value
  if (!SERVER_RENDERED.has(String(route.name))) return undefined

  const waiting = new Map<number, Operation>()
  const { client, answers } = serverRenderClient(graphqlUrl, (operation) => waiting.set(operation.key, operation))
  const i18n = createAppI18n(zhCN)
  const renderPass = async () => {
    const app = createSSRApp(App)
    app.use(i18n)
    app.use(createPinia())
    app.use(router)
    installClient(client)(app)
    const styles = naiveStyles(app)
    const context: { modules?: Set<string> } = {}
    const html = await renderToString(app, context)
    return { html, styles: styles.collect(), modules: [...(context.modules ?? [])] }
  }

  // A pass starts the queries the page asks; their answers fill the cache, and the next pass renders with them.
  let page = await renderPass()
  for (let pass = 1; pass < MAX_PASSES && waiting.size > 0; pass += 1) {
    const asked = [...waiting.values()]
    waiting.clear()
    await Promise.all(asked.map((operation) => client.executeRequestOperation(operation).toPromise()))
    page = await renderPass()
  }

  const { t } = i18n.global
  const product = t('app.name')
  const title = route.meta.title ? `${t(route.meta.title)} · ${product}` : product
  const head = [
    `<title>${escapeHtml(title)}</title>`,
    page.styles,
    `<script>window.${SSR_DATA_KEY}=${scriptJson(answers.extractData())}</script>`,
  ].join('\n')
  return { html: page.html, head, modules: page.modules }
}
