import { graphql } from '~/gql'

/* 我的关爱: the model worker's own standing, grants and allowances (bookings and enrolments are in their features' documents). */
export const ViewerCareStatusQuery = graphql(`
  query ViewerCareStatus {
    viewerCareStatus {
      name
      level
      inPost
      lastRecuperatedOn
      recuperationOverdue
      healthCheckThisYear
    }
  }
`)

export const ViewerGrantApplicationsQuery = graphql(`
  query ViewerGrantApplications($after: String) {
    viewerGrantApplications(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        state
        cause
        claimedYuan
        amountYuan
        amountReason
        refuseReason
        year
        paidAt
        viewerActionOptions {
          action
          reasonRequired
          refusals {
            code
            message
          }
        }
      }
    }
  }
`)

export const ViewerAllowanceLinesQuery = graphql(`
  query ViewerAllowanceLines($after: String) {
    viewerAllowanceLines(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        year
        level
        amountYuan
        kindName
        paidAt
      }
    }
  }
`)

export const MyGrantApplyMutation = graphql(`
  mutation MyGrantApply($input: GrantApplyInput!) {
    grantApply(input: $input) {
      application {
        id
        state
        amountYuan
        amountReason
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const MyGrantStepMutation = graphql(`
  mutation MyGrantStep($input: GrantApplicationStepInput!) {
    grantApplicationStep(input: $input) {
      application {
        id
        state
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)
