import { graphql } from '~/gql'

/** Public notice reading: one operation per page, named after what it reads. */
export const NoticesQuery = graphql(`
  query Notices($period: NoticePeriodFilter!, $first: Int, $after: String) {
    notices(period: $period, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title stage startsOn endsOn phase remainingWorkingDays organization { id name } }
    }
  }
`)

export const NoticeQuery = graphql(`
  query Notice($id: ID!, $first: Int, $after: String) {
    notice(id: $id) {
      id title stage startsOn endsOn workingDays phase remainingWorkingDays objectionContact publishedAt snapshotHash
      organization { id name }
      campaign { id name objectionIdentity votingEnabled votingOpenNow votingOpensAt votingClosesAt votesPerAccount viewerVotesRemaining }
      entries(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...NoticeEntryCard }
      }
    }
  }
`)

graphql(`
  fragment NoticeEntryCard on NoticeEntry {
    id position status candidateName gender employerName post honorName honorsHeld publicSummary commentCount voteCount viewerHasVoted
  }
`)

export const NoticeEntryQuery = graphql(`
  query NoticeEntry($id: ID!) {
    noticeEntry(id: $id) {
      ...NoticeEntryCard
      snapshotHash
      notice {
        id title stage startsOn endsOn phase remainingWorkingDays objectionContact
        organization { id name }
        campaign { id name objectionIdentity votingEnabled votingOpenNow votesPerAccount viewerVotesRemaining }
      }
    }
  }
`)
