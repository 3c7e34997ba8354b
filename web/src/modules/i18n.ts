import { createI18n } from 'vue-i18n'
import zhCN from '~/locales/zh-CN.json'
import type { UserModule } from './types'

export type MessageSchema = typeof zhCN
export const locales = ['zh-CN', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'zh-CN'

const storageKey = 'laomo.locale'

/** An instance in Chinese; the browser keeps one (`i18n`), each server render makes its own. */
export function createAppI18n() {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale: defaultLocale,
    fallbackLocale: defaultLocale,
    messages: { 'zh-CN': zhCN } as Record<Locale, MessageSchema>,
  })
}

export const i18n = createAppI18n()

// Chinese ships in the main bundle; other languages load on first use.
const lazyMessages: Record<Exclude<Locale, 'zh-CN'>, () => Promise<{ default: MessageSchema }>> = {
  en: () => import('~/locales/en.json'),
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export function currentLocale(): Locale {
  return i18n.global.locale.value
}

export async function setLocale(locale: Locale): Promise<void> {
  if (locale !== 'zh-CN' && !i18n.global.availableLocales.includes(locale)) {
    const messages = await lazyMessages[locale]()
    i18n.global.setLocaleMessage(locale, messages.default)
  }
  i18n.global.locale.value = locale
  document.documentElement.lang = locale
  localStorage.setItem(storageKey, locale)
}

function storedLocale(): Locale {
  const stored = localStorage.getItem(storageKey)
  return isLocale(stored) ? stored : defaultLocale
}

export const install: UserModule = (app) => {
  app.use(i18n)
  // A server-rendered page is hydrated in Chinese, as it was rendered; a stored language follows right after.
  const locale = storedLocale()
  if (locale !== defaultLocale) void setLocale(locale)
}
