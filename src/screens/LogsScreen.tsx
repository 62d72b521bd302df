// Log management (seed §2.5 "view the error in log management"): newest first; Enter opens the
// full entry; c clears (after asking). Every field of an entry came from a server or a model, so
// all of it passes safeText; the list is a table cut to the terminal's width. A damaged logs.json is
// shown with its problem here and nowhere else (the rest of the app carries on).
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { cell, fitRow } from '../components/cells.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { wrapText } from '../components/text-layout.js';
import { useBindings } from '../hooks/useBindings.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { Binding } from '../keys/bindings.js';
import { damagedLine, failureLine } from '../app/screen-data.js';
import { useLogs, useRepositories } from '../app/use-repositories.js';
import { ActivityLine } from '../components/ActivityLine.js';
import { useNavigation } from '../navigation.js';
import { safeText } from '../terminal/safe-text.js';

type Handler = 'move' | 'open' | 'close' | 'clear' | 'back';
const LABEL = 12;

export function LogsScreen(): ReactNode {
  const nav = useNavigation();
  const repositories = useRepositories();
  const loaded = useLogs();
  const { rows, columns } = useTerminalSize();
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<'list' | 'detail' | 'clear'>('list');
  const [flash, setFlash] = useState('');
  const entries = loaded.status === 'ok' ? loaded.data : [];
  const entry = entries[Math.min(index, entries.length - 1)];
  const list = mode === 'list';
  const bindings: Binding<Handler>[] = [
    { on: ['up', 'k', 'down', 'j'], keys: '↑↓', action: 'move', handler: 'move', when: list },
    { on: ['enter'], keys: 'Enter', action: 'details', handler: 'open', when: list && entry !== undefined },
    { on: ['c'], keys: 'c', action: 'clear', handler: 'clear', when: list && entries.length > 0 },
    { on: ['escape'], keys: 'Esc', action: 'back', handler: 'back', when: list, hint: false },
    { on: ['enter', 'escape'], keys: 'Enter/Esc', action: 'back to the list', handler: 'close', when: mode === 'detail' },
    { on: ['y'], keys: 'y', action: 'clear the log', by: 'dialog', when: mode === 'clear' },
    { on: ['n', 'escape'], keys: 'n/Esc', action: 'keep', by: 'dialog', when: mode === 'clear' },
  ];
  useBindings(bindings, {
    move: ({ name }) => setIndex((i) => (name === 'up' || name === 'k' ? Math.max(0, i - 1) : Math.min(entries.length - 1, i + 1))),
    open: () => setMode('detail'),
    close: () => setMode('list'),
    clear: () => setMode('clear'),
    back: () => nav.back(),
  });
  const one = (text: string | undefined): string => safeText(text ?? '', { oneLine: true });

  if (mode === 'detail' && entry) {
    const d = entry.details;
    const width = Math.max(20, columns - 2 - LABEL);
    const line = (label: string, value: string): ReactNode => (
      <Text wrap="truncate-end">
        {label.padEnd(LABEL)}
        {one(value)}
      </Text>
    );
    // Message and raw error may be long and multi-line: wrapped to the width, cut to the rows left.
    const block = (text: string): string[] => safeText(text, { tabWidth: 2 }).split('\n').flatMap((l) => wrapText(l, width));
    const message = block(entry.message);
    const raw = d ? block(d.message ?? '') : [];
    const room = Math.max(4, rows - 12);
    const messageRows = message.slice(0, Math.max(2, room - Math.min(raw.length, Math.floor(room / 2))));
    const rawRows = raw.slice(0, Math.max(2, room - messageRows.length));
    const more = message.length - messageRows.length + raw.length - rawRows.length;
    const rowsOf = (label: string, lines: string[]): ReactNode =>
      lines.map((l, i) => (
        <Text key={`${label}${i}`}>
          {(i === 0 ? label : '').padEnd(LABEL)}
          {l}
        </Text>
      ));
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text bold wrap="truncate-end">
          Logs › {one(entry.id)}
        </Text>
        {line('Time', entry.at)}
        {line('Kind', `${entry.kind} · ${entry.level}`)}
        {line('Model', `${entry.configName ?? '—'} · ${entry.modelId ?? '—'} · ${entry.region ?? '—'}`)}
        {line('Class', entry.errorClass ?? '—')}
        {rowsOf('Message', message.length ? messageRows : [''])}
        {d ? (
          <>
            {line('Service', [d.name, d.errorType, d.status && `HTTP ${d.status}`].filter(Boolean).join(' · '))}
            {line('Request id', d.requestId ?? '—')}
            {rowsOf('Raw', rawRows.length ? rawRows : [''])}
          </>
        ) : null}
        {more > 0 ? <Text dimColor>{`… ${more} more line${more === 1 ? '' : 's'}: mockview logs --json prints the whole entry`}</Text> : null}
      </Box>
    );
  }
  if (loaded.status === 'damaged') {
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text bold>Logs</Text>
        <Text color="red" wrap="wrap">
          ✗ The log is unavailable: {one(damagedLine(loaded))}
        </Text>
        <Text dimColor>Nothing is logged meanwhile; errors still show where they happen. The rest of mockview works.</Text>
      </Box>
    );
  }
  const visible = Math.max(3, rows - 7);
  const start = Math.max(0, Math.min(index - visible + 1, entries.length - visible));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Logs ({entries.length})</Text>
      {entries.length === 0 ? <Text dimColor>Nothing logged yet. Failed tests and chats appear here with their details.</Text> : null}
      {entries.slice(start, start + visible).map((e, i) => (
        <Text key={e.id} inverse={start + i === index} wrap="truncate-end">
          {fitRow(
            // The › marks the row without colour too (NO_COLOR, TERM=dumb), where inverse is not drawn.
            `${start + i === index ? '›' : ' '} ${cell(e.at.slice(5, 19).replace('T', ' '), 14)} ${cell(e.kind, 9)} ${cell(e.configName ?? '', 14)} ${cell(e.errorClass ?? e.level, 18)} ${one(e.message)}`,
            columns - 2,
          )}
        </Text>
      ))}
      {mode === 'clear' ? (
        <ConfirmDialog
          question={`Delete all ${entries.length} log entries?`}
          onAnswer={(yes) => {
            setMode('list');
            if (!yes) return setFlash('Kept.');
            setFlash('Clearing…');
            void repositories.logs.clear().then((result) => {
              if (result.ok) setIndex(0);
              setFlash(result.ok ? '✓ Cleared.' : failureLine('not cleared', result));
            });
          }}
        />
      ) : flash ? (
        <Text color={flash.startsWith('✗') ? 'red' : flash.startsWith('✓') ? 'green' : 'yellow'} wrap="truncate-end">
          {one(flash)}
        </Text>
      ) : null}
      <ActivityLine />
    </Box>
  );
}
