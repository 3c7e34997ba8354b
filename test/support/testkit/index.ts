/**
 * The testkit of the API and browser tests: an app on its own database, sign-in as the demo roles,
 * seeds made directly with the entities (an open notice, a place with something of every kind, a model
 * worker), and the process steps as typed GraphQL operations (see test/codegen.ts; `pnpm codegen`).
 */
export { codes, send, signIn, startTestApp, type ApiClient, type DemoUsername, type GqlResult, type TestApp, type UserError } from './app.js';
export { directory, organizationId, AGENCY_UNIT, CHAOYANG, CITY, UNIT, type Directory } from './directory.js';
export {
  act, createFile, fileInput, fileThroughUnitNotice, fileToSubmitted, openCampaign, partyConsent, publish, recommend, reportDeeds, startProcessApp,
  type FileInput, type Vote,
} from './nomination.js';
export { seedOpenNotice, type NoticeFixture, type NoticeFixtureOptions } from './notice.js';
export { seedPlace, seedSecondCity, type PlaceFixture } from './place.js';
export { newModelWorker, setHonorsRevoked, HAVES } from './studio.js';
export { modelWorkerId, readSuggestion, readSuggestionBothWays, SAMPLE } from './suggestion.js';
export { done, step, type StepInput, type StepName, type StepObject, type StepPayload } from './steps.js';
export type { NominationAction, NoticeStage } from './gql/graphql.js';
export { suggestionRated, type SuggestionParties } from './flows.js';
