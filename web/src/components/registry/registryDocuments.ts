import { graphql } from '~/gql'

/*
 * The staff registry's operations (劳模信息数据库): the list, the record in the form's six categories,
 * the yearly update and its progress, transfers and reports. Lists carry the ID number masked only;
 * the whole number is the reveal mutation, which the server writes to the record's history.
 */
export const RegistryRecordsQuery = graphql(`
  query RegistryRecords(
    $search: String, $level: HonorLevel, $category: ModelWorkerCategory, $employmentStatus: EmploymentStatus, $pendingThisYear: Boolean, $organization: ID, $after: String
  ) {
    registryRecords(
      first: 20, after: $after, search: $search, level: $level, category: $category, employmentStatus: $employmentStatus,
      pendingThisYear: $pendingThisYear, organization: $organization
    ) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name gender employerName post idNumberMasked category employmentStatus status confirmedYear keeper { id name } }
    }
  }
`)

export const RegistryRecordQuery = graphql(`
  query RegistryRecord($id: ID!) {
    registryRecord(id: $id) {
      id name gender idNumberMasked birthDate ethnicity politicalStatus education phone address householdBeijing migrantWorker health
      familyMembers { relation name birthYear employer }
      familyHardship
      employerName post employmentStatus keeping keeper { id name }
      workHistory { employer post from to }
      deeds needs category categoryReason status confirmedYear confirmedAt
      honors { id year revokedAt revokeReason conferredBy modelWorkerTreatment revocationReported honor { id name level } }
      transfers { id state reason to { id name } from { id name } }
    }
  }
`)

export const RegistryRecordHistoryQuery = graphql(`
  query RegistryRecordHistory($id: ID!, $after: String) {
    registryRecord(id: $id) {
      id
      history(first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { at action fromState toState reason actorName }
      }
    }
  }
`)

export const ModelWorkerIdNumberRevealMutation = graphql(`
  mutation ModelWorkerIdNumberReveal($input: ModelWorkerIdNumberRevealInput!) {
    modelWorkerIdNumberReveal(input: $input) { idNumber userErrors { code field message } }
  }
`)

export const ModelWorkerConfirmMutation = graphql(`
  mutation ModelWorkerConfirm($input: ModelWorkerConfirmInput!) {
    modelWorkerConfirm(input: $input) { record { id category categoryReason employmentStatus confirmedYear confirmedAt } userErrors { code field message } }
  }
`)

export const RegistryProgressQuery = graphql(`
  query RegistryProgress($organization: ID!, $after: String, $pendingOnly: Boolean) {
    registryProgress(organization: $organization) {
      year total confirmed
      keepers(first: 20, after: $after, pendingOnly: $pendingOnly) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { organization { id name } total confirmed pending }
      }
    }
  }
`)

export const RegistryTransfersQuery = graphql(`
  query RegistryTransfers($state: TransferState, $after: String) {
    registryTransfers(first: 20, after: $after, state: $state) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name state reason keeping requestedAt decidedAt declineReason from { id name } to { id name } }
    }
  }
`)

export const ModelWorkerTransferAcceptMutation = graphql(`
  mutation ModelWorkerTransferAccept($input: ModelWorkerTransferAcceptInput!) {
    modelWorkerTransferAccept(input: $input) { transfer { id state decidedAt } userErrors { code field message } }
  }
`)

export const ModelWorkerTransferDeclineMutation = graphql(`
  mutation ModelWorkerTransferDecline($input: ModelWorkerTransferDeclineInput!) {
    modelWorkerTransferDecline(input: $input) { transfer { id state decidedAt declineReason } userErrors { code field message } }
  }
`)

export const RegistryReportsQuery = graphql(`
  query RegistryReports($after: String) {
    registryReports(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id kind name occurredOn details reportedByName reportedAt organization { id name } }
    }
  }
`)

export const ModelWorkerTransferRequestMutation = graphql(`
  mutation ModelWorkerTransferRequest($input: ModelWorkerTransferRequestInput!) {
    modelWorkerTransferRequest(input: $input) { transfer { id state reason from { id name } to { id name } } userErrors { code field message } }
  }
`)

