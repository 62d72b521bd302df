// Draws rows made by transcript.ts. Each row is pre-wrapped to fit, so Ink never wraps again and
// the height is exactly the number of rows.
import { Box, Text } from 'ink';
import { memo, type ReactNode } from 'react';
import type { Span } from './markdown.js';
import type { TranscriptRow } from './transcript.js';

/** One Markdown span. Code is coloured (and plain text without colour: NO_COLOR, TERM=dumb). */
export function SpanText({ span, dim }: { span: Span; dim?: boolean }): ReactNode {
  return (
    <Text
      bold={span.bold || span.heading}
      italic={span.italic}
      underline={span.heading}
      strikethrough={span.strike}
      color={span.code ? 'cyan' : undefined}
      dimColor={dim || span.dim}
    >
      {span.text}
    </Text>
  );
}

/**
 * One row's pieces, to go inside a <Text> (the viewport's, or a row's own). Rows are laid out
 * once and kept, so an unchanged row is not rendered again.
 */
export const TranscriptRowSpans = memo(function TranscriptRowSpans({ row, role }: { row: TranscriptRow; role: string }): ReactNode {
  const note = role === 'note';
  return (
    <>
      {/* Bold only where there is a name: styling blank gutters costs bytes on every row. */}
      {row.gutter.trim() ? (
        <Text bold={role === 'interviewer'} dimColor={note}>
          {row.gutter}
        </Text>
      ) : (
        row.gutter
      )}
      {row.spans ? row.spans.map((s, i) => <SpanText key={i} span={s} dim={note} />) : note ? <Text dimColor>{row.text}</Text> : row.text}
      {row.dim ? <Text dimColor>{row.dim}</Text> : null}
      {row.cursor ? '▌' : null}
      {!row.gutter.trim() && !row.text && !row.dim && !row.cursor ? ' ' : null}
    </>
  );
});

/** One row on its own line. */
export const TranscriptRowView = memo(function TranscriptRowView({ row, role }: { row: TranscriptRow; role: string }): ReactNode {
  return (
    <Text wrap="truncate-end">
      <TranscriptRowSpans row={row} role={role} />
    </Text>
  );
});

export function TranscriptRows({ rows, role }: { rows: readonly TranscriptRow[]; role: string }): ReactNode {
  return (
    <Box flexDirection="column">
      {rows.map((row, i) => (
        <TranscriptRowView key={i} row={row} role={role} />
      ))}
    </Box>
  );
}
