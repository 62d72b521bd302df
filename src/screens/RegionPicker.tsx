// The Bedrock regions; us-east-1 first (the seed's recommendation for the widest model coverage).
import { Box, Text, useInput } from 'ink';
import SelectInput from 'ink-select-input';
import type { ReactNode } from 'react';
import { BEDROCK_REGIONS } from '../bedrock/regions.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';

export function RegionPicker({ current, onPick, onCancel }: { current: string; onPick: (id: string) => void; onCancel: () => void }): ReactNode {
  const { rows } = useTerminalSize();
  useInput((_input, key) => {
    if (key.escape) onCancel();
  });
  const items = BEDROCK_REGIONS.map((r) => ({ key: r.id, value: r.id, label: `${r.id.padEnd(16)} ${r.name}` }));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Models › Pick a region</Text>
      <SelectInput
        items={items}
        limit={Math.max(5, rows - 5)}
        initialIndex={Math.max(0, BEDROCK_REGIONS.findIndex((r) => r.id === current))}
        onSelect={(item) => onPick(item.value)}
      />
      <Text dimColor>↑↓ move · Enter pick · Esc back</Text>
    </Box>
  );
}
