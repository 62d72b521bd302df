// The reply while it streams: laid out like a committed message, but clipped to its last
// `maxRows` rows. The live region must stay shorter than the terminal, or Ink clears the screen
// and reprints all history on every frame (ink#935).
import type { ReactNode } from 'react';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { TranscriptRows } from './MessageView.js';
import { clipToLastRows, entrySuffix, layoutEntry, SPEAKERS, type TranscriptEntry } from './transcript.js';

export interface StreamingTextProps {
  role: TranscriptEntry['role'];
  text: string;
  maxRows: number;
  width?: number;
  /** Earlier paragraphs of this reply are already committed: no speaker label on the first row. */
  continued?: boolean;
  /** Show ▌ at the end while text is still arriving (default true). */
  cursor?: boolean;
  cut?: boolean;
}

export function StreamingText({ role, text, maxRows, width, continued, cursor = true, cut }: StreamingTextProps): ReactNode {
  const { columns } = useTerminalSize();
  const entry: TranscriptEntry = { id: 'live', role, text, continued, cut };
  const tail = [entrySuffix(entry), cursor && !cut ? '▌' : ''].filter(Boolean).join('');
  const rows = layoutEntry(entry, width ?? columns - 1, tail);
  return <TranscriptRows rows={clipToLastRows(rows, Math.max(1, maxRows), SPEAKERS[role])} role={role} />;
}
