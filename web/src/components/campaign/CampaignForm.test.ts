import { describe, expect, it } from 'vitest'
import type { CampaignSettingsFragment } from '~/gql/graphql'
import { mountWithGraphql, settle } from '~/testing/graphqlStub'
import CampaignForm from './CampaignForm.vue'

// A campaign as urql hands it over: every object carries its __typename.
const campaign = {
  __typename: 'Campaign', id: 'C1', name: '2026年评选', year: 2026, status: 'OPEN', description: null, nominationOpensOn: '2026-01-05', nominationClosesOn: '2026-12-31',
  conferOn: null, unitNoticeWorkingDays: 5, districtNoticeWorkingDays: 5, cityNoticeWorkingDays: 7, objectionIdentity: 'ENCOURAGED', votingEnabled: false,
  votingOpensAt: null, votingClosesAt: null, votesPerAccount: 10, voteTallyVisibility: 'AFTER_CLOSE', viewerCanManage: true,
  organizer: { __typename: 'Organization', id: 'O1', name: '北京市总工会' },
  honors: [{ __typename: 'Honor', id: 'H1', name: '北京市劳动模范' }],
  quotas: [{ __typename: 'CampaignQuota', id: 'Q1', seats: 6, organization: { __typename: 'Organization', id: 'O2', name: '朝阳区总工会' } }],
  structureRules: [{ __typename: 'StructureRule', dimension: 'GRASSROOTS', bound: 'MIN', percent: 50 }],
} as unknown as CampaignSettingsFragment

describe('the campaign form', () => {
  it('saves an existing campaign with only the input’s fields (no __typename in its structure rules)', async () => {
    const { wrapper, sent } = mountWithGraphql(CampaignForm, { campaign }, (name) =>
      name === 'CampaignUpdate' ? { campaignUpdate: { __typename: 'CampaignUpdatePayload', campaign, userErrors: [] } } : null)
    await settle()
    await wrapper.find('form').trigger('submit')
    await settle()
    const update = sent.find((s) => s.operationName === 'CampaignUpdate')
    expect(update?.variables.input).toMatchObject({ campaign: 'C1', structureRules: [{ dimension: 'GRASSROOTS', bound: 'MIN', percent: 50 }], quotas: [{ organization: 'O2', seats: 6 }] })
    expect(JSON.stringify(update?.variables)).not.toContain('__typename')
    wrapper.unmount()
  })
})
