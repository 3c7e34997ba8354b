/**
 * Mainland resident ID numbers (GB 11643-1999): 17 digits and a check character. The registry takes
 * only well-formed ones, so a typo is caught when it is entered rather than at a later match.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character of the first 17 digits. */
export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/** The number in its stored form (upper-case X), or null when it is not a valid ID number. */
export function normalIdNumber(text: string): string | null {
  const id = text.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return null;
  return checkCharacter(id.slice(0, 17)) === id[17] ? id : null;
}

/** What lists show (PIPL): the region and the last four, e.g. 110105********0017. */
export function maskIdNumber(id: string): string {
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}
