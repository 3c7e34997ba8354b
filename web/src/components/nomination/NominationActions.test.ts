import { describe, expect, it } from 'vitest'
import type { NominationFileFragment } from '~/gql/graphql'
import { mountWithGraphql, settle } from '~/testing/graphqlStub'
import NominationActions from './NominationActions.vue'

const file = (viewerActions: string[]) => ({
  id: 'N1', viewerActions, viewerActionOptions: viewerActions.map((action) => ({ action, reasonRequired: false, refusals: [] })), enterpriseHead: false, cadre: false, viewerCanEdit: false, viewerCanRecuse: false, campaign: { id: 'C1' },
}) as unknown as NominationFileFragment

// A closed dialog stays in the page while it fades out: the one asking now is the last.
const dialog = () => [...document.querySelectorAll('.n-dialog')].at(-1)
const dialogButton = (label: string) => [...(dialog()?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find((b) => b.textContent?.trim() === label)

describe('the steps of a file', () => {
  it.each([['SUBMIT_TO_DISTRICT', '报送区县（系统）工会'], ['APPROVE_PRELIMINARY', '初审通过'], ['APPROVE_SECONDARY', '复审通过']])(
    '%s cannot be taken back, so the page asks before taking it', async (action) => {
      const { wrapper, sent } = mountWithGraphql(NominationActions, { file: file([action]) }, () =>
        ({ nominationTransition: { __typename: 'NominationTransitionPayload', nomination: null, userErrors: [] } }))
      const button = () => wrapper.findAll('button').find((b) => b.text() !== '' && !b.text().includes('确定'))!
      const label = button().text()
      await button().trigger('click')
      await settle()
      expect(dialog()?.textContent).toContain(`“${label}”办理后不能撤回`)
      dialogButton('取消')!.click()
      await settle()
      expect(sent.filter((s) => s.operationName === 'NominationTransition')).toEqual([])

      await button().trigger('click')
      await settle()
      dialogButton('确定')!.click()
      await settle()
      expect(sent.filter((s) => s.operationName === 'NominationTransition').map((s) => s.variables.input)).toEqual([{ nomination: 'N1', action, reason: null }])
      wrapper.unmount()
      document.body.innerHTML = ''
    })
})
