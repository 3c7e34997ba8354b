import { describe, expect, it } from 'vitest'
import { splitUserErrors } from './userErrors'

describe('placing user errors', () => {
  it('puts an error next to the field it names', () => {
    const split = splitUserErrors([{ message: '手机号已注册', field: ['phone'], code: 'account/phone_taken' }], ['phone', 'code'])
    expect(split).toEqual({ fields: { phone: '手机号已注册' }, general: [] })
  })

  it('also reads a path that starts at the input argument', () => {
    const split = splitUserErrors([{ message: '手机号已注册', field: ['input', 'phone'], code: 'account/phone_taken' }], ['phone', 'code'])
    expect(split).toEqual({ fields: { phone: '手机号已注册' }, general: [] })
  })

  it('puts an error of a repeated row next to that row', () => {
    const split = splitUserErrors(
      [{ message: '超出您的管理范围', field: ['roleGrants', '1', 'organization'], code: 'account/out_of_scope' }],
      ['roleGrants.0.organization', 'roleGrants.1.organization'],
    )
    expect(split.fields).toEqual({ 'roleGrants.1.organization': '超出您的管理范围' })
  })

  it('sends errors without a field, or with a field the form does not show, to the alert', () => {
    const split = splitUserErrors(
      [
        { message: '登录名或密码错误', field: null, code: 'session/invalid_credentials' },
        { message: '请求过于频繁', field: ['input', 'purpose'], code: 'verification/too_many' },
      ],
      ['login', 'password'],
    )
    expect(split).toEqual({ fields: {}, general: ['登录名或密码错误', '请求过于频繁'] })
  })

  it('keeps the first message for a field and shows the rest in the alert', () => {
    const split = splitUserErrors(
      [
        { message: '太短', field: ['input', 'password'], code: 'a' },
        { message: '太简单', field: ['input', 'password'], code: 'b' },
      ],
      ['password'],
    )
    expect(split).toEqual({ fields: { password: '太短' }, general: ['太简单'] })
  })
})
