import { graphql } from '~/gql'

export const StaffDashboardQuery = graphql(`
  query StaffDashboard {
    viewer {
      ...SessionViewer
      # The dashboard also places each role in the tree.
      roleGrants {
        id
        organization {
          id
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