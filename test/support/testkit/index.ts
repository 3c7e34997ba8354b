/**
 * The one test kit of the API and browser tests: an app on its own database and sign-in as the demo
 * roles (app), seeds made directly with the entities (an open notice, a place with something of every
 * guarded kind, a model worker), and the processes' steps and flows as GraphQL operations typed against
 * schema/ (see test/codegen.ts; run `pnpm codegen` after changing one).
 */
export { codes, send, signIn, startTestApp, type ApiClient, type DemoUsername, type GqlResult, type TestApp, type UserError } from './app.js';
export { seedFailedJob } from './jobs.js';
export { directory, organizationId, AGENCY_UNIT, CHAOYANG, CITY, UNIT, type Directory } from './directory.js';
export type { NominationAction, NoticeStage } from './gql/graphql.js';
export {
  act, createFile, fileInput, fileThroughUnitNotice, fileToApproved, fileToSubmitted, openCampaign, partyConsent, publish, recommend, reportDeeds, startProcessApp,
  type FileInput, type Vote,
} from './nomination.js';
export { seedOpenNotice, type NoticeFixture, type NoticeFixtureOptions } from './notice.js';
export { seedPlace, seedSecondCity, type PlaceFixture } from './place.js';
export { newModelWorker, setHonorsRevoked, HAVES } from './studio.js';
export { newCareWorker, recordPastRecuperation, beijingYear, setCareBudget, type CareWorkerOptions } from './care.js';
export { modelWorkerId, readSuggestion, readSuggestionBothWays, SAMPLE } from './suggestion.js';
export { done, step, type StepInput, type StepName, type StepObject, type StepPayload } from './steps.js';
export { suggestionRated, type SuggestionParties } from './flows.js';
export { statementsOf } from './statements.js';
export { staggered } from './races.js';
export {
  confirmAndWrite, idNumber, importFile, importUntil, uploadAndCheck, uploadImport, REGISTRY_IMPORT, REGISTRY_IMPORT_CONFIRM,
} from './registry-import.js';
export {
  toldOf, deliverNow, digestNow, BELL, MY_NOTIFICATIONS, MARK_READ, MARK_ALL_READ, SET_SETTINGS, SET_PREFERENCE, type Told,
} from './notifications.js';
