// Models › Add › choose the provider (seed §2.3): choosing one advances at once. Data-driven so more
// providers can be added.
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { Menu, MENU_KEYS } from '../components/Menu.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { useNavigation, useServices } from '../navigation.js';

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
  const { store } = useServices();
  const [note, setNote] = useState('');
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
            store.setDefaultModel('demo');
            setNote("The offline demo is built in as 'demo' and is now the default model. Esc goes back.");
          }
        }}
      />
      {note ? <Text color="green">{note}</Text> : null}
    </Box>
  );
}
