// Home: where every session starts. With no Bedrock model yet it says so and puts "add a model"
// first, while the offline demo stays one key away so a new user can practise at once.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { Menu, MENU_KEYS } from '../components/Menu.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { usableModels } from '../app/screen-data.js';
import { useModels } from '../app/use-repositories.js';
import { useNavigation, type Route } from '../navigation.js';
import { safeText } from '../terminal/safe-text.js';

interface Choice {
  label: string;
  value: Route | 'quit';
}

export const HOME_BINDINGS: Binding<never>[] = [
  { on: MENU_KEYS.move, keys: '↑↓', action: 'move', by: 'menu' },
  { on: MENU_KEYS.pick, keys: 'Enter', action: 'open', by: 'menu' },
  { on: MENU_KEYS.number, keys: '1–9', action: 'open by number', by: 'menu', hint: false },
];

export function HomeScreen(): ReactNode {
  const nav = useNavigation();
  // Cached: config.json is parsed again only when it changed. Damaged, only the demo is offered.
  const models = usableModels(useModels());
  const hasRealModel = models.models.some((m) => m.provider !== 'demo');
  const defaultName = safeText(models.defaultName, { oneLine: true });
  useBindings(HOME_BINDINGS, {});

  const choices: Choice[] = [
    ...(hasRealModel || models.damaged ? [] : [{ label: 'Add your first model (Amazon Bedrock)', value: { screen: 'provider' } as Route }]),
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
      {models.damaged ? (
        <Text color="yellow" wrap="wrap">
          Models and settings are unavailable: {safeText(models.damaged, { oneLine: true })} The offline demo, History and the
          question bank still work.
        </Text>
      ) : hasRealModel ? (
        <Text dimColor wrap="truncate-end">
          Default model: {defaultName}
        </Text>
      ) : (
        <Text>
          No Bedrock model yet. Add one, or practise now with the <Text bold>offline demo</Text> (no network, no AWS
          account).
        </Text>
      )}
      <Box marginTop={1}>
        <Menu
          items={choices.map((c) => ({ key: c.label, label: c.label, value: c.value }))}
          onSelect={(item) => (item.value === 'quit' ? nav.quit() : nav.go(item.value))}
        />
      </Box>
    </Box>
  );
}
