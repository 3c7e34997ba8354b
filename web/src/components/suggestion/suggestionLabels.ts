import type { SelectOption } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { beijingDate } from '~/composables/beijingTime'
import type {
  CoSignStatus, SuggestionAnswerOutcome, SuggestionChannel, SuggestionField, SuggestionRating, SuggestionReferralKind, SuggestionState,
} from '~/gql/graphql'

/** The suggestion channel's enums in display order; labels live under `suggestion.enum` in the locales. */
export const suggestionEnums = {
  SuggestionField: ['CITY_MANAGEMENT', 'WORKERS_RIGHTS', 'WORK_SAFETY', 'SCIENCE_INNOVATION', 'UNION_WORK', 'OTHER'] as SuggestionField[],
  SuggestionState: ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'ANSWERED', 'FED_BACK', 'CLOSED', 'DECLINED'] as SuggestionState[],
  SuggestionChannel: ['ONLINE', 'LETTER', 'IN_PERSON'] as SuggestionChannel[],
  SuggestionRating: ['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'] as SuggestionRating[],
  SuggestionAnswerOutcome: ['WILL_ADOPT', 'PARTLY', 'EXPLAINED'] as SuggestionAnswerOutcome[],
  SuggestionReferralKind: ['PEOPLES_CONGRESS_MOTION', 'CPPCC_PROPOSAL'] as SuggestionReferralKind[],
  CoSignStatus: ['PENDING', 'CONFIRMED', 'DECLINED'] as CoSignStatus[],
}

export type SuggestionEnum = keyof typeof suggestionEnums

export function useSuggestionLabels() {
  const { t } = useI18n()
  const label = (name: SuggestionEnum | 'SuggestionAction', value: string | null | undefined) => (value ? t(`suggestion.enum.${name}.${value}`) : t('common.none'))
  const options = (name: SuggestionEnum, only?: readonly string[]): SelectOption[] =>
    (suggestionEnums[name] as string[]).filter((v) => !only || only.includes(v)).map((value) => ({ value, label: label(name, value) }))
  /** A date-time as a Beijing calendar day. */
  const day = (iso: string | null | undefined) => (iso ? beijingDate(iso) : t('common.none'))
  return { label, options, day }
}
