import type { SelectOption } from 'naive-ui'
import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type {
  AccountKind, CalendarDayKind, CampaignStatus, CommentStance, CoSignStatus, EmployerKind, HonorLevel, ObjectionChannel, ObjectionIdentityPolicy,
  ObjectionStatus, OrganizationKind, RecipientKind, Role, StructureBound, StructureDimension, VoteTallyVisibility, StudioAction, StudioField, StudioHave,
  StudioIndustry, StudioJudgement, StudioLevel, StudioProjectStatus, StudioResultKind, StudioReviewOutcome, StudioSort, StudioStatus,
  SuggestionAnswerOutcome, SuggestionChannel, SuggestionField, SuggestionRating, SuggestionReferralKind, SuggestionState,
  ModelWorkerCategory, EmploymentStatus, Education, Keeping,
  GrantApplicationState,
  CareVisitorKind, CareVisitReason,
  GrantCause, HealthCheckBookingState, RecuperationArrangement, RecuperationEnrolmentState, RevocationState,
} from '~/gql/graphql'

/** Checks at compile time that a list names every member of a schema enum. */
function allOf<T extends string>() {
  return <const L extends readonly T[]>(values: L & ([Exclude<T, L[number]>] extends [never] ? unknown : { missing: Exclude<T, L[number]> })): L => values
}

