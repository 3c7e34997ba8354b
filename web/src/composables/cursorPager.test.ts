import { describe, expect, it } from 'vitest'
import { nextTick, reactive, ref } from 'vue'
import { useCursorPager } from './cursorPager'

describe('paging through a connection', () => {
  it('goes forward with end cursors and back the same way', () => {
    const pager = useCursorPager()
    expect(pager.after.value).toBeNull()
    pager.next('c20')
    pager.next('c40')
    expect(pager.after.value).toBe('c40')
    expect(pager.page.value).toBe(3)
    pager.previous()
    expect(pager.after.value).toBe('c20')
    pager.reset()
    expect(pager.after.value).toBeNull()
    expect(pager.hasPrevious.value).toBe(false)
  })

  it('stays on the first page when going back from it or when no cursor comes', () => {
    const pager = useCursorPager()
    pager.previous()
    pager.next(null)
    expect(pager.page.value).toBe(1)
  })

  it('starts over from the first page when a filter it watches changes', async () => {
    const state = ref('ACCEPTED')
    const pager = useCursorPager(state)
    pager.next('c20')
    state.value = 'ASSIGNED'
    await nextTick()
    expect(pager.after.value).toBeNull()
    expect(pager.page.value).toBe(1)
  })

  it('starts over when any field of a reactive set of filters changes', async () => {
    const filters = reactive({ level: null as string | null, sort: 'NAME' })
    const pager = useCursorPager(filters)
    pager.next('c12')
    filters.level = 'DISTRICT'
    await nextTick()
    expect(pager.page.value).toBe(1)
  })
})
