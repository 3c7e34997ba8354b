import { createRouter, createWebHistory } from 'vue-router'
import { routes } from '~/routes'
import { useSessionStore } from '~/stores/session'
import { pinia } from './pinia'
import { staffAccess } from './staffMenu'
import type { UserModule } from './types'

export const router = createRouter({
  // The server serves web/dist with a history-API fallback.
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
})

router.beforeEach(async (to) => {
  if (!to.path.startsWith('/staff')) return true
  const session = useSessionStore(pinia)
  await session.ensureLoaded()
  const access = staffAccess(to.meta.menu, session)
  if (access === 'signIn') return { name: 'signin', query: { redirect: to.fullPath } }
  if (access === 'forbidden') return { name: 'forbidden', query: { from: to.fullPath } }
  return true
})

export const install: UserModule = (app) => {
  app.use(router)
}
