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
import { useT } from '../hooks/useT.js';

interface Choice {
  /** Stable across interface languages (the menu keeps its place when the language changes). */
  key: string;
  label: string;
  value: Route | 'quit';
}

export const homeBindings = (t: ReturnType<typeof useT>): Binding<never>[] => [
  { on: MENU_KEYS.move, keys: '↑↓', action: t('common.actions.move'), by: 'menu' },
  { on: MENU_KEYS.pick, keys: 'Enter', action: t('common.actions.open'), by: 'menu' },
  { on: MENU_KEYS.number, keys: '1–9', action: t('home.keys.openByNumber'), by: 'menu', hint: false },
];

export function HomeScreen(): ReactNode {
  const nav = useNavigation();
  const t = useT();
  // Cached: config.json is parsed again only when it changed. Damaged, only the demo is offered.
  const models = usableModels(useModels());
  const hasRealModel = models.models.some((m) => m.provider !== 'demo');
  const defaultName = safeText(models.defaultName, { oneLine: true });
  useBindings(homeBindings(t), {});

  const choices: Choice[] = [
    ...(hasRealModel || models.damaged ? [] : [{ key: 'provider', label: t('home.menu.addFirstModel'), value: { screen: 'provider' } as Route }]),
    { key: 'interview', label: t('home.menu.start', { model: defaultName }), value: { screen: 'interview-setup' } },
    { key: 'history', label: t('home.menu.history'), value: { screen: 'history' } },
    { key: 'questions', label: t('home.menu.questions'), value: { screen: 'questions' } },
    { key: 'models', label: t('home.menu.models'), value: { screen: 'models' } },
    { key: 'logs', label: t('home.menu.logs'), value: { screen: 'logs' } },
    { key: 'settings', label: t('home.menu.settings'), value: { screen: 'settings' } },
    { key: 'quit', label: t('home.menu.quit'), value: 'quit' },
  ];

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{t('home.title')}</Text>
      {models.damaged ? (
        <Text color="yellow" wrap="wrap">
          {t('home.damaged', { problem: safeText(models.damaged, { oneLine: true }) })}
        </Text>
      ) : hasRealModel ? (
        <Text dimColor wrap="truncate-end">
          {t('home.defaultModel', { model: defaultName })}
        </Text>
      ) : (
        <Text>
          {t('home.noModel.before')}
          <Text bold>{t('home.noModel.demo')}</Text>
          {t('home.noModel.after')}
        </Text>
      )}
      <Box marginTop={1}>
        <Menu
          items={choices.map((c) => ({ key: c.key, label: c.label, value: c.value }))}
          onSelect={(item) => (item.value === 'quit' ? nav.quit() : nav.go(item.value))}
        />
      </Box>
    </Box>
  );
}
