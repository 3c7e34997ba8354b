import { useI18n } from 'vue-i18n'

/** 1234567 → "123.5 万元" in Chinese, "1,234,567 yuan" in English. */
export function useYuan() {
  const { t, locale } = useI18n()
  return (yuan: number): string =>
    locale.value === 'zh-CN' && yuan >= 10_000 ? t('studio.tenThousandYuan', { n: (yuan / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 1 }) })
      : t('studio.yuan', { n: yuan.toLocaleString(locale.value) })
}
