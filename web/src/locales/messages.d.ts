/** The public pages' group of a locale file (built by `web/i18nMessages.ts`). */
declare module '*.json?public' {
  const messages: Record<string, unknown>
  export default messages
}
