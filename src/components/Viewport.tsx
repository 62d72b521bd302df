// A window of pre-laid-out rows, exactly `height` rows tall (blank rows pad it), so the frame
// under it never moves and nothing from an earlier frame shows through.
// All rows are one Ink <Text> joined by line breaks, not a Box and a Text per row: Ink then lays
// out, measures and writes one node per frame instead of one per row (bench/: CPU while a reply
// streams). Rows are laid out to the width already, so Ink never wraps them; should one be wider
// all the same, it wraps onto the next row and the box cuts at `height`, rather than Ink
// truncating the whole block to one line as truncation of a multi-line text would.
import { Box, Text } from 'ink';
import { Fragment, memo, type ReactNode } from 'react';
import { TranscriptRowSpans } from './MessageView.js';
import type { ViewRow } from '../hooks/useTranscriptRows.js';

export const Viewport = memo(function Viewport({ rows, top, height }: { rows: readonly ViewRow[]; top: number; height: number }): ReactNode {
  const shown = rows.slice(top, top + Math.max(0, height));
  return (
    <Box flexDirection="column" height={height} overflowY="hidden">
      <Text>
        {shown.map((r, i) => (
          // Keyed by screen row: a scroll changes what each row says, not which rows exist.
          <Fragment key={i}>
            {i > 0 ? '\n' : null}
            <TranscriptRowSpans row={r.row} role={r.role} />
          </Fragment>
        ))}
        {/* Blank rows to the full height: plain line breaks. */}
        {shown.length < height ? '\n'.repeat(height - shown.length - (shown.length ? 0 : 1)) + ' ' : null}
      </Text>
    </Box>
  );
});
