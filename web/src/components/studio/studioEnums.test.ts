import { describe, expect, it } from 'vitest'
import en from '~/locales/en.json'
import zhCN from '~/locales/zh-CN.json'
import { studioEnums } from './studioEnums'

describe('the studio labels', () => {
  it.each([['zh-CN', zhCN.studio], ['en', en.studio]] as const)('name every value of every studio enum in %s', (_locale, messages) => {
    for (const [name, values] of Object.entries(studioEnums)) {
      const labels = (messages as unknown as Record<string, Record<string, string>>)[name]
      for (const value of values) expect(labels?.[value], `studio.${name}.${value}`).toBeTruthy()
    }
  })
})
