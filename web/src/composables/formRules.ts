import type { FormItemRule } from 'naive-ui'
import { useI18n } from 'vue-i18n'

/** Mainland China mobile numbers: 11 digits starting 13–19. The server checks again; this only saves a round trip. */
export function isMainlandMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value)
}

export function isVerificationCode(value: string): boolean {
  return /^\d{6}$/.test(value)
}

export function isUsername(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]{2,31}$/.test(value)
}

export const minPasswordLength = 8

const onInputAndBlur = ['input', 'blur']

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
}

/** Checks of a single value; an empty value passes unless the rule is `required`. */
function check(test: (value: string) => boolean, message: () => string): FormItemRule {
  return {
    trigger: onInputAndBlur,
    validator: (_rule, value: unknown) => isEmpty(value) || test(String(value)) || new Error(message()),
  }
}

/**
 * naive-ui form rules with messages in the current language. Call inside a `computed`
 * so the messages follow a language switch.
 */
export function useFormRules() {
  const { t } = useI18n()

  function required(labelKey: string, kind: 'input' | 'select' = 'input'): FormItemRule {
    const message = kind === 'input' ? 'validation.required' : 'validation.requiredSelect'
    return {
      required: true,
      trigger: kind === 'input' ? onInputAndBlur : ['change', 'blur'],
      validator: (_rule, value: unknown) => !isEmpty(value) || new Error(t(message, { field: t(labelKey) })),
    }
  }

  return {
    required,
    phone: () => check(isMainlandMobile, () => t('validation.phone')),
    verificationCode: () => check(isVerificationCode, () => t('validation.code')),
    username: () => check(isUsername, () => t('validation.username')),
    password: () => check((value) => value.length >= minPasswordLength, () => t('validation.passwordLength')),
    sameAs: (other: () => string) => check((value) => value === other(), () => t('validation.passwordMismatch')),
    accepted: (): FormItemRule => ({
      trigger: 'change',
      validator: (_rule, value: unknown) => value === true || new Error(t('validation.consent')),
    }),
  }
}
