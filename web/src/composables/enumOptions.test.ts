import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import en from '~/locales/en.json'
import zhCN from '~/locales/zh-CN.json'
import { i18n } from '~/modules/i18n'
import { enumValues, useEnumLabels } from './enumOptions'

function labels() {
  let helper!: ReturnType<typeof useEnumLabels>
  const wrapper = mount(defineComponent({ setup: () => { helper = useEnumLabels(); return () => null } }), { global: { plugins: [i18n] } })
  return { ...helper, wrapper }
}

describe('the enum labels', () => {
  it.each([['zh-CN', zhCN.enum], ['en', en.enum]] as const)('name every listed value of every enum under enum.<Enum> in %s', (_locale, messages) => {
    for (const [name, values] of Object.entries(enumValues)) {
      const named = (messages as unknown as Record<string, Record<string, string>>)[name]
      for (const value of values) expect(named?.[value], `enum.${name}.${value}`).toBeTruthy()
    }
  })

  it('show a value, and the locale’s “none” for no value, whichever feature the enum is from', () => {
    const { label, wrapper } = labels()
    expect(label('StudioLevel', 'MUNICIPAL')).toBe(zhCN.enum.StudioLevel.MUNICIPAL)
    expect(label('SuggestionAction', 'ACCEPT')).toBe(zhCN.enum.SuggestionAction.ACCEPT)
    expect(label('NominationState', 'REPORTED')).toBe(zhCN.enum.NominationState.REPORTED)
    expect(label('HonorLevel', null)).toBe(zhCN.common.none)
    wrapper.unmount()
  })

  it('list options in display order, only some values, or with facet counts leaving out values without any', () => {
    const { options, wrapper } = labels()
    expect(options('StudioSort').map((o) => o.value)).toEqual(['NAME', 'RECENTLY_CERTIFIED', 'MOST_RESULTS'])
    expect(options('SuggestionChannel', ['LETTER', 'IN_PERSON']).map((o) => o.value)).toEqual(['LETTER', 'IN_PERSON'])
    expect(options('StudioLevel', null, new Map([['DISTRICT', 3]]))).toEqual([{ value: 'DISTRICT', label: `${zhCN.enum.StudioLevel.DISTRICT}（3）` }])
    wrapper.unmount()
  })
})
