import type { SelectOption } from 'naive-ui'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type {
  StudioAction, StudioField, StudioHave, StudioIndustry, StudioJudgement, StudioLevel, StudioProjectStatus, StudioResultKind,
  StudioReviewOutcome, StudioSort, StudioStatus,
} from '~/gql/graphql'

/** Checks at compile time that a list names every member of a schema enum (codegen makes them type-only unions). */
function every<T extends string>() {
  return <const L extends readonly T[]>(values: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): L => values
}

/** The studio enums in display order; the labels are `studio.<enum>.<value>` in the locale files. */
export const studioEnums = {
  level: every<StudioLevel>()(['UNIT', 'DISTRICT', 'MUNICIPAL', 'NATIONAL_DEMONSTRATION']),
  status: every<StudioStatus>()(['DRAFT', 'APPLIED', 'CERTIFIED', 'RECTIFYING', 'REVOKED']),
  industry: every<StudioIndustry>()([
    'MANUFACTURING', 'CONSTRUCTION', 'TRANSPORT', 'ENERGY', 'INFORMATION_TECHNOLOGY', 'URBAN_SERVICES', 'HEALTH', 'EDUCATION', 'AGRICULTURE', 'COMMERCE',
  ]),
  field: every<StudioField>()([
    'TECHNICAL_INNOVATION', 'PROCESS_IMPROVEMENT', 'ENERGY_SAVING', 'SAFETY', 'SERVICE_INNOVATION', 'SKILLS_TRAINING', 'DIGITALIZATION',
  ]),
  projectStatus: every<StudioProjectStatus>()(['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED']),
  resultKind: every<StudioResultKind>()(['PATENT', 'TECHNIQUE', 'AWARD', 'PRODUCT', 'METHOD']),
  have: every<StudioHave>()(['LEADER', 'TEAM', 'PROJECTS', 'VENUE', 'FUNDING', 'RESULTS']),
  judgement: every<StudioJudgement>()(['MET', 'NOT_MET']),
  reviewOutcome: every<StudioReviewOutcome>()(['PASS', 'RECTIFY', 'REVOKE']),
  sort: every<StudioSort>()(['NAME', 'RECENTLY_CERTIFIED', 'MOST_RESULTS']),
  action: every<StudioAction>()([
    'SUBMIT', 'RETURN', 'CERTIFY', 'REVIEW_PASS', 'REVIEW_RECTIFY', 'REVIEW_REVOKE', 'ACCEPT_RECTIFICATION', 'REVOKE',
  ]),
}

export type StudioEnum = keyof typeof studioEnums

export function useStudioLabel() {
  const { t } = useI18n()
  return (name: StudioEnum, value: string | null | undefined): string => (value ? t(`studio.${name}.${value}`) : t('common.none'))
}

/** Select options of a studio enum; `count` adds the facet count to each label and leaves out values without any. */
export function useStudioOptions(name: StudioEnum, count?: () => Map<string, number> | undefined) {
  const label = useStudioLabel()
  return computed<SelectOption[]>(() => {
    const counts = count?.()
    return (studioEnums[name] as readonly string[])
      .filter((value) => !counts || counts.has(value))
      .map((value) => ({ value, label: counts ? `${label(name, value)}（${counts.get(value)}）` : label(name, value) }))
  })
}

/** 1234567 → "123.5 万元" in Chinese, "1,234,567 yuan" in English. */
export function useYuan() {
  const { t, locale } = useI18n()
  return (yuan: number): string =>
    locale.value === 'zh-CN' && yuan >= 10_000 ? t('studio.tenThousandYuan', { n: (yuan / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 1 }) })
      : t('studio.yuan', { n: yuan.toLocaleString(locale.value) })
}
