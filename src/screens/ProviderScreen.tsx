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
import { useT } from '../hooks/useT.js';
import { t } from '../i18n/index.js';

/** The providers, in the interface language in use. */
export const providerChoices = (): { key: 'bedrock' | 'demo'; label: string; hint: string }[] => [
  { key: 'bedrock', label: 'Amazon Bedrock', hint: t('models.provider.bedrockHint') },
  { key: 'demo', label: t('models.offlineDemo'), hint: t('models.provider.demoHint') },
];

export const providerBindings = (): Binding<'back'>[] => [
  { on: MENU_KEYS.move, keys: '↑↓', action: t('models.provider.keys.move'), by: 'menu' },
  { on: MENU_KEYS.pick, keys: 'Enter', action: t('models.provider.keys.choose'), by: 'menu' },
  { on: ['escape'], keys: 'Esc', action: t('models.provider.keys.back'), handler: 'back', hint: false },
];

export function ProviderScreen(): ReactNode {
  const t = useT();
  const nav = useNavigation();
  const { models } = useRepositories();
  const [note, setNote] = useState({ ok: true, text: '' });
  useBindings(providerBindings(), { back: () => nav.back() });
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{t('models.provider.title')}</Text>
      <Menu
        items={providerChoices().map((p) => ({ key: p.key, label: p.label, hint: p.hint, value: p.key }))}
        labelWidth={16}
        onSelect={(item) => {
          if (item.key === 'bedrock') nav.replace({ screen: 'model-form', mode: 'add' });
          else {
            void models.setDefault('demo').then((result) =>
              setNote(
                result.ok
                  ? { ok: true, text: t('models.provider.demoIsDefault', { name: 'demo' }) }
                  : { ok: false, text: failureLine(t('models.list.defaultNotChanged'), result) },
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
