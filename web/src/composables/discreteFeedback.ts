import { createDiscreteApi, zhCN } from 'naive-ui'
import type { ConfigProviderProps } from 'naive-ui'
import { computed } from 'vue'
import { i18n, naiveLocales } from '~/modules/i18n'
import { themeOverrides } from '~/modules/naiveTheme'

/**
 * naive-ui's messages and dialogs outside NaiveRoot, in the app's theme and language: loaded by `useFeedback`
 * (composables/feedback.ts) on a plain page's first message or question, never before.
 */
const configProviderProps = computed<ConfigProviderProps>(() => ({
  themeOverrides,
  locale: i18n.global.locale.value === 'zh-CN' ? zhCN : (naiveLocales.value?.enUS ?? zhCN),
}))

export const { message, dialog } = createDiscreteApi(['message', 'dialog'], { configProviderProps })
