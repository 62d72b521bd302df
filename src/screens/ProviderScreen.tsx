// Models › Add › choose the provider (seed §2.3): choosing one advances at once. Data-driven so more
// providers can be added.
import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import { useEffect, useState, type ReactNode } from 'react';
import { useNavigation, useServices } from '../navigation.js';

export const PROVIDER_CHOICES = [
  { key: 'bedrock', label: 'Amazon Bedrock', hint: 'Claude, Nova, Llama, Mistral and more, with your AWS account' },
  { key: 'demo', label: 'Offline demo', hint: 'no network, no account: practice questions from a built-in bank' },
] as const;

export function ProviderScreen(): ReactNode {
  const nav = useNavigation();
  const { store } = useServices();
  const [note, setNote] = useState('');
  useEffect(() => nav.setHints([{ keys: '↑↓', action: 'move' }, { keys: 'Enter', action: 'choose' }]), [nav.setHints]);
  useInput((_i, key) => {
    if (key.escape) nav.back();
  });
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Models › Add › Provider</Text>
      <SelectInput
        items={PROVIDER_CHOICES.map((p) => ({ key: p.key, value: p.key, label: `${p.label.padEnd(16)} ${p.hint}` }))}
        onSelect={(item) => {
          if (item.value === 'bedrock') nav.replace({ screen: 'model-form', mode: 'add' });
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
