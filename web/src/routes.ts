import type { RouteRecordRaw } from 'vue-router'
import type { StaffMenuKey } from '~/modules/staffMenu'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the document title. */
    title?: string
    /** The staff menu entry a page belongs to; its roles guard the page (see modules/staffMenu.ts). */
    menu?: StaffMenuKey
  }
}

/*
 * Only pages that exist are routed. The public sections in the header (/notices, /suggestions,
 * /studios, /statistics) get their routes with their pages.
 */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: () => import('~/layouts/PublicLayout.vue'),
    children: [
      { path: '', name: 'home', component: () => import('~/pages/HomePage.vue'), meta: { title: 'home.title' } },
      { path: 'signin', name: 'signin', component: () => import('~/pages/account/SignInPage.vue'), meta: { title: 'signIn.title' } },
      { path: 'register', name: 'register', component: () => import('~/pages/account/RegisterPage.vue'), meta: { title: 'register.title' } },
      { path: 'suggestions', name: 'suggestions', component: () => import('~/pages/suggestion/SuggestionsPage.vue'), meta: { title: 'suggestion.title' } },
      { path: 'suggestions/new', name: 'suggestion-new', component: () => import('~/pages/suggestion/SuggestionNewPage.vue'), meta: { title: 'suggestion.submit' } },
      { path: 'suggestions/mine', name: 'suggestions-mine', component: () => import('~/pages/suggestion/MySuggestionsPage.vue'), meta: { title: 'suggestion.mine' } },
      { path: 'suggestions/:id', name: 'suggestion', component: () => import('~/pages/suggestion/SuggestionPage.vue'), meta: { title: 'suggestion.title' } },
      { path: 'statistics', name: 'statistics', component: () => import('~/pages/statistics/StatisticsPage.vue'), meta: { title: 'statistics.title' } },
      { path: '403', name: 'forbidden', component: () => import('~/pages/ForbiddenPage.vue'), meta: { title: 'forbidden.title' } },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('~/pages/NotFoundPage.vue'), meta: { title: 'notFound.title' } },
    ],
  },
  {
    path: '/staff',
    component: () => import('~/layouts/StaffLayout.vue'),
    children: [
      { path: '', name: 'staff', component: () => import('~/pages/staff/StaffDashboardPage.vue'), meta: { title: 'staff.menu.dashboard', menu: 'dashboard' } },
      { path: 'organizations', name: 'staff-organizations', component: () => import('~/pages/staff/StaffOrganizationsPage.vue'), meta: { title: 'staff.menu.organizations', menu: 'organizations' } },
      { path: 'honors', name: 'staff-honors', component: () => import('~/pages/staff/StaffHonorsPage.vue'), meta: { title: 'staff.menu.honors', menu: 'honors' } },
      { path: 'accounts', name: 'staff-accounts', component: () => import('~/pages/staff/StaffAccountsPage.vue'), meta: { title: 'staff.menu.accounts', menu: 'accounts' } },
      { path: 'suggestions', name: 'staff-suggestions', component: () => import('~/pages/staff/StaffSuggestionQueuePage.vue'), meta: { title: 'staff.menu.suggestionQueue', menu: 'suggestionQueue' } },
      { path: 'suggestions/:id', name: 'staff-suggestion', component: () => import('~/pages/staff/StaffSuggestionPage.vue'), meta: { title: 'staff.menu.suggestionQueue', menu: 'suggestionQueue' } },
      { path: 'suggestion-overview', name: 'staff-suggestion-overview', component: () => import('~/pages/staff/StaffSuggestionOverviewPage.vue'), meta: { title: 'staff.menu.suggestionOverview', menu: 'suggestionOverview' } },
      { path: 'suggestion-overview/:id', name: 'staff-suggestion-overview-item', component: () => import('~/pages/staff/StaffSuggestionPage.vue'), meta: { title: 'staff.menu.suggestionOverview', menu: 'suggestionOverview' } },
      // An unknown staff address is a 404 inside the staff frame, still behind the guard.
      { path: ':pathMatch(.*)*', name: 'staff-not-found', component: () => import('~/pages/NotFoundPage.vue'), meta: { title: 'notFound.title' } },
    ],
  },
]
