// i18next with the two languages. Resources are plain objects compiled into the bundle (no
// backend, no fetch: the CSP forbids connections). English is in the start-up bundle (it is
// also every language's fallback); zh-CN is its own chunk, loaded before it is switched on,
// so a zh-CN user never sees an English frame (root.tsx waits for it before the first render).
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/ipc/views';
import { en } from './en';

export const LANGUAGES: readonly { id: Language; name: string }[] = [
  { id: 'en', name: 'English' },
  { id: 'zh-CN', name: '简体中文' },
];

// The last language asked for: a slower load of an earlier choice must not win over it.
let wanted: Language = 'en';

/** Adds a language's strings if they are not there yet. */
async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en' || i18next.hasResourceBundle(language, 'translation')) return;
  const { zhCN } = await import('./zh-CN');
  i18next.addResourceBundle(language, 'translation', zhCN);
}

export async function initI18n(language: Language = 'en'): Promise<void> {
  wanted = language;
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    interpolation: { escapeValue: false }, // React escapes
    returnNull: false,
    showSupportNotice: false, // no advert in the console at every start
  });
  await setLanguage(language);
}

export async function setLanguage(language: Language): Promise<void> {
  wanted = language;
  await loadLanguage(language);
  if (language !== wanted) return;
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
