// A window of pre-laid-out rows, exactly `height` rows tall (blank rows pad it), so the frame
// under it never moves and nothing from an earlier frame shows through.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { TranscriptRowView } from './MessageView.js';
import type { ViewRow } from '../hooks/useTranscriptRows.js';

export function Viewport({ rows, top, height }: { rows: readonly ViewRow[]; top: number; height: number }): ReactNode {
  const shown = rows.slice(top, top + height);
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {Array.from({ length: height }, (_, i) => {
        const r = shown[i];
        // Keyed by screen row: a scroll changes what each row says, not which rows exist.
        return r ? <TranscriptRowView key={i} row={r.row} role={r.role} /> : <Text key={i}> </Text>;
      })}
    </Box>
  );
}
