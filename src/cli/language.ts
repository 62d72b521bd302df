// The interface language for this run, settled before any screen or message is made: --lang, then
// MOCKVIEW_LANG, then the Settings choice, then the locale (src/i18n/locale.ts).
import { switchUiLanguage } from '../i18n/index.js';
import { chooseUiLanguage, parseUiLanguage } from '../i18n/locale.js';
import type { Settings } from '../store/schema.js';

export async function applyLanguageChoice(flag: string | undefined, settings: Settings | undefined, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { lang, source } = chooseUiLanguage({ flag, env, stored: settings?.interfaceLanguage });
  await switchUiLanguage(lang, source);
}

/** `--lang X` / `--lang=X` (or another flag) in the arguments, read before commander builds its (translated) help. */
export function flagValue(args: readonly string[], flag: '--lang' | '--data-dir'): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return undefined;
    if (arg === flag) return args[i + 1];
    if (arg.startsWith(`${flag}=`)) return arg.slice(flag.length + 1);
  }
  return undefined;
}

/** The flag's value checked: one of our languages, else undefined (commander then reports it). */
export const validLang = (value: string | undefined): boolean => parseUiLanguage(value) !== undefined;
