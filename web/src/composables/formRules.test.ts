import { describe, expect, it } from 'vitest'
import { isMainlandMobile, isUsername, isVerificationCode } from './formRules'

describe('the phone-number rule', () => {
  it.each(['13800138000', '19912345678', '15000000000'])('accepts the mainland mobile number %s', (phone) => {
    expect(isMainlandMobile(phone)).toBe(true)
  })

  it.each([
    ['too short', '1380013800'],
    ['too long', '138001380000'],
    ['not starting 13–19', '12800138000'],
    ['a landline', '01012345678'],
    ['with a country code', '+8613800138000'],
    ['with spaces', '138 0013 8000'],
    ['empty', ''],
  ])('refuses a number %s', (_why, phone) => {
    expect(isMainlandMobile(phone)).toBe(false)
  })
})

describe('the other field checks', () => {
  it('wants six digits for a verification code', () => {
    expect(isVerificationCode('012345')).toBe(true)
    expect(isVerificationCode('12345')).toBe(false)
    expect(isVerificationCode('12345a')).toBe(false)
  })

  it('wants a username that starts with a letter', () => {
    expect(isUsername('chaoyang_admin')).toBe(true)
    expect(isUsername('1admin')).toBe(false)
    expect(isUsername('ab')).toBe(false)
  })
})
