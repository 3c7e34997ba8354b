import urql, { Client, fetchExchange } from '@urql/vue'
import { flushPromises, mount } from '@vue/test-utils'
import { NDialogProvider, NMessageProvider } from 'naive-ui'
import { createPinia } from 'pinia'
import { vi } from 'vitest'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '~/modules/i18n'

/** One GraphQL request the component sent: its operation name and variables. */
export interface SentOperation {
  operationName: string
  variables: Record<string, unknown>
}

/**
 * Mounts a component of the web app against a stubbed GraphQL server: `answer` gives the `data` of
 * each operation by name (null when the test does not care). Naive-ui's dialog and message
 * providers, Pinia, i18n and a memory router are installed as the app installs them.
 */
export function mountWithGraphql(component: Component, props: Record<string, unknown>, answer: (operationName: string, variables: Record<string, unknown>) => unknown) {
  const sent: SentOperation[] = []
  const fetch = vi.fn(async (_url: unknown, init?: { body?: unknown }) => {
    const body = JSON.parse(String(init?.body ?? '{}')) as { operationName: string; variables: Record<string, unknown> }
    sent.push({ operationName: body.operationName, variables: body.variables })
    return Response.json({ data: answer(body.operationName, body.variables) ?? null })
  })
  const client = new Client({ url: '/graphql', exchanges: [fetchExchange], fetch, preferGetMethod: false })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:any(.*)*', component: { render: () => null } }] })
  const Host = defineComponent({
    setup: () => () => h(NDialogProvider, null, () => h(NMessageProvider, null, () => h(component, props))),
  })
  const wrapper = mount(Host, { global: { plugins: [i18n, createPinia(), router, [urql, client]] }, attachTo: document.body })
  return { wrapper, sent, fetch }
}

/** Lets the stubbed requests answer and the component render what they brought. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}
