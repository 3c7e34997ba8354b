import { graphql } from '~/gql'

export const FailedJobsQuery = graphql(`
  query FailedJobs($after: String) {
    failedJobs(first: 20, after: $after) {
      nodes { id name failedAt attempts error }
      totalCount
      pageInfo { hasNextPage endCursor }
    }
  }
`)
