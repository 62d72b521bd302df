// The interface language: English, 简体中文 or 繁體中文 for every screen, hint, error and CLI message.
// i18next does the lookups (interpolation with {{name}}, English plurals through Intl.PluralRules,
// English as the fallback); the messages are data, one JSON file per area in catalogs/<language>/.
//
//   import { t } from '../i18n/index.js';        // anywhere (bedrock/, interview/, cli/ too)
//   t('settings.title')                          // keys are type-checked against the English catalog
//   t('history.count', { count: 3 })             // "3 sessions" / "3 个会话"
//
// A React component that shows text calls `useT()` (src/hooks/useT.ts) instead, so that it draws
// again when the language is changed in Settings. Values put into a message are not escaped: text
// our code did not write still goes through safeText() before it reaches a terminal, as everywhere.
//
// Only English is in the start-up path; a Chinese catalog is loaded (one dynamic import) before the
// first frame when it is the language in use, and when it is chosen in Settings.
import i18next, { type TFunction } from 'i18next';
import en, { type Catalog } from './en.js';
import type { LanguageSource } from './locale.js';

export const UI_LANGUAGES = ['en', 'zh-Hans', 'zh-Hant'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** What each language is called in itself (Settings shows these). */
export const UI_LANGUAGE_NAMES: Record<UiLanguage, string> = { en: 'English', 'zh-Hans': '简体中文', 'zh-Hant': '繁體中文' };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
    returnNull: false;
  }
}

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...UI_LANGUAGES],
  // Synchronous: the catalogs are in memory, so `t` works the moment this module has loaded.
  initAsync: false,
  resources: { en: { translation: en } },
  // Terminal text, not HTML: nothing to escape (safeText guards what reaches the terminal).
  interpolation: { escapeValue: false },
  returnNull: false,
});

const loaders: Record<Exclude<UiLanguage, 'en'>, () => Promise<{ default: Catalog }>> = {
  'zh-Hans': () => import('./zh-Hans.js'),
  'zh-Hant': () => import('./zh-Hant.js'),
};

let current: UiLanguage = 'en';
let decidedBy: LanguageSource = 'locale';
const listeners = new Set<() => void>();

/**
 * Loads a language's messages (once) and makes it the one in use; every `useT()` component draws
 * again. `source`: what decided it (Settings says when a flag or MOCKVIEW_LANG holds the language).
 */
export async function switchUiLanguage(lang: UiLanguage, source: LanguageSource = 'settings'): Promise<void> {
  decidedBy = source;
  if (lang !== 'en' && !i18n.hasResourceBundle(lang, 'translation')) {
    const { default: catalog } = await loaders[lang]();
    i18n.addResourceBundle(lang, 'translation', catalog);
  }
  if (lang === current) return;
  await i18n.changeLanguage(lang);
  current = lang;
  for (const listener of listeners) listener();
}

/** What decided the language in use. */
export const uiLanguageSource = (): LanguageSource => decidedBy;

/** The interface language in use now. */
export const uiLanguage = (): UiLanguage => current;

/** For useSyncExternalStore: called when the language changes. */
export function onUiLanguageChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A message in the language in use. */
export const t: TFunction<'translation'> = i18n.t.bind(i18n);

/** Whether the message exists in the given language's own catalog (not through the English fallback). */
export const hasMessage = (key: string, lang: UiLanguage): boolean => i18n.exists(key, { lng: lang, fallbackLng: [] });
