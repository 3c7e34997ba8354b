import type { SelectOption } from 'naive-ui'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { AccountKind, EmployerKind, HonorLevel, OrganizationKind, RecipientKind, Role } from '~/gql/graphql'

/** Checks at compile time that a list names every member of a schema enum. */
function allOf<T extends string>() {
  return <const L extends readonly T[]>(values: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): L => values
}

/*
 * The schema's enums in display order. `enumsAsTypes` makes them string unions with no runtime
 * value, so the lists live here, and the typecheck fails when the schema adds a member.
 */
export const enumValues = {
  Role: allOf<Role>()(['ADMIN', 'CITY_STAFF', 'DISTRICT_STAFF', 'UNIT_STAFF', 'HANDLER', 'EMPLOYEE', 'MODEL_WORKER', 'PUBLIC']),
  AccountKind: allOf<AccountKind>()(['PUBLIC', 'STAFF']),
  OrganizationKind: allOf<OrganizationKind>()(['CITY_FEDERATION', 'DISTRICT_UNION', 'INDUSTRY_UNION', 'BUREAU_UNION', 'GRASSROOTS_UNION', 'DEPARTMENT']),
  EmployerKind: allOf<EmployerKind>()([
    'ENTERPRISE',
    'NON_PUBLIC_ENTERPRISE',
    'FARMERS_COOPERATIVE',
    'GOVERNMENT_AGENCY',
    'PUBLIC_INSTITUTION',
    'SOCIAL_ORGANIZATION',
  ]),
  HonorLevel: allOf<HonorLevel>()(['NATIONAL', 'PROVINCIAL', 'DISTRICT']),
  RecipientKind: allOf<RecipientKind>()(['INDIVIDUAL', 'COLLECTIVE', 'TEAM']),
}

export type EnumName = keyof typeof enumValues

/** Label of one enum value in the current language. */
export function useEnumLabel() {
  const { t } = useI18n()
  return (name: EnumName, value: string | null | undefined): string => (value ? t(`enum.${name}.${value}`) : t('common.none'))
}

/** Select options for an enum, optionally only some of its values. */
export function useEnumOptions(name: EnumName, only?: readonly string[]) {
  const label = useEnumLabel()
  return computed<SelectOption[]>(() =>
    (enumValues[name] as readonly string[])
      .filter((value) => !only || only.includes(value))
      .map((value) => ({ value, label: label(name, value) })),
  )
}
