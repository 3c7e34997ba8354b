import { afterEach, describe, expect, it, vi } from 'vitest'
import { mountWithGraphql, settle } from '~/testing/graphqlStub'
import NominationEvidenceForm from './NominationEvidenceForm.vue'

afterEach(() => { vi.useRealTimers() })

describe('the evidence form of a step', () => {
  it('dates the step on Beijing’s day: at 01:30 in Beijing on 3 March it is 3 March, not UTC’s 2 March', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-03-02T17:30:00Z'))
    const { wrapper, sent } = mountWithGraphql(NominationEvidenceForm, { nomination: 'N1', kind: 'RECORD_RECOMMENDATION' }, () =>
      ({ nominationRecommendationRecord: { __typename: 'NominationRecommendationPayload', nomination: null, userErrors: [] } }))
    await settle()
    expect((wrapper.find('.n-date-picker input').element as HTMLInputElement).value).toBe('2026-03-03')
    await wrapper.find('form').trigger('submit')
    await settle()
    expect(sent.find((s) => s.operationName === 'NominationRecommendationRecord')?.variables.input).toMatchObject({ nomination: 'N1', heldOn: '2026-03-03' })
    wrapper.unmount()
  })
})
