import { graphql } from '~/gql'

/* 关爱服务: the staff's list of hardship grant applications and the one mutation that takes their steps. */
graphql(`
  fragment GrantApplicationRow on GrantApplication {
    id
    state
    cause
    claimedYuan
    amountYuan
    amountReason
    ruleName
    modelWorkerName
    refuseReason
    year
    organization {
      id
      name
    }
    viewerActionOptions {
      action
      reasonRequired
      refusals {
        code
        message
      }
    }
  }
`)

export const GrantApplicationsQuery = graphql(`
  query GrantApplications($state: GrantApplicationState, $after: String) {
    grantApplications(state: $state, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...GrantApplicationRow
      }
    }
  }
`)

export const GrantApplicationStepMutation = graphql(`
  mutation GrantApplicationStep($input: GrantApplicationStepInput!) {
    grantApplicationStep(input: $input) {
      application {
        ...GrantApplicationRow
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)
