// Settings (seed §3): the default model for everything, the interview language, the interface
// language, colour, and where the data lives. Every change is saved at once (and the interface
// language applied at once). ←/→ step through a setting's choices; Enter opens them as a menu
// (ink-select-input). Saves go through the app layer one after another (each from the settings as
// they are then): the result shows on the line below, a busy lock as a status line.
import { Box, Text } from 'ink';
import { useRef, useState, type ReactNode } from 'react';
import { failureLine, usableModels, usableSettings } from '../app/screen-data.js';
import type { WriteResult } from '../app/results.js';
import { useModels, useRepositories, useSettings } from '../app/use-repositories.js';
import { ActivityLine } from '../components/ActivityLine.js';
import { Menu, MENU_KEYS } from '../components/Menu.js';
import { cycle } from '../components/select-rows.js';
import { padToWidth, truncateToWidth } from '../components/text-layout.js';
import { useBindings } from '../hooks/useBindings.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { Binding } from '../keys/bindings.js';
import { useNavigation, useServices } from '../navigation.js';
import { useT } from '../hooks/useT.js';
import { switchUiLanguage, t, UI_LANGUAGE_NAMES, uiLanguageSource } from '../i18n/index.js';
import { chooseUiLanguage, INTERFACE_CHOICES, type InterfaceChoice } from '../i18n/locale.js';
import { setColour } from '../terminal/colour.js';
import { colourForcedOff } from '../terminal/colour-state.js';
import { safeText } from '../terminal/safe-text.js';

/**
 * Interview languages, as stored. '中文' is Simplified (src/interview/language.ts reads it so, and
 * sessions already hold it); '繁體中文' is Traditional. Shown with interviewLanguageLabel.
 */
export const LANGUAGES = ['English', '中文', '繁體中文', '日本語', '한국어', 'Español', 'Français', 'Deutsch', 'Português'];

/** An interview language as a person can tell it apart: 中文 alone does not say which script. */
export const interviewLanguageLabel = (language: string): string => (language === '中文' ? '中文（简体）' : language);

const FIELDS = ['default', 'language', 'interface', 'color'] as const;
type Field = (typeof FIELDS)[number];
type Handler = 'move' | 'change' | 'open' | 'back' | 'closeMenu';

/** "✓ default model saved", in the language in use when it is shown. */
function saved(f: Field): string {
  switch (f) {
    case 'default':
      return t('settings.saved.default');
    case 'language':
      return t('settings.saved.language');
    case 'interface':
      return t('settings.saved.interface');
    case 'color':
      return t('settings.saved.colour');
  }
}

function notSaved(f: Field): string {
  switch (f) {
    case 'default':
      return t('settings.notSaved.default');
    case 'language':
      return t('settings.notSaved.language');
    case 'interface':
      return t('settings.notSaved.interface');
    case 'color':
      return t('settings.notSaved.colour');
  }
}

