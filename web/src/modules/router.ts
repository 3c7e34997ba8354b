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

/** Pages an account that must still choose its own password may open. */
const OPEN_BEFORE_PASSWORD_CHANGE = new Set(['account', 'signin', 'password-reset'])

router.beforeEach(async (to) => {
  const session = useSessionStore(pinia)
  await session.ensureLoaded()
  if (session.mustChangePassword && !OPEN_BEFORE_PASSWORD_CHANGE.has(String(to.name))) return { name: 'account' }
  if (!to.path.startsWith('/staff')) return true
  const access = staffAccess(to.meta.menu, session)
  if (access === 'signIn') return { name: 'signin', query: { redirect: to.fullPath } }
  if (access === 'forbidden') return { name: 'forbidden', query: { from: to.fullPath } }
  return true
})

export const install: UserModule = (app) => {
  app.use(router)
}
