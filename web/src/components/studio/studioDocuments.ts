import { graphql } from '~/gql'

graphql(`
  fragment StudioProjectFields on Studio {
    projects(first: 100) {
      nodes {
        id
        title
        goal
        status
        startsOn
        endsOn
      }
    }
    results(first: 20, after: $resultsAfter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...StudioResultFields
      }
    }
  }
`)

/** A studio's whole file as its lead and the staff over it see it: details, team with contacts, certification. */
export const StudioFileQuery = graphql(`
  query StudioFile($id: ID!, $resultsAfter: String, $membersAfter: String, $historyAfter: String) {
    studio(id: $id) {
      ...StudioFormFields
      certifiedOn
      viewerActions
      viewerActionOptions {
        action
        reasonRequired
        refusals {
          message
        }
      }
      viewerCanEdit
      organization {
        id
        name
      }
      leader {
        id
        name
        post
      }
      ...StudioProjectFields
      certification {
        criteria {
          ...StudioCriterionFields
        }
        reviews {
          id
          year
          outcome
          comment
          reviewerName
          reviewedAt
        }
        members(first: 20, after: $membersAfter) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            post
            phone
            member {
              id
              name
              role
            }
          }
        }
        ruleBreaches {
          ...UserErrorFields
        }
        history(first: 20, after: $historyAfter) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          nodes {
            at
            actorName
            action
            fromState
            toState
            reason
          }
        }
      }
    }
  }
`)

export const StaffStudiosQuery = graphql(`
  query StaffStudios($status: StudioStatus, $level: StudioLevel, $search: String, $after: String) {
    staffStudios(status: $status, level: $level, search: $search, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        level
        status
        viewerActions
        leader {
          id
          name
        }
        district {
          id
          name
        }
      }
    }
  }
`)

export const StudioResultsQuery = graphql(`
  query StudioResults($kind: StudioResultKind, $after: String) {
    studioResults(kind: $kind, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...StudioResultFields
        studio {
          id
          name
        }
      }
    }
  }
`)

export const StudioQuery = graphql(`
  query Studio($id: ID!, $resultsAfter: String) {
    studio(id: $id) {
      ...StudioFormFields
      ...StudioProjectFields
      certifiedOn
      viewerCanEdit
      organization {
        id
        name
      }
      district {
        id
        name
      }
      leader {
        id
        name
        post
        employerName
        honors {
          id
          year
          honor {
            id
            name
          }
        }
      }
      members(first: 100) {
        totalCount
        nodes {
          id
          name
          role
        }
      }
    }
  }
`)

export const ViewerStudiosQuery = graphql(`
  query ViewerStudios {
    viewerStudios(first: 10) {
      nodes {
        id
        status
      }
    }
  }
`)

export const StudioSubmitMutation = graphql(`
  mutation StudioSubmit($input: StudioSubmitInput!) {
    studioSubmit(input: $input) {
      studio {
        id
        status
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const StudioResultRemoveMutation = graphql(`
  mutation StudioResultRemove($input: StudioResultRemoveInput!) {
    studioResultRemove(input: $input) {
      studio {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const StudiosQuery = graphql(`
  query Studios($search: String, $level: StudioLevel, $district: ID, $industry: StudioIndustry, $field: StudioField, $sort: StudioSort, $after: String) {
    studios(search: $search, level: $level, district: $district, industry: $industry, field: $field, sort: $sort, first: 12, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...StudioCardFields
      }
      facets {
        levels {
          value
          count
        }
        industries {
          value
          count
        }
        fields {
          value
          count
        }
        districts {
          count
          district {
            id
            name
          }
        }
      }
    }
  }
`)

graphql(`
  fragment StudioCardFields on Studio {
    id
    name
    level
    status
    industry
    field
    district {
      id
      name
      shortName
    }
    leader {
      id
      name
      post
    }
    resultCount
  }
`)

export const StudioResultAddMutation = graphql(`
  mutation StudioResultAdd($input: StudioResultAddInput!) {
    studioResultAdd(input: $input) {
      result {
        ...StudioResultFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

graphql(`
  fragment StudioResultFields on StudioResult {
    id
    title
    kind
    achievedOn
    benefit
    valueYuan
  }
`)

export const StudioProjectAddMutation = graphql(`
  mutation StudioProjectAdd($input: StudioProjectAddInput!) {
    studioProjectAdd(input: $input) {
      studio {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const StudioProjectUpdateMutation = graphql(`
  mutation StudioProjectUpdate($input: StudioProjectUpdateInput!) {
    studioProjectUpdate(input: $input) {
      project {
        id
        status
        endsOn
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

graphql(`
  fragment StudioFormFields on Studio {
    id
    name
    level
    status
    industry
    field
    introduction
    venue
    facilities
    venueArea
    annualFunding
    fundingSource
    foundedOn
  }
`)

export const StudioCreateMutation = graphql(`
  mutation StudioCreate($input: StudioCreateInput!) {
    studioCreate(input: $input) {
      studio {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const StudioUpdateMutation = graphql(`
  mutation StudioUpdate($input: StudioUpdateInput!) {
    studioUpdate(input: $input) {
      studio {
        ...StudioFormFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

graphql(`
  fragment StudioCriterionFields on StudioCriterion {
    id
    have
    evidence
    judgement
    assessorNote
    assessedAt
    attachments {
      id
      name
      size
      url
    }
  }
`)

export const StudioEvidenceSaveMutation = graphql(`
  mutation StudioEvidenceSave($input: StudioEvidenceSaveInput!) {
    studioEvidenceSave(input: $input) {
      studio {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const StudioCriterionAssessMutation = graphql(`
  mutation StudioCriterionAssess($input: StudioCriterionAssessInput!) {
    studioCriterionAssess(input: $input) {
      studio {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const StudioMemberAddMutation = graphql(`
  mutation StudioMemberAdd($input: StudioMemberAddInput!) {
    studioMemberAdd(input: $input) {
      studio {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const StudioMemberRemoveMutation = graphql(`
  mutation StudioMemberRemove($input: StudioMemberRemoveInput!) {
    studioMemberRemove(input: $input) {
      studio {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

// The certifier's steps (StudioCertificationActions.vue).
export const StudioReturnMutation = graphql(`
  mutation StudioReturn($input: StudioReturnInput!) { studioReturn(input: $input) { studio { id status } userErrors { ...UserErrorFields } } }
`)
export const StudioReviewMutation = graphql(`
  mutation StudioReview($input: StudioReviewInput!) { studioReview(input: $input) { studio { id status } userErrors { ...UserErrorFields } } }
`)
export const StudioRevokeMutation = graphql(`
  mutation StudioRevoke($input: StudioRevokeInput!) { studioRevoke(input: $input) { studio { id status } userErrors { ...UserErrorFields } } }
`)
export const StudioCertifyMutation = graphql(`
  mutation StudioCertify($input: StudioCertifyInput!) { studioCertify(input: $input) { studio { id status } userErrors { ...UserErrorFields } } }
`)
export const StudioRectificationAcceptMutation = graphql(`
  mutation StudioRectificationAccept($input: StudioRectificationAcceptInput!) {
    studioRectificationAccept(input: $input) { studio { id status } userErrors { ...UserErrorFields } }
  }
`)

/** What each level requires, shown to applicants and certifiers (public). */
export const StudioLevelRulesQuery = graphql(`
  query StudioLevelRules {
    studioLevelRules {
      level
      leaderHonorLevel
      leaderNeedsTreatment
      minYearsRunning
      minMembers
      minProjects
      minResults
      minVenueArea
      minAnnualFunding
      certifiers
    }
  }
`)
