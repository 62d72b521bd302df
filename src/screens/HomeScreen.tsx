// Home: where every session starts. With no Bedrock model yet it says so and puts "add a model"
// first, while the offline demo stays one key away so a new user can practise at once.
import { Box, Text } from 'ink';
import { useEffect, type ReactNode } from 'react';
import { SelectList } from '../components/SelectList.js';
import { useNavigation, useServices, type Route } from '../navigation.js';

interface Choice {
  label: string;
  value: Route | 'quit';
}

export function HomeScreen(): ReactNode {
  const nav = useNavigation();
  const { store } = useServices();
  const hasRealModel = store.listModels().some((m) => m.provider !== 'demo');
  const defaultName = store.defaultModelName();

  useEffect(() => {
    nav.setHints([
      { keys: '↑↓', action: 'move' },
      { keys: 'Enter', action: 'open' },
    ]);
  }, [nav.setHints]);

  const choices: Choice[] = [
    ...(hasRealModel ? [] : [{ label: 'Add your first model (Amazon Bedrock)', value: { screen: 'provider' } as Route }]),
    { label: `Start an interview (model: ${defaultName})`, value: { screen: 'interview-setup' } },
    { label: 'History & feedback', value: { screen: 'history' } },
    { label: 'Question bank', value: { screen: 'questions' } },
    { label: 'Models', value: { screen: 'models' } },
    { label: 'Logs', value: { screen: 'logs' } },
    { label: 'Settings', value: { screen: 'settings' } },
    { label: 'Quit', value: 'quit' },
  ];

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>mockview · interview practice</Text>
      {hasRealModel ? (
        <Text dimColor>Default model: {defaultName}</Text>
      ) : (
        <Text>
          No Bedrock model yet. Add one, or practise now with the <Text bold>offline demo</Text> (no network, no AWS
          account).
        </Text>
      )}
      <Box marginTop={1}>
        <SelectList
          items={choices.map((c) => ({ key: c.label, label: c.label, value: c.value }))}
          onSelect={(item) => (item.value === 'quit' ? nav.quit() : nav.go(item.value))}
          maxRows={choices.length}
        />
      </Box>
    </Box>
  );
}
