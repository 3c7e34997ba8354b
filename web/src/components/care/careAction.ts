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

  async function run<Data, Variables extends AnyVariables>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    payloadOf: (data: Data) => { userErrors: readonly { message: string }[] } | null | undefined,
    done = t('myCare.done'),
  ): Promise<boolean> {
    busy.value = true
    const result = await client.mutation(document, variables).toPromise()
    busy.value = false
    const errors = result.data ? (payloadOf(result.data)?.userErrors ?? []) : []
    if (result.error || !result.data || errors.length) {
      message.error(errors[0]?.message ?? t('errors.unexpected'))
      return false
    }
    message.success(done)
    return true
  }

  return { run, busy }
}

/** Fen as yuan with two decimals (the cost split is kept in fen). */
export const yuanOfFen = (fen: number): string => (fen / 100).toFixed(2)
