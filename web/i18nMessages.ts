import { baseCompile } from '@intlify/message-compiler'
import type { Plugin } from 'vite'

/**
 * The top-level message groups of the public pages (the layout and the pages the server renders, with everything
 * they import; `src/modules/i18n.ts` names those pages): `import … from '~/locales/zh-CN.json?public'` holds
 * these only, so a visitor's first page does not carry the messages of the forms, the account pages and the
 * staff area (about half of them).
 */
export const PUBLIC_NAMESPACES = [
  'app', 'comment', 'common', 'enum', 'errors', 'footer', 'home', 'modelWorker', 'myAccount', 'nav', 'notFound', 'notice', 'notification',
  'objection', 'studio', 'suggestion', 'vote',
]

/** Characters of vue-i18n's message syntax (placeholders, linked messages, plural cases, modulo). */
const SYNTAX = /[{}@|%]/

/**
 * Precompiles the messages of `src/locales/*.json` at build time, so the browser and the server render run
 * vue-i18n without its message compiler (`__INTLIFY_DROP_MESSAGE_COMPILER__`, ~6 KB compressed saved).
 * A message with placeholders, links or plural cases becomes vue-i18n's minified message AST, which its
 * runtime formats; a plain text stays a string, which the runtime returns as it is. The result is still
 * JSON (the AST is plain data), so Vite's JSON handling and tree-shaking of top-level keys are unchanged.
 * The unit tests (`precompile: false`) keep the texts as they are and only pick the public groups.
 * (@intlify/unplugin-vue-i18n does the same; this is the part of it the app needs, without its wider
 * dependency tree.)
 */
export function i18nMessages({ precompile = true }: { precompile?: boolean } = {}): Plugin {
  return {
    name: 'laomo:i18n-messages',
    enforce: 'pre',
    transform(code, id) {
      const match = /\/src\/locales\/([\w-]+)\.json(\?public)?$/.exec(id)
      if (!match || (!precompile && !match[2])) return null
      const locale = match[1]!
      const messages = JSON.parse(code) as Record<string, unknown>
      const wanted = match[2] ? Object.fromEntries(PUBLIC_NAMESPACES.map((key) => [key, messages[key]])) : messages
      const compile = (value: unknown, path: string): unknown => {
        if (typeof value === 'string') {
          if (!precompile || !SYNTAX.test(value)) return value
          const errors: string[] = []
          const { ast } = baseCompile(value, { jit: true, location: false, minify: true, onError: (error) => errors.push(error.message) })
          if (errors.length > 0) this.error(`${locale} message ${path}: ${errors.join('; ')}`)
          // The runtime keeps each formatted message under its cache key.
          return { ...ast, cacheKey: `${locale}:${path}` }
        }
        if (value && typeof value === 'object') {
          return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, compile(inner, path ? `${path}.${key}` : key)]))
        }
        return value
      }
      const json = JSON.stringify(compile(wanted, ''))
      // A file with a query is not JSON to the bundler any more: the group becomes a module of its own.
      return { code: match[2] ? `export default JSON.parse(${JSON.stringify(json)})\n` : json, map: null }
    },
  }
}
