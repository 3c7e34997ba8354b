import { graphql } from '~/gql'

export const VoteCastMutation = graphql(`
  mutation VoteCast($input: VoteCastInput!) {
    voteCast(input: $input) {
      entry { id viewerHasVoted voteCount }
      campaign { id viewerVotesRemaining }
      userErrors { ...UserErrorFields }
    }
  }
`)
