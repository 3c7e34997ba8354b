import { graphql } from '~/gql'

/* 疗休养: the staff's batches, enrolments and overdue list, and the model worker's enrolment and feedback. */
graphql(`
  fragment RecuperationBatchRow on RecuperationBatch {
    id
    name
    destination
    startsOn
    endsOn
    capacity
    arrangement
    transportYuan
    restYuan
    organizer {
      id
      name
    }
    costShares {
      payer
      yuan
    }
    places {
      taken
      left
    }
  }
`)

graphql(`
  fragment RecuperationEnrolmentRow on RecuperationEnrolment {
    id
    state
    level
    lastRecuperatedOn
    feedbackRating
    feedbackText
    modelWorker {
      id
      name
    }
    organization {
      id
      name
    }
    batch {
      id
      name
      destination
      startsOn
      endsOn
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

export const RecuperationPayRulesQuery = graphql(`
  query RecuperationPayRules {
    recuperationPayRules {
      id
      arrangement
      transportPayer
      restPayer
    }
  }
`)

export const RecuperationBatchesQuery = graphql(`
  query RecuperationBatches($open: Boolean, $after: String) {
    recuperationBatches(open: $open, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...RecuperationBatchRow
      }
    }
  }
`)

export const RecuperationEnrolmentsQuery = graphql(`
  query RecuperationEnrolments($batch: String, $state: RecuperationEnrolmentState, $after: String) {
    recuperationEnrolments(batch: $batch, state: $state, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...RecuperationEnrolmentRow
      }
    }
  }
`)

export const RecuperationOverdueQuery = graphql(`
  query RecuperationOverdue($after: String) {
    recuperationOverdue(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        level
        lastOn
        modelWorker {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
  }
`)

export const ViewerRecuperationEnrolmentsQuery = graphql(`
  query ViewerRecuperationEnrolments($after: String) {
    viewerRecuperationEnrolments(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...RecuperationEnrolmentRow
      }
    }
  }
`)

export const RecuperationBatchCreateMutation = graphql(`
  mutation RecuperationBatchCreate($input: RecuperationBatchCreateInput!) {
    recuperationBatchCreate(input: $input) {
      batch {
        ...RecuperationBatchRow
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const RecuperationEnrolMutation = graphql(`
  mutation RecuperationEnrol($input: RecuperationEnrolInput!) {
    recuperationEnrol(input: $input) {
      enrolment {
        ...RecuperationEnrolmentRow
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const RecuperationBatchAllocateMutation = graphql(`
  mutation RecuperationBatchAllocate($input: RecuperationAllocateInput!) {
    recuperationBatchAllocate(input: $input) {
      batch {
        ...RecuperationBatchRow
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const RecuperationEnrolmentStepMutation = graphql(`
  mutation RecuperationEnrolmentStep($input: RecuperationEnrolmentStepInput!) {
    recuperationEnrolmentStep(input: $input) {
      enrolment {
        ...RecuperationEnrolmentRow
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const RecuperationFeedbackMutation = graphql(`
  mutation RecuperationFeedback($input: RecuperationFeedbackInput!) {
    recuperationFeedback(input: $input) {
      enrolment {
        ...RecuperationEnrolmentRow
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const RecuperationPayRuleUpdateMutation = graphql(`
  mutation RecuperationPayRuleUpdate($input: RecuperationPayRuleUpdateInput!) {
    recuperationPayRuleUpdate(input: $input) {
      rule {
        id
        arrangement
        transportPayer
        restPayer
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)
