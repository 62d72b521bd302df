// Which interface language a run gets: --lang, then MOCKVIEW_LANG, then Settings, then the locale.
import { describe, expect, it } from 'vitest';
import { chooseUiLanguage, languageFromLocale, parseUiLanguage } from '../../src/i18n/locale.js';
import { switchUiLanguage, t, uiLanguage, uiLanguageSource } from '../../src/i18n/index.js';

describe('interface language', () => {
  it('reads locales and names the way people and systems write them', () => {
    expect(parseUiLanguage('zh_CN.UTF-8')).toBe('zh-Hans');
    expect(parseUiLanguage('zh_SG.GB18030')).toBe('zh-Hans');
    expect(parseUiLanguage('zh')).toBe('zh-Hans');
    expect(parseUiLanguage('简体中文')).toBe('zh-Hans');
    expect(parseUiLanguage('zh_TW.UTF-8')).toBe('zh-Hant');
    expect(parseUiLanguage('zh_HK.Big5HKSCS')).toBe('zh-Hant');
    expect(parseUiLanguage('zh-Hant-TW')).toBe('zh-Hant');
    expect(parseUiLanguage('繁體中文')).toBe('zh-Hant');
    expect(parseUiLanguage('en_GB.UTF-8')).toBe('en');
    expect(parseUiLanguage('fr_FR.UTF-8')).toBeUndefined();
    expect(parseUiLanguage('zhx')).toBeUndefined();
    expect(parseUiLanguage('')).toBeUndefined();
  });

  it('takes LC_ALL over LC_MESSAGES over LANG, and English for C or a language we lack', () => {
    expect(languageFromLocale({ LANG: 'zh_TW.UTF-8' })).toBe('zh-Hant');
    expect(languageFromLocale({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' })).toBe('zh-Hans');
    expect(languageFromLocale({ LANG: 'zh_CN.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(languageFromLocale({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(languageFromLocale({})).toBe('en');
  });

  it('lets the flag beat MOCKVIEW_LANG, which beats Settings, which beats the locale', () => {
    const env = { LANG: 'zh_TW.UTF-8', MOCKVIEW_LANG: 'en' };
    expect(chooseUiLanguage({ flag: 'zh-Hans', env, stored: 'en' })).toEqual({ lang: 'zh-Hans', source: 'flag' });
    expect(chooseUiLanguage({ env, stored: 'zh-Hans' })).toEqual({ lang: 'en', source: 'env' });
    expect(chooseUiLanguage({ env: { LANG: 'zh_TW.UTF-8' }, stored: 'zh-Hans' })).toEqual({ lang: 'zh-Hans', source: 'settings' });
    expect(chooseUiLanguage({ env: { LANG: 'zh_TW.UTF-8' }, stored: 'auto' })).toEqual({ lang: 'zh-Hant', source: 'locale' });
    // A MOCKVIEW_LANG we do not have is passed over, not obeyed.
    expect(chooseUiLanguage({ env: { LANG: 'zh_TW.UTF-8', MOCKVIEW_LANG: 'klingon' } })).toEqual({ lang: 'zh-Hant', source: 'locale' });
  });

  it('switches the messages in use, loading a Chinese catalog on demand', async () => {
    await switchUiLanguage('zh-Hant', 'flag');
    expect(uiLanguage()).toBe('zh-Hant');
    expect(uiLanguageSource()).toBe('flag');
    expect(t('settings.title')).toBe('設定');
    await switchUiLanguage('zh-Hans', 'env');
    expect(t('settings.title')).toBe('设置');
    await switchUiLanguage('en', 'locale');
    expect(t('settings.title')).toBe('Settings');
  });
});
