// A window of pre-laid-out rows, exactly `height` rows tall (blank rows pad it), so the frame
// under it never moves and nothing from an earlier frame shows through.
// One Ink <Text> per row, in a box that clips only vertically: the rows are laid out to the width
// already, and sideways clipping made Ink cut every row of every frame again. One Text per row
// measured cheaper than all rows in one Text (Ink then tokenizes the block and each of its lines;
// bench/: CPU while a reply streams).
import { Box, Text } from 'ink';
import { memo, type ReactNode } from 'react';
import { TranscriptRowView } from './MessageView.js';
import type { ViewRow } from '../hooks/useTranscriptRows.js';

export const Viewport = memo(function Viewport({ rows, top, height }: { rows: readonly ViewRow[]; top: number; height: number }): ReactNode {
  const shown = rows.slice(top, top + height);
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      {Array.from({ length: height }, (_, i) => {
        const r = shown[i];
        // Keyed by screen row: a scroll changes what each row says, not which rows exist.
        return r ? <TranscriptRowView key={i} row={r.row} role={r.role} /> : <Text key={i}> </Text>;
      })}
    </Box>
  );
});
