import { graphql } from '~/gql'

/** The nomination process: one operation per action, named after what it does. */
graphql(`
  fragment NominationRow on Nomination {
    id state source candidateName employerName post
    honor { id name }
    unit { id name }
  }
`)

graphql(`
  fragment NominationFile on Nomination {
    id state source recipientKind candidateName gender employerName post publicSummary deeds
    frontLine technical grassroots enterpriseHead cadre youth minority nonParty
    idNumberMasked phone birthDate ethnicity politicalStatus consentToPublish proposerName
    viewerActions viewerCanEdit viewerCanRecuse viewerCanWithdrawConsent viewerCanRevealIdNumber
    viewerActionOptions { action reasonRequired refusals { message } }
    campaign { id name }
    honor { id name }
    unit { id name parent { id name } }
    honorsHeld { id name }
    attachments { id name size url }
    recommendation { heldOn delegates present votesFor votesAgainst abstaining }
    deedsReport { reportedOn audience material }
    partyConsent { consentedOn committee note }
    signOffs { id department signedOn opinion }
    recusals { reason reviewerName note }
    eligibilityProblems { ...UserErrorFields }
    noticeEntries { id status notice { id title stage startsOn endsOn } }
  }
`)

export const NominationFileQuery = graphql(`
  query NominationFile($id: ID!) {
    nomination(id: $id) { ...NominationFile }
  }
`)

export const NominationHistoryQuery = graphql(`
  query NominationHistory($id: ID!, $after: String) {
    nomination(id: $id) {
      id
      history(first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { at action fromState toState actorName reason }
      }
    }
  }
`)

export const NominationsQuery = graphql(`
  query Nominations($campaign: ID, $states: [NominationState!], $search: String, $after: String) {
    nominations(campaign: $campaign, states: $states, search: $search, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...NominationRow }
    }
  }
`)

export const MyNominationsQuery = graphql(`
  query MyNominations($after: String) {
    myNominations(first: 10, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...NominationRow consentToPublish viewerCanEdit viewerCanWithdrawConsent viewerActions timeline { state at } }
    }
  }
`)

export const WorkbenchQueuesQuery = graphql(`
  query WorkbenchQueues($campaign: ID!) {
    workbenchQueues(campaign: $campaign) { state actions count }
  }
`)

export const BatchStructureQuery = graphql(`
  query BatchStructure($campaign: ID!, $organization: ID!) {
    batchStructure(campaign: $campaign, organization: $organization) {
      total seats
      organization { id name }
      rules { dimension bound percent count share satisfied }
    }
  }
`)

export const NominationCreateMutation = graphql(`
  mutation NominationCreate($input: NominationCreateInput!) {
    nominationCreate(input: $input) { nomination { ...NominationFile } userErrors { ...UserErrorFields } }
  }
`)

export const NominationUpdateMutation = graphql(`
  mutation NominationUpdate($input: NominationUpdateInput!) {
    nominationUpdate(input: $input) { nomination { ...NominationFile } userErrors { ...UserErrorFields } }
  }
`)

export const NominationTransitionMutation = graphql(`
  mutation NominationTransition($input: NominationTransitionInput!) {
    nominationTransition(input: $input) { nomination { ...NominationFile } userErrors { ...UserErrorFields } }
  }
`)

export const NominationRecommendationMutation = graphql(`
  mutation NominationRecommendationRecord($input: NominationRecommendationInput!) {
    nominationRecommendationRecord(input: $input) { nomination { ...NominationFile } userErrors { ...UserErrorFields } }
  }
`)

export const NominationDeedsReportMutation = graphql(`
  mutation NominationDeedsReportRecord($input: NominationDeedsReportInput!) {
    nominationDeedsReportRecord(input: $input) { nomination { ...NominationFile } userErrors { ...UserErrorFields } }
  }
`)

export const NominationPartyConsentMutation = graphql(`
  mutation NominationPartyConsentRecord($input: NominationPartyConsentInput!) {
    nominationPartyConsentRecord(input: $input) { nomination { ...NominationFile } userErrors { ...UserErrorFields } }
  }
`)

export const NominationSignOffMutation = graphql(`
  mutation NominationSignOffRecord($input: NominationSignOffInput!) {
    nominationSignOffRecord(input: $input) { nomination { ...NominationFile } userErrors { ...UserErrorFields } }
  }
`)

export const NominationRecuseMutation = graphql(`
  mutation NominationRecuse($input: NominationRecuseInput!) {
    nominationRecuse(input: $input) { nomination { ...NominationFile } userErrors { ...UserErrorFields } }
  }
`)

export const NominationPublicationConsentWithdrawMutation = graphql(`
  mutation NominationPublicationConsentWithdraw($input: NominationPublicationConsentWithdrawInput!) {
    nominationPublicationConsentWithdraw(input: $input) { nomination { ...NominationFile } userErrors { ...UserErrorFields } }
  }
`)

export const NoticePublishMutation = graphql(`
  mutation NoticePublish($input: NoticePublishInput!) {
    noticePublish(input: $input) { notice { id title startsOn endsOn workingDays snapshotHash } userErrors { ...UserErrorFields } }
  }
`)

export const CampaignOptionsQuery = graphql(`
  query CampaignOptions {
    campaigns(first: 50) { nodes { id name year status honors { id name } } }
  }
`)

export const ReadyForNoticeQuery = graphql(`
  query ReadyForNotice($campaign: ID!, $stage: NoticeStage!, $organization: ID, $after: String) {
    nominations(campaign: $campaign, readyForNotice: $stage, organization: $organization, first: 50, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...NominationRow consentToPublish }
    }
  }
`)

export const PublishedNoticesQuery = graphql(`
  query PublishedNotices($campaign: ID!, $stage: NoticeStage!, $organization: ID) {
    notices(campaign: $campaign, stage: $stage, organization: $organization, first: 20) {
      totalCount
      nodes { id title startsOn endsOn workingDays entries(first: 20) { totalCount nodes { id candidateName } } }
    }
  }
`)

export const HonorCatalogueQuery = graphql(`
  query NominationHonorCatalogue {
    honors(first: 100) { nodes { id name } }
  }
`)

/** The candidate's whole ID number, to staff on the file; the server writes each view to the file's history. */
export const NominationIdNumberRevealMutation = graphql(`
  mutation NominationIdNumberReveal($input: NominationIdNumberRevealInput!) {
    nominationIdNumberReveal(input: $input) { idNumber userErrors { code field message } }
  }
`)
