import { baseCompile } from '@intlify/message-compiler'
import type { Plugin } from 'vite'

/** Characters of vue-i18n's message syntax (placeholders, linked messages, plural cases, modulo). */
const SYNTAX = /[{}@|%]/

/**
 * Precompiles the messages of `src/locales/*.json` at build time, so the browser and the server render run
 * vue-i18n without its message compiler (`__INTLIFY_DROP_MESSAGE_COMPILER__`, ~6 KB compressed saved).
 * A message with placeholders, links or plural cases becomes vue-i18n's minified message AST, which its
 * runtime formats; a plain text stays a string, which the runtime returns as it is. The result is still
 * JSON (the AST is plain data), so Vite's JSON handling and tree-shaking of top-level keys are unchanged.
 * (@intlify/unplugin-vue-i18n does the same; this is the part of it the app needs, without its wider
 * dependency tree.)
 */
export function i18nMessages(): Plugin {
  return {
    name: 'laomo:i18n-messages',
    enforce: 'pre',
    transform(code, id) {
      const match = /\/src\/locales\/([\w-]+)\.json$/.exec(id)
      if (!match) return null
      const locale = match[1]!
      const compile = (value: unknown, path: string): unknown => {
        if (typeof value === 'string') {
          if (!SYNTAX.test(value)) return value
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
      return { code: JSON.stringify(compile(JSON.parse(code), '')), map: null }
    },
  }
}
