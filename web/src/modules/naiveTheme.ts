import { zhCN } from 'naive-ui'
import type { GlobalThemeOverrides, NLocale } from 'naive-ui'
import { naiveLocales } from './i18n'

/** naive-ui's look in the app (NaiveRoot.vue, and the lazily made messages and dialogs of composables/feedback.ts). */
export const themeOverrides: GlobalThemeOverrides = {
  // Union red, as on the federation's own sites.
  common: {
    primaryColor: '#c0282d',
    primaryColorHover: '#d2474b',
    primaryColorPressed: '#9e1f24',
    primaryColorSuppl: '#d2474b',
    // WCAG AA (4.5:1) for secondary text, placeholders of empty lists and disabled text on the page's grey.
    textColor3: '#5c6370',
    placeholderColor: '#6b7079',
  },
  // Tag text darkened to 4.5:1 on each tag's own tint.
  Tag: {
    textColor: '#42464d',
    textColorError: '#a8203a',
    textColorSuccess: '#0b6b3a',
    textColorWarning: '#7a4a00',
    textColorInfo: '#1858a8',
    textColorPrimary: '#9e1f24',
  },
  Empty: { textColor: '#5c6370' },
}

/** naive-ui's own texts in the app's language: English once its locale has loaded (modules/i18n.ts), Chinese until then. */
export const naiveLocaleFor = (locale: string): NLocale => (locale === 'zh-CN' ? zhCN : (naiveLocales.value?.enUS ?? zhCN))
