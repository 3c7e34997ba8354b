import { graphql } from '~/gql'

/** The personal area of a signed-in person: what they said and how they voted on the notices. */
export const MyCommentsQuery = graphql(`
  query MyComments($after: String) {
    viewerComments(first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id body stance createdAt entry { id candidateName } }
    }
  }
`)

export const MyVotesQuery = graphql(`
  query MyVotes($after: String) {
    viewerVotes(first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { castAt entry { id candidateName employerName } }
    }
  }
`)
