import { graphql } from '~/gql'

export const StaffHonorsQuery = graphql(`
  query StaffHonors($level: HonorLevel, $after: String) {
    honors(first: 20, after: $after, level: $level) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...HonorFields
      }
    }
  }
`)

graphql(`
  fragment HonorFields on Honor {
    id
    code
    name
    level
    recipientKind
    modelWorkerTreatment
    treatmentLevel
    employerKinds
    prerequisites {
      id
      name
    }
    description
  }
`)

export const HonorPrerequisiteOptionsQuery = graphql(`
  query HonorPrerequisiteOptions {
    honors(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`)

export const HonorCreateMutation = graphql(`
  mutation HonorCreate($input: HonorCreateInput!) {
    honorCreate(input: $input) {
      honor {
        ...HonorFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const HonorUpdateMutation = graphql(`
  mutation HonorUpdate($input: HonorUpdateInput!) {
    honorUpdate(input: $input) {
      honor {
        ...HonorFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)
