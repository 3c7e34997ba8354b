import { computed, ref } from 'vue'

/** The cursors of the pages walked so far, for a connection paged forward and back (the last one is the current `after`). */
export function useCursorPages() {
  const cursors = ref<(string | null)[]>([null])
  return {
    after: computed(() => cursors.value.at(-1) ?? null),
    hasPrevious: computed(() => cursors.value.length > 1),
    previous: () => void cursors.value.pop(),
    next: (cursor: string | null | undefined) => void cursors.value.push(cursor ?? null),
    reset: () => void (cursors.value = [null]),
  }
}

export type CursorPages = ReturnType<typeof useCursorPages>
