/**
 * Every error code laomo returns, in one place, namespaced by feature (`feature/what`).
 * Codes are stable strings for clients; messages live in `../i18n/messages.ts`.
 */
export const ErrorCode = {
  // common
  Invalid: 'common/invalid',
  NotFound: 'common/not_found',
  TooMany: 'common/rate_limited',
  PageSize: 'common/page_size',
  BadCursor: 'common/bad_cursor',
  Internal: 'common/internal',
  IdempotencyConflict: 'common/idempotency_conflict',
  IdempotencyInProgress: 'common/idempotency_in_progress',
  QueryTooCostly: 'common/query_too_costly',
  QueryTooLarge: 'common/query_too_large',
  QueryTooDeep: 'common/query_too_deep',
  TooManyAliases: 'common/too_many_aliases',
  TooManyDirectives: 'common/too_many_directives',
  NulCharacter: 'common/nul_character',
  // auth
  AuthRequired: 'auth/required',
  Forbidden: 'auth/forbidden',
  BadCredentials: 'auth/bad_credentials',
  LoginThrottled: 'auth/login_throttled',
  AccountDisabled: 'auth/account_disabled',
  // account
  PhoneTaken: 'account/phone_taken',
  UsernameTaken: 'account/username_taken',
  CodeInvalid: 'account/code_invalid',
  CodeTooSoon: 'account/code_too_soon',
  TermsRequired: 'account/terms_required',
  PasswordMismatch: 'account/password_mismatch',
  RoleOutOfScope: 'account/role_out_of_scope',
  RoleNeedsOrganization: 'account/role_needs_organization',
  CodeDailyLimit: 'account/code_daily_limit',
  PasswordWeak: 'account/password_weak',
  PasswordWrong: 'account/password_wrong',
  PasswordChangeRequired: 'auth/password_change_required',
  // organization
  ParentRequired: 'organization/parent_required',
  ParentKind: 'organization/parent_kind',
  EmployerKindRequired: 'organization/employer_kind_required',
  // honor
  HonorCodeTaken: 'honor/code_taken',
  HonorPrerequisiteCycle: 'honor/prerequisite_cycle',
  // calendar
  CalendarDateInvalid: 'calendar/date_invalid',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
