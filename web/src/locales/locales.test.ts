import { describe, expect, it } from 'vitest'
import en from './en.json'
import zhCN from './zh-CN.json'

function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('the translations', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort())
  })

  it('name the product in both languages', () => {
    expect(zhCN.app.name).toBe('劳模评选与服务平台')
    expect(en.app.name).toBe('Model Worker Portal')
  })
})
