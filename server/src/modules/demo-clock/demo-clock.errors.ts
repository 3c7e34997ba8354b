import { addMessages } from '../../common/i18n/messages.js';

export const DemoClockError = {
  Production: 'demo_clock/production',
  BeforeToday: 'demo_clock/before_today',
  TooFar: 'demo_clock/too_far',
} as const;

addMessages({
  'demo_clock/production': { 'zh-CN': '生产环境不提供演示时钟，日期始终为真实日期', en: 'The demo clock is not available in production; the date is always the real one' },
  'demo_clock/before_today': { 'zh-CN': '演示日期不能早于今天（{today}）', en: 'The demo date cannot be before today ({today})' },
  'demo_clock/too_far': { 'zh-CN': '演示日期最多只能设到 {latest}', en: 'The demo date can be at most {latest}' },
});
