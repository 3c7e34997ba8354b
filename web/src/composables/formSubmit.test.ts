import { CombinedError } from '@urql/vue'
import { mount } from '@vue/test-utils'
import type { FormInst } from 'naive-ui'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, ref } from 'vue'
import { i18n } from '~/modules/i18n'
import { useFormSubmit } from './formSubmit'

function setup(validate: () => Promise<void>) {
  let submitting!: ReturnType<typeof useFormSubmit>
  mount(
    defineComponent({
      setup() {
        const form = ref({ validate } as unknown as FormInst)
        submitting = useFormSubmit(form, () => ['name'])
        return () => null
      },
    }),
    { global: { plugins: [i18n] } },
  )
  return submitting
}

describe('a form submit', () => {
  it('does not run the mutation when the rules fail', async () => {
    const run = vi.fn()
    const { submit } = setup(() => Promise.reject(new Error('invalid')))
    expect(await submit(run)).toBeUndefined()
    expect(run).not.toHaveBeenCalled()
  })

  it('places user errors and gives no payload', async () => {
    const { submit, itemProps, generalErrors } = setup(() => Promise.resolve())
    const payload = await submit(async () => ({
      payload: { userErrors: [{ message: '名称已存在', field: ['name'], code: 'x/taken' }, { message: '其他问题', field: null, code: 'x/other' }] },
    }))
    expect(payload).toBeUndefined()
    expect(itemProps('name')).toEqual({ feedback: '名称已存在', validationStatus: 'error' })
    expect(generalErrors.value).toEqual(['其他问题'])
  })

  it('shows a fault in the alert', async () => {
    const { submit, generalErrors } = setup(() => Promise.resolve())
    const error = new CombinedError({ networkError: new Error('offline') })
    expect(await submit(async () => ({ error }))).toBeUndefined()
    expect(generalErrors.value).toHaveLength(1)
  })

  it('gives the payload when the server took it, clearing the last errors', async () => {
    const { submit, generalErrors } = setup(() => Promise.resolve())
    await submit(async () => ({ payload: { userErrors: [{ message: '其他问题', code: 'x/other' }] } }))
    const payload = await submit(async () => ({ payload: { id: '1', userErrors: [] } }))
    expect(payload).toEqual({ id: '1', userErrors: [] })
    expect(generalErrors.value).toEqual([])
  })
})
