// The rows under a one-line field: its hint, or its error when there is one. Shared by TextField
// (ours) and PlainField (ink-text-input) so both say things the same way.
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { safeText } from '../terminal/safe-text.js';

export function FieldNotes({ indent, hint, error }: { indent: string; hint?: string; error?: string }): ReactNode {
  return (
    <>
      {hint && !error ? (
        <Text dimColor wrap="truncate-end">
          {indent}
          {safeText(hint, { oneLine: true })}
        </Text>
      ) : null}
      {error ? <Text color="red" wrap="truncate-end">{`${indent}✗ ${safeText(error, { oneLine: true })}`}</Text> : null}
    </>
  );
}
