import type { CombinedError } from '@urql/vue'
import type { FormInst } from 'naive-ui'
import type { Ref } from 'vue'
import { type UserErrorLike, useUserErrors } from './userErrors'

/** What a form's mutation came back with: a fault, or the payload (with its `userErrors`). */
export interface MutationOutcome<Payload> {
  error?: CombinedError
  payload?: Payload | null
}

/**
 * One form's submit, the same in every form: clear the last errors, check the rules, run the
 * mutation, then place its `userErrors` beside their fields (or the fault in the alert).
 * `form` is the `NForm`'s template ref; `submit` resolves to the payload when the server took it
 * without errors, and to undefined otherwise.
 */
export function useFormSubmit(form: Readonly<Ref<FormInst | null>>, shownFields: () => readonly string[]) {
  const errors = useUserErrors(shownFields)

  async function submit<Payload extends { userErrors: readonly UserErrorLike[] }>(
    run: () => Promise<MutationOutcome<Payload>>,
  ): Promise<Payload | undefined> {
    errors.clear()
    try {
      await form.value?.validate()
    } catch {
      return undefined
    }
    const { error, payload } = await run()
    if (error) {
      errors.showFault(error)
      return undefined
    }
    if (!payload || !errors.show(payload.userErrors)) return undefined
    return payload
  }

  return { ...errors, submit }
}
