// Settings (seed §3): the default model for everything, the interview language, colour, and where
// the data lives. Every change is saved at once. ←/→ step through a setting's choices; Enter opens
// them as a menu (ink-select-input).
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { colourForcedOff } from '../cli/colour.js';
import { Menu, MENU_KEYS } from '../components/Menu.js';
import { cycle } from '../components/select-rows.js';
import { truncateToWidth } from '../components/text-layout.js';
import { useBindings } from '../hooks/useBindings.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { Binding } from '../keys/bindings.js';
import { useNavigation, useServices } from '../navigation.js';
import { setColour } from '../terminal/colour.js';
import { safeText } from '../terminal/safe-text.js';

export const LANGUAGES = ['English', '中文', '日本語', '한국어', 'Español', 'Français', 'Deutsch', 'Português'];
const FIELDS = ['default', 'language', 'color'] as const;
type Field = (typeof FIELDS)[number];
type Handler = 'move' | 'change' | 'open' | 'back' | 'closeMenu';

export function SettingsScreen(): ReactNode {
  const nav = useNavigation();
  const { store } = useServices();
  const { columns } = useTerminalSize();
  const [focus, setFocus] = useState(0);
  const [menu, setMenu] = useState<Field | undefined>();
  const [, setVersion] = useState(0);
  const settings = store.settings();
  const models = store.listModels().map((m) => m.name);
  const def = store.defaultModelName();
  const field = FIELDS[focus] ?? 'default';

  const set = (f: Field, value: string | undefined, delta = 1): void => {
    if (f === 'default') store.setDefaultModel(value ?? cycle(models, def, delta));
    else if (f === 'language') store.updateSettings({ language: value ?? cycle(LANGUAGES, settings.language, delta) });
    else {
      store.updateSettings({ color: !settings.color });
      setColour(!settings.color);
    }
    setVersion((v) => v + 1);
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
        {truncateToWidth(one(store.paths.dir), Math.max(10, columns - 24))}
      </Text>
      <Text dimColor>{'  '}Files are private to you (0600); keys are never shown in full.</Text>
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
