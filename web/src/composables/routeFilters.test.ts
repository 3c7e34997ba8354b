import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { useRouteFilters } from './routeFilters'

async function open(address: string) {
  let filters!: { level: string | null; sort: string; q: string }
  const Page = defineComponent({
    setup() {
      filters = useRouteFilters<{ level: string | null; sort: string; q: string }>({ level: null, sort: 'NAME', q: '' })
      return () => null
    },
  })
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/studios', component: Page }] })
  await router.push(address)
  const wrapper = mount(defineComponent({ render: () => h(RouterView) }), { global: { plugins: [router] } })
  await flushPromises()
  return { filters, router, wrapper }
}

describe('filters kept in the address', () => {
  it('start from the address, else from their defaults', async () => {
    const { filters, wrapper } = await open('/studios?level=DISTRICT&q=张')
    expect({ ...filters }).toEqual({ level: 'DISTRICT', sort: 'NAME', q: '张' })
    wrapper.unmount()
  })

  it('write back what differs from the defaults and keep other parameters', async () => {
    const { filters, router, wrapper } = await open('/studios?level=DISTRICT&from=home')
    filters.level = null
    filters.sort = 'MOST_RESULTS'
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ sort: 'MOST_RESULTS', from: 'home' })
    wrapper.unmount()
  })
})
