import { dateEnUS, dateZhCN, enUS } from 'naive-ui'

/**
 * naive-ui's English texts and both date locales (date-fns), loaded on first use (`modules/i18n.ts`): the public
 * pages show no dates through naive-ui and are Chinese first, so a visitor's first page does without them.
 */
export const naiveLocales = { enUS, dateEnUS, dateZhCN }