export const ModelWorkerReportMutation = graphql(`
  mutation ModelWorkerReport($input: ModelWorkerReportInput!) {
    modelWorkerReport(input: $input) { report { id kind } userErrors { code field message } }
  }
`)

export const ModelWorkerUpdateMutation = graphql(`
  mutation ModelWorkerUpdate($input: ModelWorkerUpdateInput!) {
    modelWorkerUpdate(input: $input) {
      record {
        id phone address ethnicity politicalStatus education householdBeijing migrantWorker health familyHardship employerName post employmentStatus deeds needs
        familyMembers { relation name birthYear employer }
        workHistory { employer post from to }
      }
      userErrors { code field message }
    }
  }
`)

export const ModelWorkerCreateMutation = graphql(`
  mutation ModelWorkerCreate($input: ModelWorkerCreateInput!) {
    modelWorkerCreate(input: $input) { record { id name } userErrors { code field message } }
  }
`)

/** The honors a record may hold, with their level and whether they carry model-worker treatment. */
export const RegistryHonorOptionsQuery = graphql(`
  query RegistryHonorOptions {
    honors(first: 100) { nodes { id name level modelWorkerTreatment } }
  }
`)

export const ModelWorkerHonorAddMutation = graphql(`
  mutation ModelWorkerHonorAdd($input: ModelWorkerHonorAddInput!) {
    modelWorkerHonorAdd(input: $input) {
      record { id honors { id year revokedAt revokeReason conferredBy modelWorkerTreatment revocationReported honor { id name level } } }
      userErrors { code field message }
    }
  }
`)

export const ModelWorkerAccountLinkMutation = graphql(`
  mutation ModelWorkerAccountLink($input: ModelWorkerAccountLinkInput!) {
    modelWorkerAccountLink(input: $input) { modelWorker { id } userErrors { code field message } }
  }
`)

/*
 * Imports (the file goes up by `POST /api/registry/imports`, composables/registryFiles.ts): the import's
 * state, progress and every row's problems, polled while it runs; the keeper confirms a checked file.
 */
export const RegistryImportQuery = graphql(`
  query RegistryImport($id: ID!) {
    registryImport(id: $id) {
      id fileName format state rowsTotal rowsChecked rowsWritten created updated problemCount finishedAt
      problems { row column code message }
    }
  }
`)

export const RegistryImportConfirmMutation = graphql(`
  mutation RegistryImportConfirm($input: RegistryImportConfirmInput!) {
    registryImportConfirm(input: $input) {
      userErrors { code field message }
      registryImport { id state rowsChecked rowsWritten }
    }
  }
`)

/** The imports made in the viewer's organizations, newest first, a page at a time. */
export const RegistryImportsQuery = graphql(`
  query RegistryImports($after: String) {
    registryImports(first: 20, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id fileName state rowsTotal rowsWritten problemCount createdAt createdByName organization { id name } }
    }
  }
`)

/** 退出机制: an honor on record reported for revocation, passed up to the body that conferred it, which decides. */
export const HonorRevocationReportMutation = graphql(`
  mutation HonorRevocationReport($input: HonorRevocationReportInput!) {
    honorRevocationReport(input: $input) {
      revocation { id state at { id name } conferringBody { id name } }
      userErrors { code field message }
    }
  }
`)

export const HonorRevocationsQuery = graphql(`
  query HonorRevocations($state: RevocationState, $after: String) {
    honorRevocations(first: 20, after: $after, state: $state) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name state reportReason reportedAt decisionReason decidedAt
        held { id year honor { id name level } }
        at { id name }
        conferringBody { id name }
        record { id }
        viewerActionOptions { action reasonRequired refusals { code message } }
      }
    }
  }
`)

export const HonorRevocationStepMutation = graphql(`
  mutation HonorRevocationStep($input: HonorRevocationStepInput!) {
    honorRevocationStep(input: $input) {
      revocation { id state decisionReason decidedAt at { id name } viewerActionOptions { action reasonRequired refusals { code message } } }
      userErrors { code field message }
    }
  }
`)

