import { useI18n } from 'vue-i18n'

/**
 * Every date the product shows is Beijing's (notices, deadlines, audit steps are dated there by law),
 * whatever zone the browser is in; this is the one place that turns an instant into Beijing wall-clock text.
 * The browser's own time-zone data does it (Intl), so the notice page, which shows a time, carries no date library.
 */
const beijingClock = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

function beijing(instant: string | Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> {
  const parts: Record<string, string> = {}
  for (const { type, value } of beijingClock.formatToParts(new Date(instant))) parts[type] = value
  return parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute', string>
}

/** An instant as Beijing wall-clock time, e.g. 2026-03-03 10:05. */
export function beijingTime(instant: string | Date): string {
  const { year, month, day, hour, minute } = beijing(instant)
  return `${year}-${month}-${day} ${hour}:${minute}`
}

/** The Beijing calendar day of an instant (YYYY-MM-DD): the day a form's date defaults to, wherever the browser is. */
export function beijingDate(instant: string | Date): string {
  const { year, month, day } = beijing(instant)
  return `${year}-${month}-${day}`
}

/** Beijing time and day for a page, with the locale's "none" for a missing instant. */
export function useBeijingTime() {
  const { t } = useI18n()
  return {
    time: (instant: string | null | undefined) => (instant ? beijingTime(instant) : t('common.none')),
    date: (instant: string | null | undefined) => (instant ? beijingDate(instant) : t('common.none')),
  }
}
