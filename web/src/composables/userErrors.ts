import type { CombinedError } from '@urql/vue'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'

/** A mutation payload's `userErrors` entry: `field` is the path to the input field, e.g. ["phone"] or ["roleGrants", "1", "organization"]. */
export interface UserErrorLike {
  message: string
  field?: readonly string[] | null
  code: string
}

export interface SplitUserErrors {
  /** Messages by the form field that shows them. */
  fields: Record<string, string>
  /** Messages no shown field can hold: they go in the form's alert. */
  general: string[]
}

/**
 * Places each error next to a field the form shows: first by its whole path
 * (`roleGrants.1.organization`, for repeated rows), then by its last element (`phone`).
 * A leading "input" (the argument's name) is tolerated.
 */
export function splitUserErrors(errors: readonly UserErrorLike[], shownFields: readonly string[]): SplitUserErrors {
  const split: SplitUserErrors = { fields: {}, general: [] }
  for (const error of errors) {
    const path = error.field?.[0] === 'input' ? error.field.slice(1) : (error.field ?? [])
    const candidates = [path.join('.'), path.at(-1)].filter((key): key is string => !!key)
    const field = candidates.find((key) => shownFields.includes(key))
    if (field && !(field in split.fields)) split.fields[field] = error.message
    else split.general.push(error.message)
  }
  return split
}

/** Server-side errors of one form, in the shape naive-ui's form items take. */
export function useUserErrors(shownFields: () => readonly string[]) {
  const { t } = useI18n()
  const fieldErrors = ref<Record<string, string>>({})
  const generalErrors = ref<string[]>([])

  function clear(): void {
    fieldErrors.value = {}
    generalErrors.value = []
  }

  /** Shows the payload's errors; true when there were none. */
  function show(errors: readonly UserErrorLike[] | undefined): boolean {
    const split = splitUserErrors(errors ?? [], shownFields())
    fieldErrors.value = split.fields
    generalErrors.value = split.general
    return (errors ?? []).length === 0
  }

  /** A transport or server fault, not a user error: nothing in the form can fix it. */
  function showFault(error: CombinedError): void {
    fieldErrors.value = {}
    generalErrors.value = [error.networkError ? t('errors.network') : t('errors.unexpected')]
  }

  /** Props for an `NFormItem`: the server's message overrides the rule's while it stands. */
  function itemProps(field: string): { feedback?: string; validationStatus?: 'error' } {
    const message = fieldErrors.value[field]
    return message ? { feedback: message, validationStatus: 'error' } : {}
  }

  return { fieldErrors, generalErrors, clear, show, showFault, itemProps }
}

