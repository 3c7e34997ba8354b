import { mount } from '@vue/test-utils'
import { beforeAll, describe, expect, it } from 'vitest'
import { defineComponent } from 'vue'
import { i18n } from '~/modules/i18n'
import { beijingDate, beijingTime, useBeijingTime } from './beijingTime'

// A browser far from Beijing: Node reads TZ again when it changes, so local dates below are Los Angeles dates.
beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles'
})

describe('Beijing time', () => {
  it('shows an instant as Beijing wall-clock time whatever zone the browser is in', () => {
    // 2026-03-03 23:30 UTC is already the 4th in Beijing and still the 3rd in Los Angeles.
    expect(beijingTime('2026-03-03T23:30:00Z')).toBe('2026-03-04 07:30')
    expect(beijingTime(new Date('2026-03-03T02:05:00Z'))).toBe('2026-03-03 10:05')
  })

  it('takes the Beijing calendar day, not the browser zone day', () => {
    expect(beijingDate('2026-03-03T16:00:00Z')).toBe('2026-03-04')
    expect(beijingDate('2026-03-03T15:59:59Z')).toBe('2026-03-03')
  })

  it('is run in a zone far from Beijing, so the browser zone would give other answers', () => {
    expect(new Date('2026-03-03T23:30:00Z').getHours()).toBe(15)
  })

  it('gives a page the locale\u2019s "none" for a missing instant', () => {
    let page!: ReturnType<typeof useBeijingTime>
    const wrapper = mount(defineComponent({ setup: () => { page = useBeijingTime(); return () => null } }), { global: { plugins: [i18n] } })
    expect(page.date('2026-03-03T16:00:00Z')).toBe('2026-03-04')
    expect(page.time(null)).toBe(i18n.global.t('common.none'))
    wrapper.unmount()
  })
})
