import { graphql } from '~/gql'

/** The demo clock as the header and the administrator's panel read it (null in production). */
export const DemoClockQuery = graphql(`
  query DemoClock {
    demoClock { today realToday offsetDays movedAt viewerCanMove }
  }
`)

export const DemoClockAdvanceMutation = graphql(`
  mutation DemoClockAdvance($input: DemoClockAdvanceInput!) {
    demoClockAdvance(input: $input) { demoClock { today realToday offsetDays movedAt viewerCanMove } userErrors { ...UserErrorFields } }
  }
`)

export const DemoClockSetMutation = graphql(`
  mutation DemoClockSet($input: DemoClockSetInput!) {
    demoClockSet(input: $input) { demoClock { today realToday offsetDays movedAt viewerCanMove } userErrors { ...UserErrorFields } }
  }
`)