export function SettingsScreen(): ReactNode {
  const nav = useNavigation();
  useT();
  const services = useServices();
  const repositories = useRepositories();
  const { columns } = useTerminalSize();
  const [focus, setFocus] = useState(0);
  const [menu, setMenu] = useState<Field | undefined>();
  // An object, so the same message again still renders (a colour switch must redraw with the new colours).
  // What was saved, not its text: after an interface-language switch it is said in the new language.
  const [{ result }, setResult] = useState<{ result?: { field: Field; failure?: string } }>({});
  const loadedSettings = useSettings();
  const modelsView = usableModels(useModels());
  const settings = usableSettings(loadedSettings);
  const models = modelsView.models.map((m) => m.name);
  const def = modelsView.defaultName;
  const field = FIELDS[focus] ?? 'default';
  // Saves run one after another, each computed from the settings as they are when it runs, so keys
  // pressed while a save waits for a lock all count.
  const queue = useRef<Promise<void>>(Promise.resolve());

  const save = async (f: Field, value: string | undefined, delta: number): Promise<void> => {
    const now = usableSettings(repositories.settings.getSnapshot());
    const view = usableModels(repositories.models.getSnapshot());
    let outcome: WriteResult<unknown>;
    if (f === 'default') outcome = await repositories.models.setDefault(value ?? cycle(view.models.map((m) => m.name), view.defaultName, delta));
    else if (f === 'language') outcome = await repositories.settings.update({ language: value ?? cycle(LANGUAGES, now.language, delta) });
    else if (f === 'interface') {
      const choice = (value ?? cycle(INTERFACE_CHOICES, now.interfaceLanguage, delta)) as InterfaceChoice;
      outcome = await repositories.settings.update({ interfaceLanguage: choice });
      // Applied at once, unless --lang or MOCKVIEW_LANG decided the language (then it is saved for later).
      const held = uiLanguageSource();
      if (outcome.ok && held !== 'flag' && held !== 'env') {
        const chosen = chooseUiLanguage({ env: services.env, stored: choice });
        await switchUiLanguage(chosen.lang, chosen.source);
      }
    } else {
      outcome = await repositories.settings.update({ color: !now.color });
      if (outcome.ok) setColour(!now.color);
    }
    setResult({ result: { field: f, ...(outcome.ok ? {} : { failure: failureLine(notSaved(f), outcome) }) } });
  };
  const set = (f: Field, value: string | undefined, delta = 1): void => {
    queue.current = queue.current.then(() => save(f, value, delta));
  };

  const bindings: Binding<Handler>[] = [
    { on: ['up', 'k', 'down', 'j', 'tab'], keys: '↑↓', action: t('settings.keys.setting'), handler: 'move', when: !menu },
    { on: ['left', 'right', 'space'], keys: '←→', action: t('settings.keys.change'), handler: 'change', when: !menu },
    { on: ['enter'], keys: 'Enter', action: field === 'color' ? t('settings.keys.switch') : t('settings.keys.chooseFromList'), handler: 'open', when: !menu },
    { on: ['escape'], keys: 'Esc', action: t('common.actions.back'), handler: 'back', when: !menu, hint: false },
    { on: MENU_KEYS.move, keys: '↑↓', action: t('common.actions.move'), by: 'menu', when: Boolean(menu) },
    { on: MENU_KEYS.pick, keys: 'Enter', action: t('settings.keys.choose'), by: 'menu', when: Boolean(menu) },
    { on: ['escape'], keys: 'Esc', action: t('settings.keys.keepAsItIs'), handler: 'closeMenu', when: Boolean(menu) },
  ];
  useBindings(bindings, {
    move: ({ name }) => setFocus((f) => (f + (name === 'up' || name === 'k' ? FIELDS.length - 1 : 1)) % FIELDS.length),
    change: ({ name }) => set(field, undefined, name === 'left' ? -1 : 1),
    open: () => (field === 'color' ? set('color', undefined) : setMenu(field)),
    back: () => nav.back(),
    closeMenu: () => setMenu(undefined),
  });

  const one = (text: string): string => safeText(text, { oneLine: true });
  const row = (i: number, label: string, value: string, note = ''): ReactNode => (
    <Text wrap="truncate-end">
      {focus === i ? '› ' : '  '}
      <Text bold={focus === i}>{padToWidth(label, 20)}</Text>
      {'◂ '}
      {value}
      {' ▸'}
      <Text dimColor>{note}</Text>
    </Text>
  );
  const choices: readonly string[] = menu === 'default' ? models : menu === 'interface' ? INTERFACE_CHOICES : LANGUAGES;
  const current = menu === 'default' ? def : menu === 'interface' ? settings.interfaceLanguage : settings.language;
  const interfaceName = (choice: InterfaceChoice): string => (choice === 'auto' ? t('settings.interface.auto') : UI_LANGUAGE_NAMES[choice]);
  const labelOf = (choice: string): string =>
    menu === 'interface' ? interfaceName(choice as InterfaceChoice) : menu === 'language' ? interviewLanguageLabel(choice) : choice;
  const held = uiLanguageSource();
  const heldNote = held === 'flag' ? t('settings.interface.heldByFlag') : held === 'env' ? t('settings.interface.heldByEnv') : '';
  const resultText = !result ? '' : (result.failure ?? `✓ ${saved(result.field)}`);
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{t('settings.title')}</Text>
      {row(0, t('settings.rows.default'), one(def), `  ${t('settings.notes.default')}`)}
      {row(1, t('settings.rows.language'), one(interviewLanguageLabel(settings.language)))}
      {row(2, t('settings.rows.interface'), interfaceName(settings.interfaceLanguage))}
      {/* On its own row: "Automatic (follow the locale)" leaves no room beside it at 80 columns. */}
      {heldNote ? (
        <Text dimColor wrap="truncate-end">
          {' '.repeat(24)}
          {heldNote}
        </Text>
      ) : null}
      {row(3, t('settings.rows.colour'), settings.color ? t('settings.colour.on') : t('settings.colour.off'), colourForcedOff() ? `  ${t('settings.notes.colourForcedOff')}` : '')}
      <Text>
        {'  '}
        {padToWidth(t('settings.rows.dataDir'), 20)}
        {truncateToWidth(one(repositories.paths.dir), Math.max(10, columns - 24))}
      </Text>
      {loadedSettings.status === 'damaged' ? (
        <Text color="yellow" wrap="truncate-end">
          {'  '}
          {t('settings.damaged', { problem: one(modelsView.damaged ?? loadedSettings.message) })}
        </Text>
      ) : null}
      <Text dimColor>
        {'  '}
        {t('settings.private')}
      </Text>
      {resultText ? (
        <Text color={resultText.startsWith('✓') ? 'green' : 'red'} wrap="truncate-end">
          {'  '}
          {one(resultText)}
        </Text>
      ) : null}
      <ActivityLine />
      {menu ? (
        <Box flexDirection="column" marginTop={1} borderStyle="round" paddingX={1}>
          <Text bold>{menu === 'default' ? t('settings.rows.default') : menu === 'interface' ? t('settings.rows.interface') : t('settings.rows.language')}</Text>
          <Menu
            items={choices.map((c) => ({ key: c, label: one(labelOf(c)), value: c }))}
            initialIndex={Math.max(0, choices.indexOf(current))}
            onSelect={(item) => {
              set(menu, item.value);
              setMenu(undefined);
            }}
          />
        </Box>
      ) : null}
    </Box>
  );
}
