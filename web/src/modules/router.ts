import { createRouter, createWebHistory, type RouterHistory } from 'vue-router'
import { loadNaiveRoot } from '~/components/app/naiveRoot'
import { routes } from '~/routes'
import { useSessionStore } from '~/stores/session'
import { loadAllMessages, PUBLIC_MESSAGE_PAGES } from './i18n'
import { pinia } from './pinia'
import { staffAccess } from './staffMenu'
import type { UserModule } from './types'

/** The app's routes on a history: the browser's, or one URL in memory for a server render. */
export function createAppRouter(history: RouterHistory) {
  return createRouter({ history, routes, scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 } })
}

// The server serves web/dist with a history-API fallback (server/src/web-pages.ts).
export const router = import.meta.env.SSR ? undefined : createAppRouter(createWebHistory(import.meta.env.BASE_URL))

/** Pages an account that must still choose its own password may open. */
const OPEN_BEFORE_PASSWORD_CHANGE = new Set(['account', 'signin', 'password-reset'])

function heldForPasswordChange(session: ReturnType<typeof useSessionStore>, name: unknown): boolean {
  return session.mustChangePassword && !OPEN_BEFORE_PASSWORD_CHANGE.has(String(name))
}

router?.beforeEach(async (to) => {
  // The first bundle holds the public pages' messages only; any other page waits for the rest.
  if (!PUBLIC_MESSAGE_PAGES.has(String(to.name))) await loadAllMessages()
  const session = useSessionStore(pinia)
  if (!to.path.startsWith('/staff')) {
    // Public pages render without waiting for the viewer. When it is not known yet, it is looked at once
    // the first page stands, and an account that must still choose its own password is sent to do so.
    if (!session.viewer) {
      void session.ensureLoaded().then(() => router!.isReady()).then(() => {
        if (heldForPasswordChange(session, router!.currentRoute.value.name)) void router!.replace({ name: 'account' })
      })
    }
    return heldForPasswordChange(session, to.name) ? { name: 'account' } : true
  }
  await session.ensureLoaded()
  if (heldForPasswordChange(session, to.name)) return { name: 'account' }
  const access = staffAccess(to.meta.menu, session)
  if (access === 'signIn') return { name: 'signin', query: { redirect: to.fullPath } }
  if (access === 'forbidden') return { name: 'forbidden', query: { from: to.fullPath } }
  return true
})

// A public page of naive-ui components is shown inside NaiveRoot (PublicLayout.vue; the staff layout has its own):
// it is there before the page,
// loaded beside the page's own code (which the router loads between its beforeEach and beforeResolve guards).
router?.beforeResolve(async (to) => {
  if (!to.meta.plain && !to.path.startsWith('/staff')) await loadNaiveRoot()
})

export const install: UserModule = (app) => {
  if (router) app.use(router)
}
