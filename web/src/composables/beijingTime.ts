import dayjs from 'dayjs'
import timezone from 'dayjs/plugin/timezone'
import utc from 'dayjs/plugin/utc'
import { useI18n } from 'vue-i18n'

dayjs.extend(utc)
dayjs.extend(timezone)

/**
 * Every date the product shows is Beijing's (notices, deadlines, audit steps are dated there by law),
 * whatever zone the browser is in; this is the one place that turns an instant into Beijing wall-clock text.
 */
const beijing = (instant: string | Date) => dayjs(instant).tz('Asia/Shanghai')

/** An instant as Beijing wall-clock time, e.g. 2026-03-03 10:05. */
export function beijingTime(instant: string | Date): string {
  return beijing(instant).format('YYYY-MM-DD HH:mm')
}

/** The Beijing calendar day of an instant (YYYY-MM-DD): the day a form's date defaults to, wherever the browser is. */
export function beijingDate(instant: string | Date): string {
  return beijing(instant).format('YYYY-MM-DD')
}

/** Beijing time and day for a page, with the locale's "none" for a missing instant. */
export function useBeijingTime() {
  const { t } = useI18n()
  return {
    time: (instant: string | null | undefined) => (instant ? beijingTime(instant) : t('common.none')),
    date: (instant: string | null | undefined) => (instant ? beijingDate(instant) : t('common.none')),
  }
}
