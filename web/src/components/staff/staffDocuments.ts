import { graphql } from '~/gql'

export const StaffDashboardQuery = graphql(`
  query StaffDashboard {
    viewer {
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
          kind
          ancestry {
            id
            name
          }
        }
      }
    }
  }
`)
