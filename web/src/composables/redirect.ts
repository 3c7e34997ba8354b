/**
 * The `redirect` query of /signin, accepted only as a path on this site:
 * "//evil.example" or "https://…" would send a freshly signed-in user elsewhere.
 */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return undefined
  return value
}
