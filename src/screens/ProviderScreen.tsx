// Models › Add › choose the provider (seed §2.3): choosing one advances at once. Data-driven so more
// providers can be added. Choosing the demo makes it the default through the app layer.
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { Menu, MENU_KEYS } from '../components/Menu.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { failureLine } from '../app/screen-data.js';
import { useRepositories } from '../app/use-repositories.js';
import { ActivityLine } from '../components/ActivityLine.js';
import { useNavigation } from '../navigation.js';
import { safeText } from '../terminal/safe-text.js';

export const PROVIDER_CHOICES = [
  { key: 'bedrock', label: 'Amazon Bedrock', hint: 'Claude, Nova, Llama, Mistral and more (AWS account)' },
  { key: 'demo', label: 'Offline demo', hint: 'no network, no account: built-in practice questions' },
] as const;

export const PROVIDER_BINDINGS: Binding<'back'>[] = [
  { on: MENU_KEYS.move, keys: '↑↓', action: 'move', by: 'menu' },
  { on: MENU_KEYS.pick, keys: 'Enter', action: 'choose', by: 'menu' },
  { on: ['escape'], keys: 'Esc', action: 'back', handler: 'back', hint: false },
];

export function ProviderScreen(): ReactNode {
  const nav = useNavigation();
  const { models } = useRepositories();
  const [note, setNote] = useState({ ok: true, text: '' });
  useBindings(PROVIDER_BINDINGS, { back: () => nav.back() });
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Models › Add › Provider</Text>
      <Menu
        items={PROVIDER_CHOICES.map((p) => ({ key: p.key, label: p.label, hint: p.hint, value: p.key }))}
        labelWidth={16}
        onSelect={(item) => {
          if (item.key === 'bedrock') nav.replace({ screen: 'model-form', mode: 'add' });
          else {
            void models.setDefault('demo').then((result) =>
              setNote(
                result.ok
                  ? { ok: true, text: "The offline demo is built in as 'demo' and is now the default model. Esc goes back." }
                  : { ok: false, text: failureLine('Default not changed', result) },
              ),
            );
          }
        }}
      />
      {note.text ? (
        <Text color={note.ok ? 'green' : 'red'} wrap="truncate-end">
          {safeText(note.text, { oneLine: true })}
        </Text>
      ) : null}
      <ActivityLine />
    </Box>
  );
}
