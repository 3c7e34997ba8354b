import { graphql } from '~/gql'

graphql(`
  fragment CommentItem on Comment {
    id body stance authorName createdAt replyCount
  }
`)

export const CommentThreadQuery = graphql(`
  query CommentThread($entry: ID!, $first: Int, $after: String) {
    noticeEntry(id: $entry) {
      id
      commentCount
      comments(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { ...CommentItem replies(first: 20) { totalCount nodes { ...CommentItem } } }
      }
    }
  }
`)

export const CommentCreateMutation = graphql(`
  mutation CommentCreate($input: CommentCreateInput!) {
    commentCreate(input: $input) { comment { id } userErrors { ...UserErrorFields } }
  }
`)

export const CommentReportMutation = graphql(`
  mutation CommentReport($input: CommentReportInput!) {
    commentReport(input: $input) { comment { id } userErrors { ...UserErrorFields } }
  }
`)

export const CommentModerationQueueQuery = graphql(`
  query CommentModerationQueue($filter: CommentModerationFilter!, $first: Int, $after: String) {
    commentModerationQueue(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        status reportCount lastReportedAt hiddenAt hiddenReason hiddenByName
        comment { ...CommentItem }
        entry { id candidateName notice { id title } }
      }
    }
  }
`)

export const CommentHideMutation = graphql(`
  mutation CommentHide($input: CommentHideInput!) {
    commentHide(input: $input) { moderation { status } userErrors { ...UserErrorFields } }
  }
`)

export const CommentUnhideMutation = graphql(`
  mutation CommentUnhide($input: CommentUnhideInput!) {
    commentUnhide(input: $input) { moderation { status } userErrors { ...UserErrorFields } }
  }
`)

export const CommentReportsDismissMutation = graphql(`
  mutation CommentReportsDismiss($input: CommentReportsDismissInput!) {
    commentReportsDismiss(input: $input) { moderation { status } userErrors { ...UserErrorFields } }
  }
`)
