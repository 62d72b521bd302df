// `const t = useT()` in a component that shows text: the same `t` as src/i18n, and the component
// draws again when the interface language changes (Settings), without losing its state.
import { useSyncExternalStore } from 'react';
import { onUiLanguageChange, t, uiLanguage } from '../i18n/index.js';

export function useT(): typeof t {
  useSyncExternalStore(onUiLanguageChange, uiLanguage, uiLanguage);
  return t;
}
