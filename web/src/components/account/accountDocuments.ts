import { graphql } from '~/gql'

graphql(`
  fragment SessionViewer on Viewer {
    isStaff
    capabilities
    mustChangePassword
    account {
      id
      displayName
      username
      phoneMasked
      kind
    }
    roleGrants {
      id
      role
      organization {
        id
        name
        shortName
      }
    }
  }
`)

export const ViewerQuery = graphql(`
  query SessionViewerQuery {
    viewer {
      ...SessionViewer
    }
  }
`)

export const SessionDeleteMutation = graphql(`
  mutation SessionDelete {
    sessionDelete(input: {}) {
      viewer {
        ...SessionViewer
      }
      userErrors {
        message
        field
        code
      }
    }
  }
`)

export const SessionsEndOthersMutation = graphql(`
  mutation SessionsEndOthers {
    sessionsEndOthers(input: {}) {
      endedSessions
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const StaffAccountsQuery = graphql(`
  query StaffAccounts($search: String, $organization: ID, $after: String) {
    accounts(first: 20, after: $after, search: $search, organization: $organization) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...StaffAccountRow
      }
    }
  }
`)

export const AccountRegisterMutation = graphql(`
  mutation AccountRegister($input: AccountRegisterInput!) {
    accountRegister(input: $input) {
      viewer {
        ...SessionViewer
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const AccountPasswordChangeMutation = graphql(`
  mutation AccountPasswordChange($input: AccountPasswordChangeInput!) {
    accountPasswordChange(input: $input) {
      endedSessions
      viewer {
        ...SessionViewer
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

graphql(`
  fragment StaffAccountRow on Account {
    id
    displayName
    username
    phoneMasked
    kind
    roleGrants {
      id
      role
      organization {
        id
        name
        shortName
      }
    }
  }
`)

export const StaffAccountCreateMutation = graphql(`
  mutation StaffAccountCreate($input: StaffAccountCreateInput!) {
    staffAccountCreate(input: $input) {
      account {
        id
        displayName
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const VerificationCodeSendMutation = graphql(`
  mutation VerificationCodeSend($input: VerificationCodeSendInput!) {
    verificationCodeSend(input: $input) {
      sent
      retryAfterSeconds
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const SessionCreateMutation = graphql(`
  mutation SessionCreate($input: SessionCreateInput!) {
    sessionCreate(input: $input) {
      viewer {
        ...SessionViewer
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const AccountPasswordResetMutation = graphql(`
  mutation AccountPasswordReset($input: AccountPasswordResetInput!) {
    accountPasswordReset(input: $input) {
      viewer {
        ...SessionViewer
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)
