import { afterEach, describe, expect, it } from 'vitest'
import type { NominationFileFragment } from '~/gql/graphql'
import { mountWithGraphql, settle } from '~/testing/graphqlStub'
import NominationForm from './NominationForm.vue'

const honor = { __typename: 'Honor', id: 'H1', name: '北京市劳动模范' }
const draft = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'Nomination', id: 'N1', state: 'DRAFT', source: 'EMPLOYEE', recipientKind: 'INDIVIDUAL', candidateName: '高振华', gender: 'MALE',
  employerName: '北京燕京精密机械有限公司', post: '装配钳工', publicSummary: '二十五年扎根一线。', deeds: '详细事迹', frontLine: true, technical: false, grassroots: true,
  enterpriseHead: false, cadre: false, youth: false, minority: false, nonParty: false, idNumberMasked: null, viewerCanRevealIdNumber: false, phone: null, birthDate: null, ethnicity: null,
  politicalStatus: null, consentToPublish: false, proposerName: '周晓东', viewerActions: [], viewerCanEdit: true, viewerCanRecuse: false,
  campaign: { __typename: 'Campaign', id: 'C1', name: '2026年评选' }, honor, unit: { __typename: 'Organization', id: 'U1', name: '燕京精密工会', parent: null },
  honorsHeld: [], attachments: [], recommendation: null, deedsReport: null, partyConsent: null, eligibilityProblems: [], ...overrides,
}) as unknown as NominationFileFragment

const catalogue = (name: string) => {
  if (name === 'CampaignOptions') return { campaigns: { __typename: 'CampaignConnection', nodes: [{ __typename: 'Campaign', id: 'C1', name: '2026年评选', year: 2026, status: 'OPEN', honors: [honor] }] } }
  if (name === 'NominationHonorCatalogue') return { honors: { __typename: 'HonorConnection', nodes: [honor] } }
  return null
}

const button = (wrapper: ReturnType<typeof mountWithGraphql>['wrapper'], label: string) => wrapper.findAll('button').find((b) => b.text() === label)!
const currentStep = (wrapper: ReturnType<typeof mountWithGraphql>['wrapper']) => wrapper.find('.n-step--process-status, .n-step--error-status').text()

afterEach(() => { document.body.innerHTML = '' })

describe('the stepwise nomination form', () => {
  it('stays on step 2 while it is incomplete and says which field is missing', async () => {
    const { wrapper, sent } = mountWithGraphql(NominationForm, { file: draft({ candidateName: '' }), mode: 'employee' }, catalogue)
    await settle()
    await button(wrapper, '下一步').trigger('click')
    await settle()
    expect(wrapper.text()).toContain('候选人姓名')
    await button(wrapper, '下一步').trigger('click')
    await settle()
    expect(currentStep(wrapper)).toContain('候选人信息')
    expect(wrapper.find('.n-step--error-status').exists()).toBe(true)
    expect(wrapper.text()).toContain('请填写候选人姓名')
    expect(sent.filter((s) => s.operationName === 'NominationUpdate')).toEqual([])
    wrapper.unmount()
  })

  it('goes back to the step of a field the server refuses, where its message shows', async () => {
    const { wrapper } = mountWithGraphql(NominationForm, { file: draft(), mode: 'employee' }, (name) => catalogue(name) ?? (name === 'NominationUpdate'
      ? { nominationUpdate: { __typename: 'NominationUpdatePayload', nomination: null, userErrors: [{ __typename: 'UserError', message: '工作单位不能超过 200 字', field: ['employerName'], code: 'common/invalid' }] } }
      : null))
    await settle()
    for (let i = 0; i < 3; i += 1) {
      await button(wrapper, '下一步').trigger('click')
      await settle()
    }
    expect(currentStep(wrapper)).toContain('候选人信息')
    expect(wrapper.find('.n-step--error-status').exists()).toBe(true)
    expect(wrapper.text()).toContain('工作单位不能超过 200 字')
    wrapper.unmount()
  })

  it('shows on step 4 what is about to be submitted', async () => {
    const { wrapper } = mountWithGraphql(NominationForm, { file: draft(), mode: 'employee' }, (name) => catalogue(name) ?? (name === 'NominationUpdate'
      ? { nominationUpdate: { __typename: 'NominationUpdatePayload', nomination: draft(), userErrors: [] } }
      : null))
    await settle()
    for (let i = 0; i < 3; i += 1) {
      await button(wrapper, '下一步').trigger('click')
      await settle()
    }
    expect(currentStep(wrapper)).toContain('核对提交')
    const check = wrapper.find('.n-descriptions').text()
    for (const shown of ['北京市劳动模范', '高振华', '北京燕京精密机械有限公司', '装配钳工', '二十五年扎根一线。']) expect(check).toContain(shown)
    wrapper.unmount()
  })
})
