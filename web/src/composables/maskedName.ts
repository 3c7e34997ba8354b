const mask = '○'

/**
 * How a person's name appears on public pages (DOMAIN: commenters appear masked, e.g. 李○明):
 * the first and last characters stay, everything between is masked; a two-character
 * name keeps its first. Counts characters, not UTF-16 units, so rare characters stay whole.
 */
export function maskedName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length === 0) return ''
  if (chars.length === 1) return name.trim()
  if (chars.length === 2) return `${chars[0]}${mask}`
  return `${chars[0]}${mask.repeat(chars.length - 2)}${chars.at(-1)}`
}
