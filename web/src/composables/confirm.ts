import { useDialog } from 'naive-ui'
import { useI18n } from 'vue-i18n'

/**
 * Asks before an action that cannot be taken back (uphold, revoke, hide…): resolves to true when
 * the user confirms, false when they cancel or close the dialog.
 */
export function useConfirm() {
  const dialog = useDialog()
  const { t } = useI18n()
  return (content: string): Promise<boolean> =>
    new Promise((resolve) => {
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
