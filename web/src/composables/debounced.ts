import { onScopeDispose, readonly, shallowRef, watch } from 'vue'
import type { Ref } from 'vue'

/** Follows `source` a little after its last change: a search box queries once typing pauses. */
export function useDebounced<T>(source: Ref<T>, delayMs = 300): Readonly<Ref<T>> {
  const settled = shallowRef(source.value)
  let timer: ReturnType<typeof setTimeout> | undefined
  watch(source, (next) => {
    clearTimeout(timer)
    timer = setTimeout(() => (settled.value = next), delayMs)
  })
  onScopeDispose(() => clearTimeout(timer))
  return readonly(settled) as Readonly<Ref<T>>
}
