// Draws rows made by transcript.ts. Each row is pre-wrapped to fit, so Ink never wraps again and
// the height is exactly the number of rows.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { TranscriptRow } from './transcript.js';

export function TranscriptRows({ rows, role }: { rows: readonly TranscriptRow[]; role: string }): ReactNode {
  return (
    <Box flexDirection="column">
      {rows.map((row, i) => (
        <Text key={i} wrap="truncate-end">
          {/* Bold only where there is a name: styling blank gutters costs bytes on every row. */}
          <Text bold={role === 'interviewer' && row.gutter.trim() !== ''} dimColor={role === 'note' && row.gutter.trim() !== ''}>
            {row.gutter}
          </Text>
          <Text dimColor={role === 'note'}>{row.text}</Text>
          {row.dim ? <Text dimColor>{row.dim}</Text> : null}
          {!row.gutter.trim() && !row.text && !row.dim ? ' ' : null}
        </Text>
      ))}
    </Box>
  );
}
