import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useCursorPager } from '~/composables/cursorPager'
import { mountWithGraphql } from '~/testing/graphqlStub'
import AuditTimeline from './AuditTimeline.vue'

// A browser far from Beijing: Node reads TZ again whenever it changes.
const zone = process.env.TZ
beforeAll(() => {
  process.env.TZ = 'America/New_York'
})
afterAll(() => {
  process.env.TZ = zone
})

const history = (nodes: Record<string, unknown>[]) => ({ totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, nodes })

describe('an audit timeline', () => {
  it('dates every step in Beijing time, names it, its actor and its reason, whatever zone the browser is in', () => {
    const { wrapper } = mountWithGraphql(AuditTimeline, {
      pages: useCursorPager(),
      history: history([
        { at: '2026-03-03T23:30:00Z', actorName: '王科长', action: 'studio.certify', reason: null },
        { at: '2026-03-04T01:05:00Z', actorName: null, action: 'suggestion.escalate', reason: '超过办理时限' },
      ]),
    }, () => null)
    const items = wrapper.findAll('.n-timeline-item').map((item) => item.text())
    expect(items[0]).toContain('认定命名')
    expect(items[0]).toContain('2026-03-04 07:30 · 王科长')
    expect(items[1]).toContain('超期督办')
    expect(items[1]).toContain('2026-03-04 09:05 · 系统')
    expect(items[1]).toContain('超过办理时限')
    wrapper.unmount()
  })

  it('lets a feature name its steps and says when nothing was recorded', () => {
    const named = mountWithGraphql(AuditTimeline, {
      pages: useCursorPager(),
      history: history([{ at: '2026-03-03T02:00:00Z', actorName: '李○', action: 'nomination.transition', toState: 'REPORTED' }]),
      stepTitle: (line: { toState?: string }) => line.toState,
    }, () => null)
    expect(named.wrapper.find('.n-timeline-item').text()).toContain('REPORTED')
    named.wrapper.unmount()
    const empty = mountWithGraphql(AuditTimeline, { pages: useCursorPager(), history: history([]) }, () => null)
    expect(empty.wrapper.text()).toContain('暂无处理记录')
    empty.wrapper.unmount()
  })
})
