import { type AnyVariables, type TypedDocumentNode, useClientHandle } from '@urql/vue'
import { useMessage } from 'naive-ui'
import { ref } from 'vue'
import { useI18n } from 'vue-i18n'

/**
 * One care action from a list or card (book, enrol, a step, allocate): runs the mutation, says what came
 * back (the first user error in the user's language, or that it was done), and tells whether it took.
 */
export function useCareAction() {
  const { t } = useI18n()
  const message = useMessage()
  const client = useClientHandle().client
  const busy = ref(false)
  /** A step refused as past the care budget, waiting for the reason of an override (CareOverBudgetDialog). */
  const overBudget = ref<OverBudget | null>(null)

  async function run<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    payloadOf: (data: Data) => { userErrors: readonly { message: string; code?: string }[] } | null | undefined,
    done = t('myCare.done'),
    retryWithReason?: (budgetOverrideReason: string) => Promise<unknown>,
  ): Promise<boolean> {
    busy.value = true
    const result = await client.mutation(document, variables).toPromise()
    busy.value = false
    const errors = result.data ? (payloadOf(result.data)?.userErrors ?? []) : []
    if (retryWithReason && errors[0]?.code === 'care/over_budget') {
      overBudget.value = { text: errors[0].message, retry: retryWithReason }
      return false
    }
    if (retryWithReason) overBudget.value = null
    if (result.error || !result.data || errors.length) {
      message.error(errors[0]?.message ?? t('errors.unexpected'))
      return false
    }
    message.success(done)
    return true
  }

  return { run, busy, overBudget }
}

export interface OverBudget {
  /** The refusal in the user's language: the budget, what was spent, what this step would charge. */
  text: string
  retry: (budgetOverrideReason: string) => Promise<unknown>
}

/** Fen as yuan with two decimals (the cost split is kept in fen). */
export const yuanOfFen = (fen: number): string => (fen / 100).toFixed(2)
