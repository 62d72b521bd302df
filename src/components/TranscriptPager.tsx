// The interview so far, scrollable: the alternate screen keeps no scrollback, so what scrolled off
// the top is read back here (PgUp in the chat). ↑↓ PgUp PgDn Home End scroll; the caller closes it.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { TranscriptRows } from './MessageView.js';
import { layoutEntry, type TranscriptEntry, type TranscriptRow } from './transcript.js';

export interface PagerRow {
  row: TranscriptRow;
  role: TranscriptEntry['role'];
}

/** Every row of the transcript at `width`, a blank row before each later paragraph, as printed. */
export function pagerRows(entries: readonly TranscriptEntry[], width: number): PagerRow[] {
  const out: PagerRow[] = [];
  for (const entry of entries) {
    if (entry.continued) out.push({ row: { gutter: '', text: '' }, role: entry.role });
    for (const row of layoutEntry(entry, width)) out.push({ row, role: entry.role });
  }
  return out;
}

/** Where the window starts after a key, or undefined for a key the pager does not take. */
export function scrollPager(top: number, total: number, windowRows: number, key: { upArrow?: boolean; downArrow?: boolean; pageUp?: boolean; pageDown?: boolean; home?: boolean; end?: boolean }): number | undefined {
  const maxTop = Math.max(0, total - windowRows);
  const to = key.upArrow ? top - 1 : key.downArrow ? top + 1 : key.pageUp ? top - windowRows : key.pageDown ? top + windowRows : key.home ? 0 : key.end ? maxTop : undefined;
  return to === undefined ? undefined : Math.max(0, Math.min(maxTop, to));
}

export function TranscriptPager({ rows, top, windowRows }: { rows: readonly PagerRow[]; top: number; windowRows: number }): ReactNode {
  const shown = rows.slice(top, top + windowRows);
  const end = Math.min(rows.length, top + windowRows);
  return (
    <Box flexDirection="column">
      <Text bold wrap="truncate-end">
        {` Reading back · lines ${rows.length ? top + 1 : 0}–${end} of ${rows.length} · Esc returns to your answer`}
      </Text>
      {shown.map(({ row, role }, i) => (
        <TranscriptRows key={top + i} rows={[row]} role={role} />
      ))}
    </Box>
  );
}
