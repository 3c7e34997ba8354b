import vue from '@vitejs/plugin-vue'
import { defineProject } from 'vitest/config'

// Used by `vitest run --root web` and by the root `projects` list.
export default defineProject({
  plugins: [vue()],
  resolve: {
    alias: [{ find: /^~\//, replacement: new URL('./src/', import.meta.url).pathname }],
  },
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  test: {
    name: 'web',
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
  },
})
