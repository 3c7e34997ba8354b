import type { RouteRecordRaw } from 'vue-router'
import PublicLayout from '~/layouts/PublicLayout.vue'
import type { StaffMenuKey } from '~/modules/staffMenu'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the document title. */
    title?: string
    /** The staff menu entry a page belongs to; its roles guard the page (see modules/staffMenu.ts). */
    menu?: StaffMenuKey
    /**
     * A public page built of plain components only, without naive-ui (PublicLayout.vue then leaves out naive-ui's
     * theme and providers, so the page's first load carries no naive-ui): the notice, which most visitors open first.
     */
    plain?: boolean
  }
}

/*
 * Only pages that exist are routed. The public sections in the header (/notices, /suggestions,
 * /model-workers, /studios, /statistics) get their routes with their pages.
 */
export const routes: RouteRecordRaw[] = [
  {
    path: '/',
    // In the main bundle: nearly every visit starts on a public page, and its header is the first thing drawn.
    component: PublicLayout,
    children: [
      { path: '', name: 'home', component: () => import('~/pages/HomePage.vue'), meta: { title: 'home.title' } },
      { path: 'signin', name: 'signin', component: () => import('~/pages/account/SignInPage.vue'), meta: { title: 'signIn.title' } },
      { path: 'password-reset', name: 'password-reset', component: () => import('~/pages/account/PasswordResetPage.vue'), meta: { title: 'passwordReset.title' } },
      { path: 'account', name: 'account', component: () => import('~/pages/account/AccountPage.vue'), meta: { title: 'myAccount.title' } },
      { path: 'register', name: 'register', component: () => import('~/pages/account/RegisterPage.vue'), meta: { title: 'register.title' } },
      { path: 'suggestions', name: 'suggestions', component: () => import('~/pages/suggestion/SuggestionsPage.vue'), meta: { title: 'suggestion.title' } },
      { path: 'suggestions/new', name: 'suggestion-new', component: () => import('~/pages/suggestion/SuggestionNewPage.vue'), meta: { title: 'suggestion.submit' } },
      { path: 'suggestions/mine', name: 'suggestions-mine', component: () => import('~/pages/suggestion/MySuggestionsPage.vue'), meta: { title: 'suggestion.mine' } },
      { path: 'suggestions/:id', name: 'suggestion', component: () => import('~/pages/suggestion/SuggestionPage.vue'), meta: { title: 'suggestion.title' } },
      { path: 'studios', name: 'studios', component: () => import('~/pages/studio/StudioListPage.vue'), meta: { title: 'studio.listTitle' } },
      { path: 'studios/results', name: 'studio-results', component: () => import('~/pages/studio/StudioResultsPage.vue'), meta: { title: 'studio.recentResults' } },
      { path: 'studios/mine', name: 'studio-mine', component: () => import('~/pages/studio/StudioLeadPage.vue'), meta: { title: 'studio.mine' } },
      { path: 'studios/:id', name: 'studio', component: () => import('~/pages/studio/StudioPage.vue'), meta: { title: 'studio.listTitle' } },
      { path: 'notices', name: 'notices', component: () => import('~/pages/notice/NoticesPage.vue'), meta: { title: 'notice.listTitle' } },
      { path: 'notices/:id', name: 'notice', component: () => import('~/pages/notice/NoticePage.vue'), meta: { title: 'notice.listTitle', plain: true } },
      { path: 'candidates/:id', name: 'notice-entry', component: () => import('~/pages/notice/NoticeEntryPage.vue'), meta: { title: 'notice.profile' } },
      { path: 'candidates/:id/objection', name: 'notice-objection', component: () => import('~/pages/notice/ObjectionNewPage.vue'), meta: { title: 'objection.raise' } },
      { path: 'notifications', name: 'notifications', component: () => import('~/pages/notification/NotificationsPage.vue'), meta: { title: 'notification.title' } },
      { path: 'me', name: 'me', component: () => import('~/pages/account/MyAreaPage.vue'), meta: { title: 'me.title' } },
      { path: 'me/care', name: 'my-care', component: () => import('~/pages/account/MyCarePage.vue'), meta: { title: 'myCare.title' } },
      { path: 'objections/mine', name: 'objections-mine', component: () => import('~/pages/notice/MyObjectionsPage.vue'), meta: { title: 'objection.mine' } },
      { path: 'nominations/new', name: 'nomination-new', component: () => import('~/pages/nomination/NominationNewPage.vue'), meta: { title: 'nomination.new' } },
      { path: 'nominations/mine', name: 'nominations-mine', component: () => import('~/pages/nomination/MyNominationsPage.vue'), meta: { title: 'nomination.mine' } },
      { path: 'nominations/:id/edit', name: 'nomination-edit', component: () => import('~/pages/nomination/NominationNewPage.vue'), meta: { title: 'nomination.edit' } },
      { path: 'model-workers', name: 'model-workers', component: () => import('~/pages/profile/ModelWorkerListPage.vue'), meta: { title: 'modelWorker.listTitle' } },
      { path: 'model-workers/:id', name: 'model-worker', component: () => import('~/pages/profile/ModelWorkerProfilePage.vue'), meta: { title: 'modelWorker.listTitle' } },
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
      { path: 'failed-jobs', name: 'staff-failed-jobs', component: () => import('~/pages/staff/StaffFailedJobsPage.vue'), meta: { title: 'staff.menu.failedJobs', menu: 'failedJobs' } },
      { path: 'calendar', name: 'staff-calendar', component: () => import('~/pages/staff/StaffCalendarPage.vue'), meta: { title: 'calendar.title', menu: 'calendar' } },
      { path: 'accounts', name: 'staff-accounts', component: () => import('~/pages/staff/StaffAccountsPage.vue'), meta: { title: 'staff.menu.accounts', menu: 'accounts' } },
      { path: 'suggestions', name: 'staff-suggestions', component: () => import('~/pages/staff/StaffSuggestionQueuePage.vue'), meta: { title: 'staff.menu.suggestionQueue', menu: 'suggestionQueue' } },
      { path: 'suggestions/:id', name: 'staff-suggestion', component: () => import('~/pages/staff/StaffSuggestionPage.vue'), meta: { title: 'staff.menu.suggestionQueue', menu: 'suggestionQueue' } },
      { path: 'suggestion-overview', name: 'staff-suggestion-overview', component: () => import('~/pages/staff/StaffSuggestionOverviewPage.vue'), meta: { title: 'staff.menu.suggestionOverview', menu: 'suggestionOverview' } },
      { path: 'suggestion-overview/:id', name: 'staff-suggestion-overview-item', component: () => import('~/pages/staff/StaffSuggestionPage.vue'), meta: { title: 'staff.menu.suggestionOverview', menu: 'suggestionOverview' } },
      { path: 'registry', name: 'staff-registry', component: () => import('~/pages/staff/registry/StaffRegistryPage.vue'), meta: { title: 'staff.menu.registry', menu: 'registry' } },
      { path: 'registry/import', name: 'staff-registry-import', component: () => import('~/pages/staff/registry/StaffRegistryImportPage.vue'), meta: { title: 'registryImport.title', menu: 'registry' } },
      { path: 'registry/yearly', name: 'staff-registry-yearly', component: () => import('~/pages/staff/registry/StaffRegistryYearlyPage.vue'), meta: { title: 'registry.yearlyTitle', menu: 'registry' } },
      { path: 'registry/revocations', name: 'staff-revocations', component: () => import('~/pages/staff/registry/StaffRevocationsPage.vue'), meta: { title: 'revocation.title', menu: 'revocations' } },
      { path: 'registry/:id', name: 'staff-registry-record', component: () => import('~/pages/staff/registry/StaffRegistryRecordPage.vue'), meta: { title: 'staff.menu.registry', menu: 'registry' } },
      { path: 'care/grants', name: 'staff-care-grants', component: () => import('~/pages/staff/care/StaffGrantApplicationsPage.vue'), meta: { title: 'staff.menu.careGrants', menu: 'careGrants' } },
      { path: 'care/pairings', name: 'staff-care-pairings', component: () => import('~/pages/staff/care/StaffCarePairingsPage.vue'), meta: { title: 'staff.menu.carePairings', menu: 'carePairings' } },
      { path: 'care/visits', name: 'staff-care-visits', component: () => import('~/pages/staff/care/StaffCareVisitsPage.vue'), meta: { title: 'staff.menu.careVisits', menu: 'careVisits' } },
      { path: 'care/occasions', name: 'staff-care-occasions', component: () => import('~/pages/staff/care/StaffCareOccasionsPage.vue'), meta: { title: 'staff.menu.careOccasions', menu: 'careOccasions' } },
      { path: 'care/coverage', name: 'staff-care-coverage', component: () => import('~/pages/staff/care/StaffCareCoveragePage.vue'), meta: { title: 'staff.menu.careCoverage', menu: 'careCoverage' } },
      { path: 'care/health-checks', name: 'staff-care-health-checks', component: () => import('~/pages/staff/care/StaffHealthChecksPage.vue'), meta: { title: 'staff.menu.careHealthChecks', menu: 'careHealthChecks' } },
      { path: 'care/standards', name: 'staff-care-standards', component: () => import('~/pages/staff/care/StaffCareStandardsPage.vue'), meta: { title: 'staff.menu.careStandards', menu: 'careStandards' } },
      { path: 'care/recuperation', name: 'staff-care-recuperation', component: () => import('~/pages/staff/care/StaffRecuperationPage.vue'), meta: { title: 'staff.menu.careRecuperation', menu: 'careRecuperation' } },
      { path: 'care/grants/apply', name: 'staff-care-grant-apply', component: () => import('~/pages/staff/care/StaffGrantApplyPage.vue'), meta: { title: 'staff.menu.careGrantApply', menu: 'careGrantApply' } },
      { path: 'care/rolls', name: 'staff-care-rolls', component: () => import('~/pages/staff/care/StaffAllowanceRollsPage.vue'), meta: { title: 'staff.menu.careRolls', menu: 'careRolls' } },
      { path: 'care/budgets', name: 'staff-care-budgets', component: () => import('~/pages/staff/care/StaffCareBudgetsPage.vue'), meta: { title: 'staff.menu.careBudgets', menu: 'careBudgets' } },
      { path: 'care/income', name: 'staff-care-income', component: () => import('~/pages/staff/care/StaffCareIncomePage.vue'), meta: { title: 'staff.menu.careIncome', menu: 'careIncome' } },
      { path: 'care/report', name: 'staff-care-report', component: () => import('~/pages/staff/care/StaffCareReportPage.vue'), meta: { title: 'staff.menu.careReport', menu: 'careReport' } },
      { path: 'studios', name: 'staff-studios', component: () => import('~/pages/staff/studio/StaffStudiosPage.vue'), meta: { title: 'staff.menu.studioCertification', menu: 'studioCertification' } },
      { path: 'studios/:id', name: 'staff-studio', component: () => import('~/pages/staff/studio/StaffStudioPage.vue'), meta: { title: 'staff.menu.studioCertification', menu: 'studioCertification' } },
      { path: 'moderation', name: 'staff-moderation', component: () => import('~/pages/staff/moderation/ModerationQueuePage.vue'), meta: { title: 'staff.menu.moderation', menu: 'moderation' } },
      { path: 'objections', name: 'staff-objections', component: () => import('~/pages/staff/objection/ObjectionQueuePage.vue'), meta: { title: 'staff.menu.objections', menu: 'objections' } },
      { path: 'objections/new', name: 'staff-objection-new', component: () => import('~/pages/staff/objection/ObjectionEnterPage.vue'), meta: { title: 'objection.enter', menu: 'objections' } },
      { path: 'objections/:id', name: 'staff-objection', component: () => import('~/pages/staff/objection/ObjectionPage.vue'), meta: { title: 'staff.menu.objections', menu: 'objections' } },
      { path: 'workbench', name: 'staff-workbench', component: () => import('~/pages/workbench/WorkbenchPage.vue'), meta: { title: 'staff.menu.workbench', menu: 'workbench' } },
      { path: 'nominations', name: 'staff-nominations', component: () => import('~/pages/nomination/StaffNominationsPage.vue'), meta: { title: 'staff.menu.nominations', menu: 'nominations' } },
      { path: 'nominations/new', name: 'staff-nomination-new', component: () => import('~/pages/nomination/StaffNominationNewPage.vue'), meta: { title: 'nomination.new', menu: 'nominations' } },
      { path: 'nominations/:id', name: 'staff-nomination', component: () => import('~/pages/nomination/NominationFilePage.vue'), meta: { title: 'nomination.file', menu: 'nominations' } },
      { path: 'notices', name: 'staff-notices', component: () => import('~/pages/staff/StaffNoticePublishPage.vue'), meta: { title: 'nomination.publish', menu: 'notices' } },
      { path: 'campaigns', name: 'staff-campaigns', component: () => import('~/pages/campaign/CampaignsPage.vue'), meta: { title: 'campaign.title', menu: 'campaigns' } },
      { path: 'campaigns/new', name: 'staff-campaign-new', component: () => import('~/pages/campaign/CampaignEditPage.vue'), meta: { title: 'campaign.new', menu: 'campaigns' } },
      { path: 'campaigns/:id', name: 'staff-campaign', component: () => import('~/pages/campaign/CampaignEditPage.vue'), meta: { title: 'campaign.edit', menu: 'campaigns' } },
      // An unknown staff address is a 404 inside the staff frame, still behind the guard.
      { path: ':pathMatch(.*)*', name: 'staff-not-found', component: () => import('~/pages/NotFoundPage.vue'), meta: { title: 'notFound.title' } },
    ],
  },
]
