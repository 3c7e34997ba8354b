import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vite'
import { graphqlDocuments } from './graphqlDocuments'
import { i18nMessages } from './i18nMessages'
import { precompress } from './precompress'

/**
 * Fewer, larger chunks where a phone's first page needs them together (each request costs its headers, and one
 * compressed stream compresses better than several): everything the app starts with is one chunk (Vite would cut
 * the framework, the messages and its helpers into several), and the notice page with its parts is another.
 */
const CHUNK_GROUPS = [
  // Less the whole message files: i18n.ts names them statically for their type, and loads them on first use.
  { name: 'app', tags: ['$initial' as const], test: (id: string) => !/[\\/]locales[\\/][\w-]+\.json$/.test(id) },
  {
    name: 'notice',
    test: /[\\/]src[\\/](pages[\\/]notice[\\/]NoticePage|components[\\/](notice[\\/](NoticeEntryCard|NoticeCountdown|noticeDocuments)|vote[\\/](VoteButton|voteDocuments)|app[\\/]AppConnectionPager)|composables[\\/]cursorPager)\b/,
  },
]

export default defineConfig(({ command, isSsrBuild }) => ({
  plugins: [graphqlDocuments(), i18nMessages(), vue(), precompress()],
  resolve: {
    // `~/` is `src/`; a root-relative replacement needs no Node path helpers.
    alias: [{ find: /^~\//, replacement: '/src/' }],
  },
  define: {
    // vue-i18n's compile-time flags: Composition API only (no `<i18n-t>` components or `v-t`: the app uses `t`), no devtools in production.
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    // The messages are precompiled (i18nMessages.ts): the browser build leaves vue-i18n's message compiler out.
    // The server render and the dev server keep it (it takes the precompiled messages as well, and compiles the
    // plain texts without warning that it cannot).
    __INTLIFY_DROP_MESSAGE_COMPILER__: command === 'build' && !isSsrBuild,
  },
  server: {
    proxy: {
      '/graphql': { target: 'http://localhost:4000', changeOrigin: false },
    },
  },
  // The server render (src/entry-server.ts) is one file that needs nothing from web/node_modules at run time.
  ssr: { noExternal: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Which files each source module needs, so that a server-rendered page links its CSS and chunks (server/src/web-pages.ts),
    // and (the client manifest) which chunks each chunk imports, so that it preloads those too.
    ssrManifest: true,
    manifest: !isSsrBuild,
    rolldownOptions: isSsrBuild ? {} : { output: { codeSplitting: { groups: CHUNK_GROUPS } } },
  },
}))
