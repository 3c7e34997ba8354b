import { graphql } from '~/gql'

export const ModelWorkerProfilesQuery = graphql(`
  query ModelWorkerProfiles($search: String, $level: HonorLevel, $district: ID, $industry: StudioIndustry, $after: String) {
    modelWorkerProfiles(search: $search, level: $level, district: $district, industry: $industry, first: 24, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      nodes {
        id name employerName post industry
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
      id name gender employerName post industry deedsSummary photoUrl
      district { id name }
      honors { id year honor { id name level } }
      studio { id name level }
    }
  }
`)

export const MyModelWorkerRecordQuery = graphql(`
  query MyModelWorkerRecord {
    myModelWorkerRecord { modelWorker { id name photoUrl } profileConsent deedsSummary }
  }
`)

export const ModelWorkerClaimMutation = graphql(`
  mutation ModelWorkerClaim($input: ModelWorkerClaimInput!) {
    modelWorkerClaim(input: $input) { modelWorker { id name } userErrors { ...UserErrorFields } }
  }
`)

export const ModelWorkerProfileUpdateMutation = graphql(`
  mutation ModelWorkerProfileUpdate($input: ModelWorkerProfileUpdateInput!) {
    modelWorkerProfileUpdate(input: $input) { profileConsent userErrors { ...UserErrorFields } }
  }
`)

export const ModelWorkerPhotoSetMutation = graphql(`
  mutation ModelWorkerPhotoSet($input: ModelWorkerPhotoSetInput!) {
    modelWorkerPhotoSet(input: $input) { modelWorker { id photoUrl } userErrors { ...UserErrorFields } }
  }
`)
