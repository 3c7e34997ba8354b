import { createDiscreteApi } from 'naive-ui'
import type { ConfigProviderProps } from 'naive-ui'
import { computed } from 'vue'
import { i18n } from '~/modules/i18n'
import { naiveLocaleFor, themeOverrides } from '~/modules/naiveTheme'

/**
 * naive-ui's messages and dialogs outside NaiveRoot, in the app's theme and language: loaded by `useFeedback`
 * (composables/feedback.ts) on a plain page's first message or question, never before.
 */
const configProviderProps = computed<ConfigProviderProps>(() => ({
  themeOverrides,
  locale: naiveLocaleFor(i18n.global.locale.value),
}))

export const { message, dialog } = createDiscreteApi(['message', 'dialog'], { configProviderProps })
