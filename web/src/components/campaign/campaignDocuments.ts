import { graphql } from '~/gql'

/** Campaign administration for the organizer's staff. */
graphql(`
  fragment CampaignSettings on Campaign {
    id name year status description nominationOpensOn nominationClosesOn conferOn
    unitNoticeWorkingDays districtNoticeWorkingDays cityNoticeWorkingDays objectionIdentity
    votingEnabled votingOpensAt votingClosesAt votesPerAccount voteTallyVisibility viewerCanManage
    organizer { id name }
    honors { id name }
    quotas { id seats organization { id name } }
    structureRules { dimension bound percent }
  }
`)

export const CampaignsQuery = graphql(`
  query Campaigns($after: String) {
    campaigns(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name year status nominationOpensOn nominationClosesOn organizer { id name } }
    }
  }
`)

export const CampaignQuery = graphql(`
  query CampaignSettings($id: ID!) {
    campaign(id: $id) { ...CampaignSettings }
  }
`)

export const CampaignFormOptionsQuery = graphql(`
  query CampaignFormOptions {
    honors(first: 100) { nodes { id name } }
    districts: organizations(kind: DISTRICT_UNION, first: 100) { nodes { id name } }
    industries: organizations(kind: INDUSTRY_UNION, first: 100) { nodes { id name } }
    bureaus: organizations(kind: BUREAU_UNION, first: 100) { nodes { id name } }
    cities: organizations(kind: CITY_FEDERATION, first: 10) { nodes { id name } }
  }
`)

export const CampaignCreateMutation = graphql(`
  mutation CampaignCreate($input: CampaignCreateInput!) {
    campaignCreate(input: $input) { campaign { ...CampaignSettings } userErrors { ...UserErrorFields } }
  }
`)

export const CampaignUpdateMutation = graphql(`
  mutation CampaignUpdate($input: CampaignUpdateInput!) {
    campaignUpdate(input: $input) { campaign { ...CampaignSettings } userErrors { ...UserErrorFields } }
  }
`)
