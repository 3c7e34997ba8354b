import { computed, ref, watch, type WatchSource } from 'vue'

/**
 * Previous/next paging over a Relay connection. Cursors are opaque, so "previous" goes back
 * through the `after` cursors already used rather than asking for `before`. The page's query reads `after`;
 * `AppConnectionPager` shows the buttons. When any of `resetOn` (the page's filters) changes, paging starts over.
 */
export function useCursorPager(resetOn?: WatchSource | WatchSource[] | Record<string, unknown>) {
  const afters = ref<(string | null)[]>([null])
  const after = computed(() => afters.value.at(-1) ?? null)
  const page = computed(() => afters.value.length)

  function next(endCursor: string | null | undefined): void {
    if (endCursor) afters.value = [...afters.value, endCursor]
  }

  function previous(): void {
    if (afters.value.length > 1) afters.value = afters.value.slice(0, -1)
  }

  function reset(): void {
    afters.value = [null]
  }

  // A reactive object (the page's `useRouteFilters`) is watched deeply, as Vue watches any reactive object.
  if (resetOn) watch(resetOn as WatchSource, reset)

  return { after, page, hasPrevious: computed(() => page.value > 1), next, previous, reset }
}

export type CursorPager = ReturnType<typeof useCursorPager>
