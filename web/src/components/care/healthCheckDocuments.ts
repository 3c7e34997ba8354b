import { graphql } from '~/gql'

/* 劳模体检: the staff's batches, bookings and missing list, and the model worker's booking. */
graphql(`
  fragment HealthCheckBatchRow on HealthCheckBatch {
    id
    name
    venue
    startsOn
    endsOn
    capacity
    year
    organizer {
      id
      name
    }
    places {
      taken
      left
    }
  }
`)

graphql(`
  fragment HealthCheckBookingRow on HealthCheckBooking {
    id
    state
    level
    year
    priceFen
    unitShareFen
    cityShareFen
    result
    modelWorker {
      id
      name
    }
    organization {
      id
      name
    }
    package {
      id
      name
    }
    batch {
      id
      name
      venue
      startsOn
      endsOn
    }
    viewerActionOptions {
      action
      reasonRequired
      refusals {
        code
        message
      }
    }
  }
`)

export const HealthCheckPackagesQuery = graphql(`
  query HealthCheckPackages {
    healthCheckPackages {
      id
      code
      name
      level
      priceYuan
      unitSharePercent
      active
    }
  }
`)

export const HealthCheckBatchesQuery = graphql(`
  query HealthCheckBatches($open: Boolean, $after: String) {
    healthCheckBatches(open: $open, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...HealthCheckBatchRow
      }
    }
  }
`)

export const HealthCheckBookingsQuery = graphql(`
  query HealthCheckBookings($batch: String, $state: HealthCheckBookingState, $after: String) {
    healthCheckBookings(batch: $batch, state: $state, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...HealthCheckBookingRow
      }
    }
  }
`)

export const HealthCheckMissingQuery = graphql(`
  query HealthCheckMissing($year: Int!, $after: String) {
    healthCheckMissing(year: $year, first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        level
        lastOn
        modelWorker {
          id
          name
        }
        organization {
          id
          name
        }
      }
    }
  }
`)

export const ViewerHealthCheckBookingsQuery = graphql(`
  query ViewerHealthCheckBookings($after: String) {
    viewerHealthCheckBookings(first: 20, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        ...HealthCheckBookingRow
      }
    }
  }
`)

export const HealthCheckBatchCreateMutation = graphql(`
  mutation HealthCheckBatchCreate($input: HealthCheckBatchCreateInput!) {
    healthCheckBatchCreate(input: $input) {
      batch {
        ...HealthCheckBatchRow
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const HealthCheckBookMutation = graphql(`
  mutation HealthCheckBook($input: HealthCheckBookInput!) {
    healthCheckBook(input: $input) {
      booking {
        ...HealthCheckBookingRow
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const HealthCheckBookingStepMutation = graphql(`
  mutation HealthCheckBookingStep($input: HealthCheckBookingStepInput!) {
    healthCheckBookingStep(input: $input) {
      booking {
        ...HealthCheckBookingRow
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const HealthCheckPackageUpdateMutation = graphql(`
  mutation HealthCheckPackageUpdate($input: HealthCheckPackageUpdateInput!) {
    healthCheckPackageUpdate(input: $input) {
      package {
        id
        priceYuan
        unitSharePercent
        active
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`)

export const HealthCheckElsewhereRecordMutation = graphql(`
  mutation HealthCheckElsewhereRecord($input: HealthCheckElsewhereRecordInput!) {
    healthCheckElsewhereRecord(input: $input) {
      record { id year checkedOn hospital }
      userErrors { code field message }
    }
  }
`)
