// The interview history: committed messages go to Ink's <Static>, printed once into the
// terminal's scrollback and never redrawn. Pass an append-only array whose identity changes only
// when a message is added (memoise it), since Ink renders at once whenever <Static> gets items.
import { Box, Static } from 'ink';
import type { ReactNode } from 'react';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { TranscriptRows } from './MessageView.js';
import { layoutEntry, type TranscriptEntry } from './transcript.js';

export type { TranscriptEntry } from './transcript.js';

export interface MessageListProps {
  messages: readonly TranscriptEntry[];
  /** Columns for the text and its gutter; default: terminal width − 1. */
  width?: number;
}

export function MessageList({ messages, width }: MessageListProps): ReactNode {
  const { columns } = useTerminalSize();
  const w = width ?? columns - 1;
  return (
    <Static items={messages as TranscriptEntry[]}>
      {(entry) => (
        <Box key={entry.id} flexDirection="column" marginTop={entry.continued ? 1 : 0}>
          <TranscriptRows rows={layoutEntry(entry, w)} role={entry.role} />
        </Box>
      )}
    </Static>
  );
}
