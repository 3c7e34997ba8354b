import type { NDateLocale, NLocale } from 'naive-ui'
import { shallowRef } from 'vue'
import { createI18n } from 'vue-i18n'
import publicZhCN from '~/locales/zh-CN.json?public'
import type { UserModule } from './types'

export type MessageSchema = typeof import('~/locales/zh-CN.json')
export const locales = ['zh-CN', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'zh-CN'

const storageKey = 'laomo.locale'

/** An instance in Chinese; the browser keeps one (`i18n`), each server render makes its own (with every message). */
export function createAppI18n(messages: MessageSchema) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale: defaultLocale,
    fallbackLocale: defaultLocale,
    messages: { 'zh-CN': messages } as Record<Locale, MessageSchema>,
  })
}

// The public pages' messages; the unit tests, which mount any component, add the rest first (src/testing/allMessages.ts).
// (The whole file is not imported here even for the tests: the bundler would then put it in the main chunk.)
export const i18n = createAppI18n(publicZhCN as MessageSchema)

// The public pages' Chinese ships in the main bundle; the rest of it, and other languages, load on first use.
const lazyMessages: Record<Locale, () => Promise<{ default: MessageSchema }>> = {
  'zh-CN': () => import('~/locales/zh-CN.json'),
  en: () => import('~/locales/en.json'),
}
const allLoaded = new Map<Locale, Promise<void>>()

function loadMessages(locale: Locale): Promise<void> {
  let loaded = allLoaded.get(locale)
  if (!loaded) {
    loaded = lazyMessages[locale]().then((messages) => i18n.global.setLocaleMessage(locale, messages.default))
    loaded.catch(() => allLoaded.delete(locale))
    allLoaded.set(locale, loaded)
  }
  return loaded
}

/**
 * Pages whose Chinese messages are all in the main bundle (`zh-CN.json?public`, the groups named in
 * `web/i18nMessages.ts`): the browser starts with these only; every other page loads the rest first.
 */
export const PUBLIC_MESSAGE_PAGES = new Set(['home', 'notices', 'notice', 'notice-entry', 'studios', 'studio', 'suggestions', 'model-workers', 'model-worker', 'not-found'])

/** naive-ui's English texts and date locales, once loaded (NaiveRoot.vue hands them to naive-ui's config provider). */
export const naiveLocales = shallowRef<{ enUS: NLocale; dateEnUS: NDateLocale; dateZhCN: NDateLocale }>()
let naiveLocalesLoaded: Promise<void> | undefined

function loadNaiveLocales(): Promise<void> {
  naiveLocalesLoaded ??= import('./naiveLocales').then(
    (loaded) => { naiveLocales.value = loaded.naiveLocales },
    (error: unknown) => { naiveLocalesLoaded = undefined; throw error },
  )
  return naiveLocalesLoaded
}

/** Every message of the current language (and of Chinese, the fallback): for a page beyond the public ones. */
export async function loadAllMessages(): Promise<void> {
  await Promise.all([loadMessages(defaultLocale), loadMessages(currentLocale()), loadNaiveLocales()])
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export function currentLocale(): Locale {
  return i18n.global.locale.value
}

export async function setLocale(locale: Locale): Promise<void> {
  // English is loaded whole; Chinese may still hold the public pages' messages only, enough where they are shown.
  if (locale !== defaultLocale) await Promise.all([loadMessages(locale), loadNaiveLocales()])
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
