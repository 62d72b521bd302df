// The one-line key-hint bar: "Enter select · Esc back · ? keys". Hints that do not fit are
// dropped from the end (with "…"), so it never wraps to a second line.
import { Text } from 'ink';
import type { ReactNode } from 'react';
import stringWidth from 'string-width';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { truncateToWidth } from './text-layout.js';

export interface KeyHint {
  keys: string;
  action: string;
  /** false: listed in the `?` help only, not in the one-line bar. */
  bar?: boolean;
  /** The key names that trigger it (src/keys/bindings.ts), for tests that press each one. */
  on?: readonly string[];
}

/** The hints the one-line bar shows. */
export const barHints = (hints: readonly KeyHint[]): KeyHint[] => hints.filter((h) => h.bar !== false);

const SEPARATOR = ' · ';
const MORE = ' …';

/** The hints that fit in `width` columns, and whether some were left out. */
export function fitHints(all: readonly KeyHint[], width: number): { shown: KeyHint[]; cut: boolean } {
  const hints = barHints(all);
  const shown: KeyHint[] = [];
  let used = 0;
  for (const [i, hint] of hints.entries()) {
    const part = stringWidth(`${shown.length ? SEPARATOR : ''}${hint.keys} ${hint.action}`);
    const isLast = i === hints.length - 1;
    // Room for " …" must stay unless this is the last hint.
    if (used + part + (isLast ? 0 : stringWidth(MORE)) > width) return { shown, cut: true };
    shown.push(hint);
    used += part;
  }
  return { shown, cut: false };
}

/** The bar as plain text, at most `width` columns. */
export function formatHints(all: readonly KeyHint[], width: number): string {
  const hints = barHints(all);
  const { shown, cut } = fitHints(hints, width);
  const line = shown.map((h) => `${h.keys} ${h.action}`).join(SEPARATOR);
  if (shown.length === 0 && hints.length > 0) return truncateToWidth(`${hints[0]?.keys} ${hints[0]?.action}`, width);
  return cut ? `${line}${MORE}` : line;
}

export function KeyHints({ hints, width }: { hints: readonly KeyHint[]; width?: number }): ReactNode {
  const { columns } = useTerminalSize();
  const w = width ?? columns;
  const { shown, cut } = fitHints(hints, w);
  if (shown.length === 0 && barHints(hints).length === 0) return <Text> </Text>;
  if (shown.length === 0) {
    return (
      <Text dimColor wrap="truncate-end">
        {formatHints(hints, w)}
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end">
      {shown.map((h, i) => (
        <Text key={`${h.keys}:${h.action}`}>
          {i > 0 ? <Text dimColor>{SEPARATOR}</Text> : null}
          <Text bold>{h.keys}</Text>
          <Text dimColor> {h.action}</Text>
        </Text>
      ))}
      {cut ? <Text dimColor>{MORE}</Text> : null}
    </Text>
  );
}
