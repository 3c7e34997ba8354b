import { graphql } from '~/gql'

graphql(`
  fragment StudioProjectFields on Studio {
    projects(first: 100) {
      nodes {
        id
        title
        goal
        status
        startsOn
        endsOn
      }
    }
    results(first: 20, after: $resultsAfter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...StudioResultFields
      }
    }
  }
`)

/** A studio's whole file as its lead and the staff over it see it: details, team with contacts, certification. */
export const StudioFileQuery = graphql(`
  query StudioFile($id: ID!, $resultsAfter: String, $membersAfter: String, $historyAfter: String) {
    studio(id: $id) {
      ...StudioFormFields
      certifiedOn
      viewerActions
      viewerActionOptions {
        action
        reasonRequired
        refusals {
          message
        }
      }
      viewerCanEdit
      organization {
        id
        name
      }
      leader {
        id
        name
        post
      }
      ...StudioProjectFields
      certification {
        criteria {
          ...StudioCriterionFields
        }
        reviews {
          id
          year
          outcome
          comment
          reviewerName
          reviewedAt
        }
        members(first: 20, after: $membersAfter) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            post
            phone
            member {
              id
              name
              role
            }
          }
        }
        ruleBreaches {
          ...UserErrorFields
        }
        history(first: 20, after: $historyAfter) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            at
            actorName
            action
            fromState
            toState
            reason
          }
        }
      }
    }
  }
`)
