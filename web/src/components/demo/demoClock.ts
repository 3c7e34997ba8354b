import { graphql } from '~/gql'

/** The demo clock as the header and the administrator's panel read it (null in production). */
export const DemoClockQuery = graphql(`
  query DemoClock {
    demoClock { today realToday offsetDays movedAt viewerCanMove }
  }
`)
