import { ref } from 'vue'

/**
 * Bumped whenever the viewer reads notifications here, so the bell asks again at once instead of at
 * its next poll (its count is a plain number, which urql's document cache cannot tie to a mutation).
 */
export const notificationsChanged = ref(0)
