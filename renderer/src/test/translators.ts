// Tests only: English and Chinese translators for tests of the renderer's words, with i18n.ts's options
// and both languages loaded. `fallbackLng: false` makes a missing zh-CN string show as
// missing instead of as English.
import i18next from 'i18next';
import { en } from '../i18n/en';
import { zhCN } from '../i18n/zh-CN';
import type { Translate } from '../lib/error-words';

export async function testTranslators(
  options: { fallbackLng?: false } = {},
): Promise<{ tEn: Translate; tZh: Translate }> {
  const i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
    lng: 'en',
    fallbackLng: options.fallbackLng ?? 'en',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return { tEn: i18n.getFixedT('en'), tZh: i18n.getFixedT('zh-CN') };
}
