import { watchEffect } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRoute } from 'vue-router'

/** Keeps `document.title` on the page's title, also after a language switch. */
export function useDocumentTitle(): void {
  // A server render writes the title into the page's head itself (entry-server.ts).
  if (import.meta.env.SSR) return
  const { t } = useI18n()
  const route = useRoute()
  watchEffect(() => {
    const product = t('app.name')
    document.title = route.meta.title ? `${t(route.meta.title)} · ${product}` : product
  })
}
