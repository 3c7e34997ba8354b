import { graphql } from './gql/index.js';
import type { KitSuggestionBothWaysQuery, SuggestionSubmitInput } from './gql/graphql.js';
import { send, type ApiClient } from './app.js';

/** The suggestion channel (建言献策): its steps and its file, named as the process names them. */

graphql(`
  fragment KitSuggestionFile on Suggestion {
    id title authorName coSignerNames viewerActions adopted commended referralKind referralReference publishedAt
    answers { round outcome content rating fedBackAt handler { name } }
    handling {
      state channel deadline overdue reopened publishConsent declineReason answeredOnTime
      handler { name } escalatedTo { name }
      coSigners { status modelWorker { name } }
      history(first: 100) { nodes { action fromState toState reason actorName } }
    }
  }
`);

/** Every suggestion mutation, each returning the file as KitSuggestionFile reads it. */
export const SUGGESTION_STEPS = {
  suggestionAccept: graphql(`
    mutation KitSuggestionAccept($input: SuggestionAcceptInput!) { suggestionAccept(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionAnswer: graphql(`
    mutation KitSuggestionAnswer($input: SuggestionAnswerInput!) { suggestionAnswer(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionAssign: graphql(`
    mutation KitSuggestionAssign($input: SuggestionAssignInput!) { suggestionAssign(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionCoSignRespond: graphql(`
    mutation KitSuggestionCoSignRespond($input: SuggestionCoSignRespondInput!) { suggestionCoSignRespond(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionCommend: graphql(`
    mutation KitSuggestionCommend($input: SuggestionCommendInput!) { suggestionCommend(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionConsentSet: graphql(`
    mutation KitSuggestionConsentSet($input: SuggestionConsentSetInput!) { suggestionConsentSet(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionDecline: graphql(`
    mutation KitSuggestionDecline($input: SuggestionDeclineInput!) { suggestionDecline(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionEnter: graphql(`
    mutation KitSuggestionEnter($input: SuggestionEnterInput!) { suggestionEnter(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionFeedBack: graphql(`
    mutation KitSuggestionFeedBack($input: SuggestionFeedBackInput!) { suggestionFeedBack(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionMarkAdopted: graphql(`
    mutation KitSuggestionMarkAdopted($input: SuggestionMarkAdoptedInput!) { suggestionMarkAdopted(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionPublish: graphql(`
    mutation KitSuggestionPublish($input: SuggestionPublishInput!) { suggestionPublish(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionRate: graphql(`
    mutation KitSuggestionRate($input: SuggestionRateInput!) { suggestionRate(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionRefer: graphql(`
    mutation KitSuggestionRefer($input: SuggestionReferInput!) { suggestionRefer(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionSubmit: graphql(`
    mutation KitSuggestionSubmit($input: SuggestionSubmitInput!) { suggestionSubmit(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionTransfer: graphql(`
    mutation KitSuggestionTransfer($input: SuggestionTransferInput!) { suggestionTransfer(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),
  suggestionUnpublish: graphql(`
    mutation KitSuggestionUnpublish($input: SuggestionUnpublishInput!) { suggestionUnpublish(input: $input) { suggestion { ...KitSuggestionFile } userErrors { code field message } } }
  `),};

const SuggestionRead = graphql(`
  query KitSuggestion($id: ID!) { suggestion(id: $id) { ...KitSuggestionFile } }
`);

const SuggestionReadBothWays = graphql(`
  query KitSuggestionBothWays($id: ID!) { suggestion(id: $id) { ...KitSuggestionFile } node(id: $id) { ... on Suggestion { ...KitSuggestionFile } } }
`);

const ModelWorkerSearch = graphql(`
  query KitSuggestionModelWorkers($search: String!) { suggestionModelWorkers(search: $search, first: 5) { nodes { id name } } }
`);

/** The suggestion as this person may read it: null when they may not. */
export async function readSuggestion(client: ApiClient, id: string) {
  return (await send(client, SuggestionRead, { id })).suggestion;
}

/** The suggestion read by `suggestion(id)` and by `node(id)`, as sent (errors included), for checks on what leaks. */
export async function readSuggestionBothWays(client: ApiClient, id: string) {
  return client.gql<KitSuggestionBothWaysQuery>(SuggestionReadBothWays.toString(), { id });
}

/** The global id of the model worker a suggestion's author finds by this name. */
export async function modelWorkerId(client: ApiClient, name: string): Promise<string> {
  const data = await send(client, ModelWorkerSearch, { search: name });
  const found = data.suggestionModelWorkers.nodes[0];
  if (!found) throw new Error(`no model worker found by ${name}`);
  return found.id;
}

/** A suggestion as a model worker would write it, less its consent and co-signers. */
export const SAMPLE = {
  title: '关于在产业园区建设职工技能实训基地的建议',
  field: 'SCIENCE_INNOVATION',
  problem: '园区企业多为中小企业，各自开展技能培训成本高、设备少，青年职工缺少实操训练的机会。',
  proposal: '建议由工会牵头，联合园区管委会和龙头企业共建共享技能实训基地，按季度开放实训工位。',
} satisfies Partial<SuggestionSubmitInput>;
