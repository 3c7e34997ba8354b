import zhCN from '~/locales/zh-CN.json'
import { i18n } from '~/modules/i18n'

// Unit tests mount any component, so they get every Chinese message from the start (the app starts with the public
// pages' ones only and loads the rest on the way to another page).
i18n.global.setLocaleMessage('zh-CN', zhCN)
