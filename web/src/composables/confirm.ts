import { useDialog } from 'naive-ui'
import { useI18n } from 'vue-i18n'
import { askToConfirm } from './feedback'

/**
 * Asks before an action that cannot be taken back (uphold, revoke, hide…): resolves to true when
 * the user confirms, false when they cancel or close the dialog. Inside NaiveRoot; a plain component
 * uses `useFeedback` (composables/feedback.ts) instead.
 */
export function useConfirm() {
  const dialog = useDialog()
  const { t } = useI18n()
  return (content: string): Promise<boolean> => askToConfirm(dialog, t, content)
}
