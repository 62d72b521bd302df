// Which interface language to use, and from where: the --lang flag, then MOCKVIEW_LANG, then the
// Settings choice, then the locale (LC_ALL, LC_MESSAGES, LANG, the order POSIX gives them).
import type { UiLanguage } from './index.js';

/** The interface-language choice stored in Settings: a language, or "follow the locale". */
export const INTERFACE_CHOICES = ['auto', 'en', 'zh-Hans', 'zh-Hant'] as const;
export type InterfaceChoice = (typeof INTERFACE_CHOICES)[number];

/**
 * A language name as a person or a locale writes it: "zh_TW.UTF-8", "zh-Hant", "zh-HK", "繁體中文",
 * "zh_CN.GB18030", "zh", "简体中文", "en_GB", "English". Undefined when it is none of our three.
 */
export function parseUiLanguage(value: string | undefined): UiLanguage | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().replace(/[.@].*$/, '').replace(/_/g, '-').toLowerCase();
  if (v === '') return undefined;
  if (/^(zh-(hant|tw|hk|mo)(\b|-)|zh-hant|繁體中文|繁体中文|正體中文|traditional chinese|chinese \(traditional\)$)/.test(v)) return 'zh-Hant';
  if (/^(zh(\b|-)|简体中文|簡體中文|中文|chinese|simplified chinese)/.test(v)) return 'zh-Hans';
  if (/^(en(\b|-)|english$)/.test(v)) return 'en';
  return undefined;
}

/** The language the locale asks for; C, POSIX and languages we do not have mean English. */
export function languageFromLocale(env: NodeJS.ProcessEnv): UiLanguage {
  // The first of these that is set decides, even when it names a language we do not have.
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  return parseUiLanguage(locale) ?? 'en';
}

export type LanguageSource = 'flag' | 'env' | 'settings' | 'locale';

/** The language to use and what decided it (Settings says when a flag or MOCKVIEW_LANG overrides it). */
export function chooseUiLanguage(opts: { flag?: string; env: NodeJS.ProcessEnv; stored?: InterfaceChoice }): { lang: UiLanguage; source: LanguageSource } {
  const fromFlag = parseUiLanguage(opts.flag);
  if (fromFlag) return { lang: fromFlag, source: 'flag' };
  const fromEnv = parseUiLanguage(opts.env.MOCKVIEW_LANG);
  if (fromEnv) return { lang: fromEnv, source: 'env' };
  if (opts.stored && opts.stored !== 'auto') return { lang: opts.stored, source: 'settings' };
  return { lang: languageFromLocale(opts.env), source: 'locale' };
}
