import { graphql } from '~/gql'

graphql(`
  fragment UserErrorFields on UserError {
    message
    field
    code
  }
`)
