// `?` help: every key of this screen and the global ones, grouped. Esc, ?, q or Enter closes it;
// ↑/↓ and PgUp/PgDn scroll when the list is taller than `maxRows`.
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import stringWidth from 'string-width';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { KeyHint } from './KeyHints.js';
import { useKeys } from '../hooks/useKeys.js';
import { useT } from '../hooks/useT.js';

export interface HelpGroup {
  title: string;
  hints: KeyHint[];
}

type HelpLine = { kind: 'title'; text: string } | { kind: 'hint'; hint: KeyHint } | { kind: 'gap' };

export function helpLines(groups: readonly HelpGroup[]): HelpLine[] {
  const lines: HelpLine[] = [];
  for (const g of groups.filter((x) => x.hints.length > 0)) {
    if (lines.length) lines.push({ kind: 'gap' });
    lines.push({ kind: 'title', text: g.title });
    for (const hint of g.hints) lines.push({ kind: 'hint', hint });
  }
  return lines;
}

export interface HelpOverlayProps {
  groups: readonly HelpGroup[];
  onClose: () => void;
  /** Height of the whole box; default: terminal rows − 2, so the frame never fills the screen. */
  maxRows?: number;
}

export function HelpOverlay({ groups, onClose, maxRows }: HelpOverlayProps): ReactNode {
  const t = useT();
  const { rows } = useTerminalSize();
  const lines = helpLines(groups);
  // Border (2), heading (1) and the footer (1) take 4 rows.
  const room = Math.max(3, (maxRows ?? rows - 2) - 4);
  const maxTop = Math.max(0, lines.length - room);
  const [top, setTop] = useState(0);
  const keyWidth = Math.min(18, Math.max(8, ...lines.map((l) => (l.kind === 'hint' ? stringWidth(l.hint.keys) : 0))) + 2);

  useKeys((input, key) => {
    if (key.escape || input === '?' || input === 'q' || key.return) onClose();
    else if (key.upArrow || input === 'k') setTop((n) => Math.max(0, n - 1));
    else if (key.downArrow || input === 'j') setTop((n) => Math.min(maxTop, n + 1));
    else if (key.pageUp) setTop((n) => Math.max(0, n - room));
    else if (key.pageDown) setTop((n) => Math.min(maxTop, n + room));
  });

  const start = Math.min(top, maxTop);
  const shown = lines.slice(start, start + room);
  const more = lines.length > room ? ` · ${t('shell.help.scroll', { shown: start + shown.length, total: lines.length })}` : '';
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>{t('shell.help.title')}</Text>
      {shown.map((line, i) =>
        line.kind === 'gap' ? (
          <Text key={`gap${start + i}`}> </Text>
        ) : line.kind === 'title' ? (
          <Text key={`t${start + i}`} underline bold>
            {line.text}
          </Text>
        ) : (
          <Text key={`h${start + i}`} wrap="truncate-end">
            {'  '}
            <Text bold>{line.hint.keys + ' '.repeat(Math.max(0, keyWidth - stringWidth(line.hint.keys)))}</Text>
            {line.hint.action}
          </Text>
        ),
      )}
      <Text dimColor>
        {t('shell.help.closes')}
        {more}
      </Text>
    </Box>
  );
}
