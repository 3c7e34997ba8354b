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
  query StudioFile($id: ID!, $resultsAfter: String) {
    studio(id: $id) {
      ...StudioFormFields
      certifiedOn
      viewerActions
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
        members {
          post
          phone
          member {
            id
            name
            role
          }
        }
        ruleBreaches {
          ...UserErrorFields
        }
        history {
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
`)
