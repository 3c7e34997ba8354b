import { reactive, watch } from 'vue'
import { useRoute, useRouter, type LocationQuery } from 'vue-router'

/**
 * A list page's filters, kept in the address so a filtered list can be shared or reloaded as it is.
 * Each filter starts from its `?name=` in the address, else its default; whenever one changes, the address
 * is replaced (no new history entry) with every filter that differs from its default. Other query
 * parameters are left alone.
 */
export function useRouteFilters<T extends Record<string, string | null>>(defaults: T): T {
  const route = useRoute()
  const router = useRouter()
  const fromAddress = (value: LocationQuery[string] | undefined) => (typeof value === 'string' && value ? value : null)
  const filters = reactive(
    Object.fromEntries(Object.entries(defaults).map(([name, fallback]) => [name, fromAddress(route.query[name]) ?? fallback])),
  ) as T
  watch(filters, () => {
    const query: LocationQuery = { ...route.query }
    for (const [name, value] of Object.entries(filters)) {
      if (value && value !== defaults[name]) query[name] = value
      else delete query[name]
    }
    void router.replace({ query })
  })
  return filters
}