/*
 * The schema's enums that pages list, in display order. `enumsAsTypes` makes them string unions with no
 * runtime value, so the lists live here, and the typecheck fails when the schema adds a member.
 * Every enum value's label is `enum.<Enum>.<VALUE>` in the locales, listed here or not.
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
  StructureDimension: allOf<StructureDimension>()(['FRONT_LINE', 'TECHNICAL', 'WOMEN', 'YOUTH', 'MINORITY', 'GRASSROOTS', 'ENTERPRISE_HEAD', 'CADRE', 'NON_PARTY']),
  StructureBound: allOf<StructureBound>()(['MIN', 'MAX']),
  CampaignStatus: allOf<CampaignStatus>()(['DRAFT', 'OPEN', 'CLOSED', 'CONCLUDED']),
  ObjectionIdentityPolicy: allOf<ObjectionIdentityPolicy>()(['ENCOURAGED', 'REQUIRED']),
  VoteTallyVisibility: allOf<VoteTallyVisibility>()(['AFTER_CLOSE', 'LIVE']),
  CalendarDayKind: allOf<CalendarDayKind>()(['HOLIDAY', 'MAKEUP_WORKDAY']),
  CommentStance: allOf<CommentStance>()(['SUPPORT', 'NEUTRAL', 'CONCERN']),
  ObjectionStatus: allOf<ObjectionStatus>()(['RECEIVED', 'INVESTIGATING', 'UPHELD', 'DISMISSED']),
  ObjectionChannel: allOf<ObjectionChannel>()(['ONLINE', 'PHONE', 'LETTER', 'VISIT']),
  SuggestionField: allOf<SuggestionField>()(['CITY_MANAGEMENT', 'WORKERS_RIGHTS', 'WORK_SAFETY', 'SCIENCE_INNOVATION', 'UNION_WORK', 'OTHER']),
  SuggestionState: allOf<SuggestionState>()(['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'ANSWERED', 'FED_BACK', 'CLOSED', 'DECLINED']),
  SuggestionChannel: allOf<SuggestionChannel>()(['ONLINE', 'LETTER', 'IN_PERSON']),
  SuggestionRating: allOf<SuggestionRating>()(['SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED']),
  SuggestionAnswerOutcome: allOf<SuggestionAnswerOutcome>()(['WILL_ADOPT', 'PARTLY', 'EXPLAINED']),
  SuggestionReferralKind: allOf<SuggestionReferralKind>()(['PEOPLES_CONGRESS_MOTION', 'CPPCC_PROPOSAL']),
  CoSignStatus: allOf<CoSignStatus>()(['PENDING', 'CONFIRMED', 'DECLINED']),
  ModelWorkerCategory: allOf<ModelWorkerCategory>()(['EXEMPLARY', 'ASSISTANCE', 'CARE']),
  EmploymentStatus: allOf<EmploymentStatus>()(['IN_POST', 'RETIRED', 'EMPLOYMENT_ENDED']),
  Education: allOf<Education>()(['PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR']),
  Keeping: allOf<Keeping>()(['EMPLOYER', 'LOCALITY', 'SYSTEM']),
  StudioLevel: allOf<StudioLevel>()(['UNIT', 'DISTRICT', 'MUNICIPAL', 'NATIONAL_DEMONSTRATION']),
  StudioStatus: allOf<StudioStatus>()(['DRAFT', 'APPLIED', 'CERTIFIED', 'RECTIFYING', 'REVOKED']),
  StudioIndustry: allOf<StudioIndustry>()([
    'MANUFACTURING', 'CONSTRUCTION', 'TRANSPORT', 'ENERGY', 'INFORMATION_TECHNOLOGY', 'URBAN_SERVICES', 'HEALTH', 'EDUCATION', 'AGRICULTURE', 'COMMERCE',
  ]),
  StudioField: allOf<StudioField>()([
    'TECHNICAL_INNOVATION', 'PROCESS_IMPROVEMENT', 'ENERGY_SAVING', 'SAFETY', 'SERVICE_INNOVATION', 'SKILLS_TRAINING', 'DIGITALIZATION',
  ]),
  StudioProjectStatus: allOf<StudioProjectStatus>()(['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'SUSPENDED']),
  StudioResultKind: allOf<StudioResultKind>()(['PATENT', 'TECHNIQUE', 'AWARD', 'PRODUCT', 'METHOD']),
  StudioHave: allOf<StudioHave>()(['LEADER', 'TEAM', 'PROJECTS', 'VENUE', 'FUNDING', 'RESULTS']),
  StudioJudgement: allOf<StudioJudgement>()(['MET', 'NOT_MET']),
  StudioReviewOutcome: allOf<StudioReviewOutcome>()(['PASS', 'RECTIFY', 'REVOKE']),
  StudioSort: allOf<StudioSort>()(['NAME', 'RECENTLY_CERTIFIED', 'MOST_RESULTS']),
  StudioAction: allOf<StudioAction>()([
    'SUBMIT', 'RETURN', 'CERTIFY', 'REVIEW_PASS', 'REVIEW_RECTIFY', 'REVIEW_REVOKE', 'ACCEPT_RECTIFICATION', 'REVOKE',
  ]),
  GrantApplicationState: allOf<GrantApplicationState>()(['APPLIED', 'REVIEWED', 'APPROVED', 'PAID', 'REFUSED', 'WITHDRAWN']),
  CareVisitorKind: allOf<CareVisitorKind>()(['DISTRICT_LEADER', 'DISTRICT_UNION_LEADER', 'DISTRICT_UNION_STAFF', 'GRASSROOTS_CADRE']),
  CareVisitReason: allOf<CareVisitReason>()(['FESTIVAL', 'BIRTHDAY', 'ILLNESS', 'HOME_VISIT']),
  GrantCause: allOf<GrantCause>()(['OWN_SERIOUS_ILLNESS', 'HOME_FIRE', 'ACCIDENT_DISABILITY', 'DEATH', 'DEPENDENT_SERIOUS_ILLNESS']),
  HealthCheckBookingState: allOf<HealthCheckBookingState>()(['BOOKED', 'ATTENDED', 'ABSENT', 'CANCELLED']),
  RecuperationArrangement: allOf<RecuperationArrangement>()(['ACFTU', 'CITY', 'BEIDAIHE', 'DISTRICT']),
  RecuperationEnrolmentState: allOf<RecuperationEnrolmentState>()(['APPLIED', 'CONFIRMED', 'WAITLISTED', 'ATTENDED', 'ABSENT', 'WITHDRAWN']),
  RevocationState: allOf<RevocationState>()(['REPORTED', 'REVOKED', 'DISMISSED']),
}

export type EnumName = keyof typeof enumValues
/** Enums with labels whose values no page lists (a value comes from the server and is only shown). */
export type LabelledEnum =
  | EnumName | 'SuggestionAction' | 'NominationState' | 'NominationAction' | 'NominationSource' | 'SignOffDepartment' | 'RecusalReason'
  | 'NoticeStage' | 'NoticePhase' | 'NoticePeriodFilter' | 'Gender' | 'ModelWorkerStatus' | 'TransferState' | 'RegistryReportKind' | 'ModelWorkerCategory' | 'AgeBand'
  | 'GrantApplicationAction'
  | 'HealthCheckBookingAction' | 'RecuperationEnrolmentAction' | 'CarePayer' | 'RegistryImportState'
  | 'NotificationKind' | 'NotificationChannel' | 'NotificationDigest'
  | 'AllowanceRollState' | 'AllowanceRollAction' | 'CareChargeKind' | 'AllowanceBasis'
  | 'RevocationAction'

/**
 * The one way an enum value is shown: `label(enum, value)` is `enum.<Enum>.<VALUE>` in the current language;
 * `options(enum, only?, counts?)` lists an enum for a select, optionally only some values, or with a count after
 * each label leaving out values without any (search facets).
 */
export function useEnumLabels() {
  const { t } = useI18n()
  const label = (name: LabelledEnum, value: string | null | undefined): string => (value ? t(`enum.${name}.${value}`) : t('common.none'))
  const options = (name: EnumName, only?: readonly string[] | null, counts?: Map<string, number>): SelectOption[] =>
    (enumValues[name] as readonly string[])
      .filter((value) => (!only || only.includes(value)) && (!counts || counts.has(value)))
      .map((value) => ({ value, label: counts ? `${label(name, value)}（${counts.get(value)}）` : label(name, value) }))
  return { label, options }
}

/** Label of one enum value in the current language. */
export function useEnumLabel() {
  return useEnumLabels().label
}

/** Select options for an enum that follow the language (and `counts`, when given, as facets change). */
export function useEnumOptions(name: EnumName, only?: readonly string[] | null, counts?: () => Map<string, number> | undefined) {
  const { options } = useEnumLabels()
  return computed<SelectOption[]>(() => options(name, only, counts?.()))
}
