import type { DialogApi } from 'naive-ui'
import { useI18n } from 'vue-i18n'

/** The question before an action that cannot be taken back, in `dialog`: true when confirmed, false when cancelled or closed. */
export function askToConfirm(dialog: DialogApi, t: (key: string) => string, content: string): Promise<boolean> {
  return new Promise((resolve) => {
    dialog.warning({
      title: t('common.confirmTitle'),
      content,
      positiveText: t('common.confirm'),
      negativeText: t('common.cancel'),
      onPositiveClick: () => resolve(true),
      onNegativeClick: () => resolve(false),
      onClose: () => resolve(false),
      onMaskClick: () => resolve(false),
    })
  })
}

/**
 * A message or a question from a component that does without naive-ui on the page (the notice page's vote button,
 * the header's sign-out): naive-ui's own messages and dialogs, in the app's theme, loaded on first use
 * (composables/discreteFeedback.ts), so a page that only reads never loads them.
 */
export function useFeedback() {
  const { t } = useI18n()
  const discrete = () => import('./discreteFeedback')
  return {
    success: async (text: string) => void (await discrete()).message.success(text),
    error: async (text: string) => void (await discrete()).message.error(text),
    confirm: async (content: string) => askToConfirm((await discrete()).dialog, t, content),
  }
}
