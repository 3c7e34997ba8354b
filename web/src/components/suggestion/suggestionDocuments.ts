import { graphql } from '~/gql'

/*
 * The suggestion channel's operations, in one place: the pages share the fragments, and the
 * actions panel picks its mutation by the action the server offers (`viewerActions`).
 */
graphql(`
  fragment SuggestionListItem on Suggestion {
    id
    title
    field
    year
    receivedAt
    authorName
    coSignerNames
    adopted
    commended
    publishedAt
    answers {
      id
      content
    }
    handling {
      state
      deadline
      overdue
      channel
      handler {
        id
        name
      }
      escalatedTo {
        id
        name
      }
    }
  }
`)

graphql(`
  fragment SuggestionFile on Suggestion {
    id
    title
    field
    problem
    proposal
    year
    receivedAt
    authorName
    coSignerNames
    adopted
    commended
    referralKind
    referralReference
    publishedAt
    viewerActions
    viewerActionOptions {
      action
      reasonRequired
      refusals {
        message
      }
    }
    answers {
      id
      round
      outcome
      content
      answeredAt
      fedBackAt
      rating
      ratingComment
      handler {
        id
        name
      }
    }
    handling {
      state
      channel
      deadline
      overdue
      reopened
      publishConsent
      declineReason
      answeredOnTime
      office {
        id
        name
      }
      handler {
        id
        name
      }
      escalatedTo {
        id
        name
      }
      coSigners {
        id
        status
        modelWorker {
          id
          name
        }
      }
      attachments {
        id
        name
        size
        url
      }
    }
  }
`)

/** The handling file's history, a page at a time (parties only, like the rest of `handling`). */
export const SuggestionHistoryQuery = graphql(`
  query SuggestionHistory($id: ID!, $after: String) {
    suggestion(id: $id) {
      id
      handling {
        state
        history(first: 20, after: $after) {
          totalCount
          pageInfo { hasNextPage endCursor }
          nodes { at action fromState toState reason actorName }
        }
      }
    }
  }
`)

export const SuggestionQuery = graphql(`
  query Suggestion($id: ID!) {
    suggestion(id: $id) {
      ...SuggestionFile
    }
  }
`)

export const SuggestionModelWorkersQuery = graphql(`
  query SuggestionModelWorkers($search: String!, $withAccount: Boolean!) {
    suggestionModelWorkers(search: $search, withAccount: $withAccount, first: 20) {
      nodes {
        id
        name
        employerName
      }
    }
  }
`)


export const SuggestionMutations = {
  ACCEPT: graphql(`mutation SuggestionAccept($input: SuggestionAcceptInput!) { suggestionAccept(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  DECLINE: graphql(`mutation SuggestionDecline($input: SuggestionDeclineInput!) { suggestionDecline(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  ASSIGN: graphql(`mutation SuggestionAssign($input: SuggestionAssignInput!) { suggestionAssign(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  TRANSFER: graphql(`mutation SuggestionTransfer($input: SuggestionTransferInput!) { suggestionTransfer(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  ANSWER: graphql(`mutation SuggestionAnswer($input: SuggestionAnswerInput!) { suggestionAnswer(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  FEED_BACK: graphql(`mutation SuggestionFeedBack($input: SuggestionFeedBackInput!) { suggestionFeedBack(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  RATE: graphql(`mutation SuggestionRate($input: SuggestionRateInput!) { suggestionRate(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  MARK_ADOPTED: graphql(`mutation SuggestionMarkAdopted($input: SuggestionMarkAdoptedInput!) { suggestionMarkAdopted(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  REFER: graphql(`mutation SuggestionRefer($input: SuggestionReferInput!) { suggestionRefer(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  COMMEND: graphql(`mutation SuggestionCommend($input: SuggestionCommendInput!) { suggestionCommend(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  PUBLISH: graphql(`mutation SuggestionPublish($input: SuggestionPublishInput!) { suggestionPublish(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  UNPUBLISH: graphql(`mutation SuggestionUnpublish($input: SuggestionUnpublishInput!) { suggestionUnpublish(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  CO_SIGN: graphql(`mutation SuggestionCoSignRespond($input: SuggestionCoSignRespondInput!) { suggestionCoSignRespond(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
  CONSENT: graphql(`mutation SuggestionConsentSet($input: SuggestionConsentSetInput!) { suggestionConsentSet(input: $input) { suggestion { ...SuggestionFile } userErrors { ...UserErrorFields } } }`),
}

export const PublishedSuggestionsQuery = graphql(`
  query PublishedSuggestions($field: SuggestionField, $year: Int, $after: String) {
    publishedSuggestions(field: $field, year: $year, first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SuggestionListItem
      }
    }
    suggestionYearStats {
      year
      received
      answeredOnTime
      adopted
      published
    }
  }
`)

export const MySuggestionsQuery = graphql(`
  query MySuggestions($after: String, $requestsAfter: String) {
    mySuggestions(first: 10, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SuggestionListItem
      }
    }
    mySuggestionCoSignRequests(first: 10, after: $requestsAfter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        status
        suggestion {
          id
          title
          authorName
        }
      }
    }
  }
`)

export const SuggestionQueueQuery = graphql(`
  query SuggestionQueue($state: SuggestionState, $after: String) {
    suggestionQueue(state: $state, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SuggestionListItem
      }
    }
  }
`)

export const SuggestionOverviewQuery = graphql(`
  query SuggestionOverview($search: String, $state: SuggestionState, $field: SuggestionField, $overdueOnly: Boolean, $after: String) {
    suggestions(search: $search, state: $state, field: $field, overdueOnly: $overdueOnly, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...SuggestionListItem
      }
    }
  }
`)

export const SuggestionSubmitMutation = graphql(`
  mutation SuggestionSubmit($input: SuggestionSubmitInput!) {
    suggestionSubmit(input: $input) { suggestion { id } userErrors { ...UserErrorFields } }
  }
`)

export const SuggestionEnterMutation = graphql(`
  mutation SuggestionEnter($input: SuggestionEnterInput!) {
    suggestionEnter(input: $input) { suggestion { id } userErrors { ...UserErrorFields } }
  }
`)

/** The departments a suggestion may be assigned to (the handler's choice on the action form). */
export const DepartmentsQuery = graphql(`
  query SuggestionHandlerOptions {
    organizations(kind: DEPARTMENT, first: 100) {
      nodes {
        id
        name
      }
    }
  }
`)
