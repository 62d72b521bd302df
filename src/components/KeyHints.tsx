// The one-line key-hint bar, always at the bottom. Truncated to the width, never wrapped.
import { Text } from 'ink';
import type { ReactNode } from 'react';
import stringWidth from 'string-width';

export interface KeyHint {
  keys: string;
  action: string;
}

export function formatHints(hints: KeyHint[], width: number): string {
  let line = '';
  for (const hint of hints) {
    const part = `${line ? ' · ' : ''}${hint.keys} ${hint.action}`;
    if (stringWidth(line + part) > width - 1) return `${line} …`.slice(0, Math.max(0, width - 1));
    line += part;
  }
  return line;
}

export function KeyHints({ hints, width }: { hints: KeyHint[]; width: number }): ReactNode {
  return (
    <Text dimColor wrap="truncate-end">
      {formatHints(hints, width)}
    </Text>
  );
}
