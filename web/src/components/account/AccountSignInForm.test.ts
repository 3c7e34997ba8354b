import urql, { Client, fetchExchange } from '@urql/vue'
import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { i18n } from '~/modules/i18n'
import AccountSignInForm from './AccountSignInForm.vue'

function mountWithAnswer(data: unknown) {
  const fetch = vi.fn(async () => Response.json({ data }))
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], fetch, preferGetMethod: false })
  const wrapper = mount(AccountSignInForm, { global: { plugins: [i18n, [urql, client]] }, attachTo: document.body })
  return { wrapper, fetch }
}

async function signIn(wrapper: ReturnType<typeof mount>, login: string, password: string) {
  await wrapper.find('input[name="login"]').setValue(login)
  await wrapper.find('input[name="password"]').setValue(password)
  await wrapper.find('form').trigger('submit')
  await flushPromises()
  await new Promise((resolve) => setTimeout(resolve, 0))
  await flushPromises()
}

describe('the sign-in form', () => {
  it('shows a field error beside its field and other errors in the alert', async () => {
    const { wrapper, fetch } = mountWithAnswer({
      sessionCreate: {
        __typename: 'SessionCreatePayload',
        viewer: null,
        userErrors: [
          { __typename: 'UserError', message: '密码不正确', field: ['password'], code: 'session/wrong_password' },
          { __typename: 'UserError', message: '账号已停用', field: null, code: 'session/disabled' },
        ],
      },
    })

    await signIn(wrapper, '13800138000', 'secret-123')

    expect(fetch).toHaveBeenCalledOnce()
    const items = wrapper.findAll('.n-form-item')
    const passwordItem = items.find((item) => item.text().includes('密码') && item.find('input[name="password"]').exists())
    expect(passwordItem?.text()).toContain('密码不正确')
    expect(wrapper.find('[role="alert"]').text()).toContain('账号已停用')
    expect(wrapper.emitted('signedIn')).toBeUndefined()
    wrapper.unmount()
  })

  it('does not call the server while a field is empty', async () => {
    const { wrapper, fetch } = mountWithAnswer({})
    await signIn(wrapper, '', '')
    expect(fetch).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('请填写手机号或用户名')
    wrapper.unmount()
  })

  it('hands the signed-in viewer on', async () => {
    const viewer = { __typename: 'Viewer', isStaff: false, capabilities: ['PARTICIPATE'], account: { __typename: 'Account', id: 'A1', displayName: '李小明', username: null, phoneMasked: '138****8000', kind: 'PUBLIC' }, roleGrants: [] }
    const { wrapper } = mountWithAnswer({ sessionCreate: { __typename: 'SessionCreatePayload', viewer, userErrors: [] } })
    await signIn(wrapper, '13800138000', 'secret-123')
    expect(wrapper.emitted('signedIn')?.[0]?.[0]).toMatchObject({ account: { displayName: '李小明' } })
    wrapper.unmount()
  })
})
