import vue from '@vitejs/plugin-vue'
import { defineProject } from 'vitest/config'
import { i18nMessages } from './i18nMessages'

// Used by `vitest run --root web`, `--config web/vitest.config.ts` and the root `projects` list;
// the root is this folder whichever way it is called.
export default defineProject({
  root: new URL('.', import.meta.url).pathname,
  plugins: [i18nMessages({ precompile: false }), vue()],
  resolve: {
    alias: [{ find: /^~\//, replacement: new URL('./src/', import.meta.url).pathname }],
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  test: {
    name: 'web',
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/testing/allMessages.ts'],
    // Mounting naive-ui components takes seconds on a loaded two-core machine; 5 s was not enough.
    testTimeout: 30_000,
  },
})
