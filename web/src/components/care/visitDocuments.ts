import { graphql } from '~/gql'

/* 八分八有 (seed 003): pairings, the visit log, birthdays and festivals, coverage, and the model worker's contact card. */
graphql(`
  fragment CarePairingRow on CarePairing {
    id
    level
    partnerKind
    partnerName
    partnerPost
    partnerPhone
    startedOn
    endedOn
    endReason
    modelWorker { id name employerName }
    organization { id name }
  }
`)

graphql(`
  fragment CareVisitRow on CareVisit {
    id
    visitedOn
    visitorName
    visitorKind
    reason
    festival { id name }
    raised
    followUp
    followUpDoneAt
    viewerCanMarkFollowUpDone
    byPairedContact
    modelWorker { id name employerName }
  }
`)

export const CareWorkerSearchQuery = graphql(`
  query CareWorkerSearch($search: String) {
    registryRecords(first: 20, search: $search) { nodes { id name employerName } }
  }
`)

export const CarePairingsQuery = graphql(`
  query CarePairings($active: Boolean, $after: String) {
    carePairingRules { level partnerKind }
    carePairings(first: 20, after: $after, active: $active) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...CarePairingRow }
    }
  }
`)

export const CarePairingCreateMutation = graphql(`
  mutation CarePairingCreate($input: CarePairingCreateInput!) {
    carePairingCreate(input: $input) { pairing { ...CarePairingRow } userErrors { code field message } }
  }
`)

export const CarePairingEndMutation = graphql(`
  mutation CarePairingEnd($input: CarePairingEndInput!) {
    carePairingEnd(input: $input) { pairing { ...CarePairingRow } userErrors { code field message } }
  }
`)

export const CareVisitsQuery = graphql(`
  query CareVisits($year: Int, $followUpOpen: Boolean, $after: String) {
    careFestivals { id code name }
    careVisits(first: 20, after: $after, year: $year, followUpOpen: $followUpOpen) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...CareVisitRow }
    }
  }
`)

export const CareVisitRecordMutation = graphql(`
  mutation CareVisitRecord($input: CareVisitRecordInput!) {
    careVisitRecord(input: $input) { visit { ...CareVisitRow } userErrors { code field message } }
  }
`)

export const CareVisitFollowUpDoneMutation = graphql(`
  mutation CareVisitFollowUpDone($input: CareVisitFollowUpDoneInput!) {
    careVisitFollowUpDone(input: $input) { visit { ...CareVisitRow } userErrors { code field message } }
  }
`)

export const CareBirthdaysQuery = graphql(`
  query CareBirthdays($after: String) {
    careBirthdaysThisWeek(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { birthday age visited modelWorker { id name employerName } pairing { id partnerName partnerPhone } }
    }
  }
`)

export const CareFestivalListQuery = graphql(`
  query CareFestivalList($festival: ID!, $year: Int, $notVisitedOnly: Boolean, $after: String) {
    careFestivalList(festival: $festival, year: $year, notVisitedOnly: $notVisitedOnly, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { visited modelWorker { id name employerName } pairing { id partnerName partnerPhone } }
    }
  }
`)

export const CareFestivalsQuery = graphql(`
  query CareFestivals { careFestivals { id code name } }
`)

export const CareCoverageQuery = graphql(`
  query CareCoverage($year: Int, $uncoveredOnly: Boolean, $after: String) {
    careVisitQuotas { code name visitsPerYear }
    careCoverageSummary(year: $year) { year people covered uncovered }
    careCoverage(year: $year, uncoveredOnly: $uncoveredOnly, first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { covered modelWorker { id name employerName } standings { code name visits required met } }
    }
  }
`)

export const MyCarePairingQuery = graphql(`
  query MyCarePairing { myCarePairing { kind name post phone since } }
`)

/** 八分八有's standards an administrator keeps (the standards page): pairing by level, visiting duties, festivals. */
export const CareVisitStandardsQuery = graphql(`
  query CareVisitStandards {
    carePairingRules { id level partnerKind }
    careVisitQuotas { id code name visitorKinds visitsPerYear }
    careFestivals { id code name position }
  }
`)

export const CarePairingRuleUpdateMutation = graphql(`
  mutation CarePairingRuleUpdate($input: CarePairingRuleUpdateInput!) {
    carePairingRuleUpdate(input: $input) {
      rule { id level partnerKind }
      userErrors { code field message }
    }
  }
`)

export const CareVisitQuotaUpdateMutation = graphql(`
  mutation CareVisitQuotaUpdate($input: CareVisitQuotaUpdateInput!) {
    careVisitQuotaUpdate(input: $input) {
      quota { id code name visitorKinds visitsPerYear }
      userErrors { code field message }
    }
  }
`)

export const CareFestivalUpdateMutation = graphql(`
  mutation CareFestivalUpdate($input: CareFestivalUpdateInput!) {
    careFestivalUpdate(input: $input) {
      festival { id code name position }
      userErrors { code field message }
    }
  }
`)
