// Models › Add › choose the provider (seed §2.3): choosing one advances at once. Data-driven so more
// providers can be added.
import { Box, Text } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';
import { SelectList } from '../components/SelectList.js';
import { useNavigation, useServices } from '../navigation.js';
import { useKeys } from '../hooks/useKeys.js';

export const PROVIDER_CHOICES = [
  { key: 'bedrock', label: 'Amazon Bedrock', hint: 'Claude, Nova, Llama, Mistral and more (AWS account)' },
  { key: 'demo', label: 'Offline demo', hint: 'no network, no account: built-in practice questions' },
] as const;

export function ProviderScreen(): ReactNode {
  const nav = useNavigation();
  const { store } = useServices();
  const [note, setNote] = useState('');
  useEffect(() => nav.setHints([{ keys: '↑↓', action: 'move' }, { keys: 'Enter', action: 'choose' }]), [nav.setHints]);
  useKeys((_i, key) => {
    if (key.escape) nav.back();
  });
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Models › Add › Provider</Text>
      <SelectList
        items={PROVIDER_CHOICES.map((p) => ({ key: p.key, label: p.label, hint: p.hint }))}
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
