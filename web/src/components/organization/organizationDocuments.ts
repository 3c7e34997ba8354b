import { graphql } from '~/gql'

export const OrganizationPickerQuery = graphql(`
  query OrganizationPicker($search: String) {
    organizations(search: $search, first: 20) {
      nodes {
        id
        name
        ancestry {
          id
          name
        }
      }
    }
  }
`)

export const OrganizationSearchQuery = graphql(`
  query OrganizationSearch($search: String!) {
    organizations(search: $search, first: 50) {
      totalCount
      nodes {
        id
        name
        kind
        ancestry {
          id
          name
        }
      }
    }
  }
`)

graphql(`
  fragment OrganizationFormFields on Organization {
    id
    name
    shortName
    kind
    employerKind
    contact
    parent {
      id
    }
  }
`)

export const OrganizationCreateMutation = graphql(`
  mutation OrganizationCreate($input: OrganizationCreateInput!) {
    organizationCreate(input: $input) {
      organization {
        ...OrganizationFormFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const OrganizationUpdateMutation = graphql(`
  mutation OrganizationUpdate($input: OrganizationUpdateInput!) {
    organizationUpdate(input: $input) {
      organization {
        ...OrganizationFormFields
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`)

export const OrganizationTreeLevelQuery = graphql(`
  query OrganizationTreeLevel($parent: ID, $after: String) {
    organizations(parent: $parent, first: 100, after: $after) {
      nodes {
        id
        name
        shortName
        kind
        children(first: 1) {
          totalCount
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`)

export const OrganizationPanelQuery = graphql(`
  query OrganizationPanel($id: ID!) {
    organization(id: $id) {
      id
      name
      shortName
      kind
      employerKind
      contact
      viewerCanManage
      parent {
        id
      }
      ancestry {
        id
        name
      }
      children(first: 1) {
        totalCount
      }
    }
  }
`)
