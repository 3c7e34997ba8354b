/** An instant as Beijing wall-clock time (notices, comments and objections are dated in Beijing), e.g. 2026-03-03 10:05. */
export function beijingTime(instant: string | Date): string {
  const local = new Date(new Date(instant).getTime() + 8 * 3_600_000).toISOString()
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`
}

/** The Beijing calendar day of an instant (YYYY-MM-DD): the day a form's date defaults to, wherever the browser is. */
export function beijingDate(instant: string | Date): string {
  return beijingTime(instant).slice(0, 10)
}
