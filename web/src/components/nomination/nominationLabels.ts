import { useEnumLabel } from '~/composables/enumOptions'
import type { NominationAction, StructureDimension } from '~/gql/graphql'

/** Steps that cannot be taken back and have no reason to write: the page asks before taking them. */
export const confirmedActions: readonly NominationAction[] = ['SUBMIT_TO_DISTRICT', 'APPROVE_PRELIMINARY', 'APPROVE_SECONDARY']

/** Actions taken by a form of evidence on the file page, or by publishing a notice. */
export const evidenceActions: readonly NominationAction[] = ['RECORD_RECOMMENDATION', 'REPORT_DEEDS', 'RECORD_PARTY_CONSENT']
export const noticeActions: readonly NominationAction[] = ['START_UNIT_NOTICE', 'START_DISTRICT_NOTICE', 'START_CITY_NOTICE']

/** The file's flags that structure rules count, with the dimension each stands for. */
export const flagDimensions = {
  frontLine: 'FRONT_LINE', technical: 'TECHNICAL', grassroots: 'GRASSROOTS', enterpriseHead: 'ENTERPRISE_HEAD', cadre: 'CADRE', youth: 'YOUTH', minority: 'MINORITY', nonParty: 'NON_PARTY',
} as const satisfies Record<string, StructureDimension>
export type FlagName = keyof typeof flagDimensions
export const flagNames = Object.keys(flagDimensions) as FlagName[]

/** The nomination enums' labels, by the one enum helper (`enum.<Enum>.<VALUE>` in the locales). */
export function useNominationLabels() {
  const label = useEnumLabel()
  return {
    state: (s: string | null | undefined) => label('NominationState', s),
    action: (a: string) => label('NominationAction', a),
    source: (s: string) => label('NominationSource', s),
    department: (d: string) => label('SignOffDepartment', d),
    dimension: (d: string) => label('StructureDimension', d),
  }
}
