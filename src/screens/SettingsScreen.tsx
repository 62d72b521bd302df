// Settings (seed §3): the default model for everything, the interview language, colour, and where
// the data lives. Every change is saved at once.
import { Box, Text } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';
import { useNavigation, useServices } from '../navigation.js';
import { colourForcedOff } from '../cli/colour.js';
import { setColour } from '../terminal/colour.js';
import { useKeys } from '../hooks/useKeys.js';
import { cycle } from '../components/select-rows.js';

export const LANGUAGES = ['English', '中文', '日本語', '한국어', 'Español', 'Français', 'Deutsch', 'Português'];
const FIELDS = ['default', 'language', 'color'] as const;

export function SettingsScreen(): ReactNode {
  const nav = useNavigation();
  const { store } = useServices();
  const [focus, setFocus] = useState(0);
  const [, setVersion] = useState(0);
  const settings = store.settings();
  const models = store.listModels().map((m) => m.name);
  const def = store.defaultModelName();
  useEffect(() => nav.setHints([{ keys: '↑↓', action: 'setting' }, { keys: '←→', action: 'change' }]), [nav.setHints]);

  useKeys((input, key) => {
    if (key.escape) return nav.back();
    if (key.upArrow || input === 'k') setFocus((f) => (f + FIELDS.length - 1) % FIELDS.length);
    else if (key.downArrow || input === 'j' || key.tab) setFocus((f) => (f + 1) % FIELDS.length);
    else if (key.leftArrow || key.rightArrow || key.return || input === ' ') {
      const delta = key.leftArrow ? -1 : 1;
      const field = FIELDS[focus];
      if (field === 'default') store.setDefaultModel(cycle(models, def, delta));
      else if (field === 'language') store.updateSettings({ language: cycle(LANGUAGES, settings.language, delta) });
      else {
        store.updateSettings({ color: !settings.color });
        setColour(!settings.color);
      }
      setVersion((v) => v + 1);
    }
  });
  const row = (i: number, label: string, value: string, note = ''): ReactNode => (
    <Text>
      {focus === i ? '› ' : '  '}
      <Text bold={focus === i}>{label.padEnd(20)}</Text>
      {'◂ '}
      {value}
      {' ▸'}
      <Text dimColor>{note}</Text>
    </Text>
  );
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Settings</Text>
      {row(0, 'Default model', def, '  used by interviews, questions and ask')}
      {row(1, 'Interview language', settings.language)}
      {row(2, 'Colour', settings.color ? 'on' : 'off', colourForcedOff() ? '  off for now: NO_COLOR or --no-color is set' : '')}
      <Text>
        {'  '}
        {'Data directory'.padEnd(20)}
        {store.paths.dir}
      </Text>
      <Text dimColor>{'  '}Files are private to you (0600); keys are never shown in full.</Text>
    </Box>
  );
}
