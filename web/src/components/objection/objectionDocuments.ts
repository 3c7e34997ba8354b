import { graphql } from '~/gql'

graphql(`
  fragment ObjectionDetail on Objection {
    id channel status content realName objectorName objectorContact receivedAt postmarkOn reply repliedAt decidedAt viewerCanHandle
    entry { id candidateName employerName status }
    notice { id title endsOn organization { name } }
    attachments { id name url }
  }
`)

export const ObjectionFileMutation = graphql(`
  mutation ObjectionFile($input: ObjectionFileInput!) {
    objectionFile(input: $input) { objection { id status } userErrors { ...UserErrorFields } }
  }
`)

export const ObjectionEnterMutation = graphql(`
  mutation ObjectionEnter($input: ObjectionEnterInput!) {
    objectionEnter(input: $input) { objection { id } userErrors { ...UserErrorFields } }
  }
`)

export const ObjectionQueueQuery = graphql(`
  query ObjectionQueue($status: ObjectionStatus, $first: Int, $after: String) {
    objections(status: $status, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id channel status receivedAt realName entry { candidateName } notice { title } }
    }
  }
`)

export const MyObjectionsQuery = graphql(`
  query MyObjections($first: Int, $after: String) {
    viewerObjections(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id status content receivedAt reply repliedAt entry { candidateName } notice { title } }
    }
  }
`)

/** The steps taken on an objection, a page at a time (staff handling it; empty for the objector). */
export const ObjectionHistoryQuery = graphql(`
  query ObjectionHistory($id: ID!, $after: String) {
    objection(id: $id) {
      id
      history(first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { at actorName action fromState toState reason }
      }
    }
  }
`)

export const ObjectionQuery = graphql(`
  query Objection($id: ID!) { objection(id: $id) { ...ObjectionDetail } }
`)

export const ObjectionInvestigationStartMutation = graphql(`
  mutation ObjectionInvestigationStart($input: ObjectionInvestigationStartInput!) {
    objectionInvestigationStart(input: $input) { objection { id status } userErrors { ...UserErrorFields } }
  }
`)

export const ObjectionUpholdMutation = graphql(`
  mutation ObjectionUphold($input: ObjectionDecideInput!) {
    objectionUphold(input: $input) { objection { id status } userErrors { ...UserErrorFields } }
  }
`)

export const ObjectionDismissMutation = graphql(`
  mutation ObjectionDismiss($input: ObjectionDecideInput!) {
    objectionDismiss(input: $input) { objection { id status } userErrors { ...UserErrorFields } }
  }
`)
