/**
 * How a commenter appears to the public (DOMAIN.md: 李小明 → 李○明): the first and the last character
 * stay, everything between becomes ○, so a reader can tell commenters apart without learning who
 * they are. A two-character name keeps only its first (王芳 → 王○); spaces and prefixes count as
 * characters, so nothing of the middle ever shows.
 */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '○';
  if (chars.length === 1) return `${chars[0]}○`;
  if (chars.length === 2) return `${chars[0]}○`;
  return `${chars[0]}${'○'.repeat(chars.length - 2)}${chars.at(-1)}`;
}
