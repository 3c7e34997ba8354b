import { graphql } from '~/gql'

export const CalendarDaysQuery = graphql(`
  query CalendarDays($year: Int!) {
    calendarDays(year: $year) { date kind name }
  }
`)

export const CalendarDayRemoveMutation = graphql(`
  mutation CalendarDayRemove($input: CalendarDayRemoveInput!) {
    calendarDayRemove(input: $input) { removedDate userErrors { ...UserErrorFields } }
  }
`)

export const WorkingPeriodQuery = graphql(`
  query WorkingPeriod($start: String!, $workingDays: Int!) {
    workingPeriod(start: $start, workingDays: $workingDays) { start end workingDays }
  }
`)

export const CalendarDaySetMutation = graphql(`
  mutation CalendarDaySet($input: CalendarDaySetInput!) {
    calendarDaySet(input: $input) {
      calendarDay { date kind name }
      userErrors { ...UserErrorFields }
    }
  }
`)
