/**
 * NaiveRoot.vue, loaded once: PublicLayout.vue wraps a page that is not `plain` in it, and the router waits for it
 * before such a page (modules/router.ts), so that a server-rendered page is hydrated whole, as before, and a page
 * reached from a plain one does not show for a moment without naive-ui's theme.
 */
export const loadNaiveRoot = () => import('./NaiveRoot.vue')
