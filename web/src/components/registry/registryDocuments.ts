import { graphql } from '~/gql'

export const ModelWorkerProfilesQuery = graphql(`
  query ModelWorkerProfiles($search: String, $level: HonorLevel, $district: ID, $after: String) {
    modelWorkerProfiles(search: $search, level: $level, district: $district, first: 24, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        id name employerName post
        district { id name }
        honors { id year honor { id name level } }
      }
    }
    districts: organizations(kind: DISTRICT_UNION, first: 100) { nodes { id name } }
    industries: organizations(kind: INDUSTRY_UNION, first: 100) { nodes { id name } }
    bureaus: organizations(kind: BUREAU_UNION, first: 100) { nodes { id name } }
  }
`)

export const ModelWorkerProfileQuery = graphql(`
  query ModelWorkerProfile($id: ID!) {
    modelWorkerProfile(id: $id) {
      id name gender employerName post deedsSummary
      district { id name }
      honors { id year honor { id name level } }
      studio { id name level }
    }
  }
`)
