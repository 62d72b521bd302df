// The Bedrock regions; us-east-1 first (the seed's recommendation for the widest model coverage).
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { BEDROCK_REGIONS } from '../bedrock/regions.js';
import { SelectList } from '../components/SelectList.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';

export const REGION_BINDINGS: Binding<'back'>[] = [
  { on: ['up', 'down', 'j', 'k', 'pageup', 'pagedown'], keys: '↑↓', action: 'move', by: 'list' },
  { on: ['enter'], keys: 'Enter', action: 'pick', by: 'list' },
  { on: ['escape'], keys: 'Esc', action: 'back to the form', handler: 'back' },
];

export function RegionPicker({ current, onPick, onCancel }: { current: string; onPick: (id: string) => void; onCancel: () => void }): ReactNode {
  const { rows } = useTerminalSize();
  useBindings(REGION_BINDINGS, { back: () => onCancel() });
  const items = BEDROCK_REGIONS.map((r) => ({ key: r.id, label: r.id, hint: r.name }));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Models › Pick a region</Text>
      <SelectList items={items} labelWidth={16} maxRows={Math.max(5, rows - 5)} initialKey={current} onSelect={(item) => onPick(item.key)} />
    </Box>
  );
}
