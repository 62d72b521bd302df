// The Bedrock regions; us-east-1 first (the seed's recommendation for the widest model coverage).
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { BEDROCK_REGIONS } from '../bedrock/regions.js';
import { SelectList } from '../components/SelectList.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { useT } from '../hooks/useT.js';
import { t } from '../i18n/index.js';
import { regionName } from '../models/region-names.js';

/** The picker's keys, in the interface language in use. */
export const regionBindings = (): Binding<'back'>[] => [
  { on: ['up', 'down', 'j', 'k', 'pageup', 'pagedown'], keys: '↑↓', action: t('models.region.keys.move'), by: 'list' },
  { on: ['enter'], keys: 'Enter', action: t('models.region.keys.pick'), by: 'list' },
  { on: ['escape'], keys: 'Esc', action: t('models.region.keys.back'), handler: 'back' },
];

export function RegionPicker({ current, onPick, onCancel }: { current: string; onPick: (id: string) => void; onCancel: () => void }): ReactNode {
  const t = useT();
  const { rows } = useTerminalSize();
  useBindings(regionBindings(), { back: () => onCancel() });
  const items = BEDROCK_REGIONS.map((r) => ({ key: r.id, label: r.id, hint: regionName(r.id) || r.name }));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{t('models.region.title')}</Text>
      <SelectList items={items} labelWidth={16} maxRows={Math.max(5, rows - 5)} initialKey={current} onSelect={(item) => onPick(item.key)} />
    </Box>
  );
}
