// Settings (seed §3): the default model for everything, the interview language, colour, and where
// the data lives. Every change is saved at once. ←/→ step through a setting's choices; Enter opens
// them as a menu (ink-select-input). Saves go through the app layer one after another (each from
// the settings as they are then): the result shows on the line below, a busy lock as a status line.
import { Box, Text } from 'ink';
import { useRef, useState, type ReactNode } from 'react';
import { failureLine, usableModels, usableSettings } from '../app/screen-data.js';
import type { WriteResult } from '../app/results.js';
import { useModels, useRepositories, useSettings } from '../app/use-repositories.js';
import { ActivityLine } from '../components/ActivityLine.js';
import { Menu, MENU_KEYS } from '../components/Menu.js';
import { cycle } from '../components/select-rows.js';
import { truncateToWidth } from '../components/text-layout.js';
import { useBindings } from '../hooks/useBindings.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { Binding } from '../keys/bindings.js';
import { useNavigation } from '../navigation.js';
import { setColour } from '../terminal/colour.js';
import { colourForcedOff } from '../terminal/colour-state.js';
import { safeText } from '../terminal/safe-text.js';

export const LANGUAGES = ['English', '中文', '日本語', '한국어', 'Español', 'Français', 'Deutsch', 'Português'];
const FIELDS = ['default', 'language', 'color'] as const;
type Field = (typeof FIELDS)[number];
type Handler = 'move' | 'change' | 'open' | 'back' | 'closeMenu';

export function SettingsScreen(): ReactNode {
  const nav = useNavigation();
  const repositories = useRepositories();
  const { columns } = useTerminalSize();
  const [focus, setFocus] = useState(0);
  const [menu, setMenu] = useState<Field | undefined>();
  // An object, so the same message again still renders (a colour switch must redraw with the new colours).
  const [{ text: result }, setResult] = useState({ text: '' });
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
    else {
      outcome = await repositories.settings.update({ color: !now.color });
      if (outcome.ok) setColour(!now.color);
    }
    const what = f === 'default' ? 'default model' : f === 'language' ? 'language' : 'colour';
    setResult({ text: outcome.ok ? `✓ ${what} saved` : failureLine(`${what} not saved`, outcome) });
  };
  const set = (f: Field, value: string | undefined, delta = 1): void => {
    queue.current = queue.current.then(() => save(f, value, delta));
  };

  const bindings: Binding<Handler>[] = [
    { on: ['up', 'k', 'down', 'j', 'tab'], keys: '↑↓', action: 'setting', handler: 'move', when: !menu },
    { on: ['left', 'right', 'space'], keys: '←→', action: 'change', handler: 'change', when: !menu },
    { on: ['enter'], keys: 'Enter', action: field === 'color' ? 'switch' : 'choose from a list', handler: 'open', when: !menu },
    { on: ['escape'], keys: 'Esc', action: 'back', handler: 'back', when: !menu, hint: false },
    { on: MENU_KEYS.move, keys: '↑↓', action: 'move', by: 'menu', when: Boolean(menu) },
    { on: MENU_KEYS.pick, keys: 'Enter', action: 'choose', by: 'menu', when: Boolean(menu) },
    { on: ['escape'], keys: 'Esc', action: 'keep as it is', handler: 'closeMenu', when: Boolean(menu) },
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
      <Text bold={focus === i}>{label.padEnd(20)}</Text>
      {'◂ '}
      {value}
      {' ▸'}
      <Text dimColor>{note}</Text>
    </Text>
  );
  const choices = menu === 'default' ? models : LANGUAGES;
  const current = menu === 'default' ? def : settings.language;
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Settings</Text>
      {row(0, 'Default model', one(def), '  used by interviews, questions and ask')}
      {row(1, 'Interview language', one(settings.language))}
      {row(2, 'Colour', settings.color ? 'on' : 'off', colourForcedOff() ? '  off for now: NO_COLOR or --no-color is set' : '')}
      <Text>
        {'  '}
        {'Data directory'.padEnd(20)}
        {truncateToWidth(one(repositories.paths.dir), Math.max(10, columns - 24))}
      </Text>
      {loadedSettings.status === 'damaged' ? (
        <Text color="yellow" wrap="truncate-end">
          {'  '}Settings cannot be read, shown as the defaults: {one(modelsView.damaged ?? loadedSettings.message)}
        </Text>
      ) : null}
      <Text dimColor>{'  '}Files are private to you (0600); keys are never shown in full.</Text>
      {result ? (
        <Text color={result.startsWith('✓') ? 'green' : 'red'} wrap="truncate-end">
          {'  '}
          {one(result)}
        </Text>
      ) : null}
      <ActivityLine />
      {menu ? (
        <Box flexDirection="column" marginTop={1} borderStyle="round" paddingX={1}>
          <Text bold>{menu === 'default' ? 'Default model' : 'Interview language'}</Text>
          <Menu
            items={choices.map((c) => ({ key: c, label: one(c), value: c }))}
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
