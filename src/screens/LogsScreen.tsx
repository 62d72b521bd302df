// Log management (seed §2.5 "view the error in log management"): newest first; Enter opens the
// full entry; c clears (after asking).
import { Box, Text } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useNavigation, useServices } from '../navigation.js';
import { useKeys } from '../hooks/useKeys.js';

export function LogsScreen(): ReactNode {
  const nav = useNavigation();
  const { store } = useServices();
  const { rows, columns } = useTerminalSize();
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<'list' | 'detail' | 'clear'>('list');
  const [, setVersion] = useState(0);
  const entries = store.listLogs();
  const entry = entries[Math.min(index, entries.length - 1)];
  useEffect(() => nav.setHints([{ keys: '↑↓', action: 'move' }, { keys: 'Enter', action: 'details' }, { keys: 'c', action: 'clear' }]), [nav.setHints]);
  useKeys(
    (input, key) => {
      if (mode === 'detail') {
        if (key.escape || key.return) setMode('list');
        return;
      }
      if (key.escape) return nav.back();
      if (key.upArrow || input === 'k') setIndex((i) => Math.max(0, i - 1));
      else if (key.downArrow || input === 'j') setIndex((i) => Math.min(entries.length - 1, i + 1));
      else if (key.return && entry) setMode('detail');
      else if (input === 'c' && entries.length > 0) setMode('clear');
    },
    { isActive: mode !== 'clear' },
  );

  if (mode === 'detail' && entry) {
    const d = entry.details;
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text bold>Logs › {entry.id}</Text>
        <Text>Time        {entry.at}</Text>
        <Text>Kind        {entry.kind} · {entry.level}</Text>
        <Text>Model       {entry.configName ?? '—'} · {entry.modelId ?? '—'} · {entry.region ?? '—'}</Text>
        <Text>Class       {entry.errorClass ?? '—'}</Text>
        <Text wrap="wrap">Message     {entry.message}</Text>
        {d ? (
          <>
            <Text>Service     {[d.name, d.errorType, d.status && `HTTP ${d.status}`].filter(Boolean).join(' · ')}</Text>
            <Text>Request id  {d.requestId ?? '—'}</Text>
            <Text wrap="wrap">Raw         {d.message ?? ''}</Text>
          </>
        ) : null}
        <Text dimColor>Enter/Esc back</Text>
      </Box>
    );
  }
  const visible = Math.max(3, rows - 6);
  const start = Math.max(0, Math.min(index - visible + 1, entries.length - visible));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Logs ({entries.length})</Text>
      {entries.length === 0 ? <Text dimColor>Nothing logged yet. Failed tests and chats appear here with their details.</Text> : null}
      {entries.slice(start, start + visible).map((e, i) => (
        <Text key={e.id} inverse={start + i === index} wrap="truncate-end">
          {e.at.slice(5, 19).replace('T', ' ')} {e.kind.padEnd(9)} {(e.configName ?? '').padEnd(14).slice(0, 14)} {(e.errorClass ?? e.level).padEnd(18)}{' '}
          {e.message.replace(/\s+/g, ' ').slice(0, Math.max(10, columns - 62))}
        </Text>
      ))}
      {mode === 'clear' ? (
        <ConfirmDialog
          question={`Delete all ${entries.length} log entries?`}
          onAnswer={(yes) => {
            if (yes) store.clearLogs();
            setIndex(0);
            setMode('list');
            setVersion((v) => v + 1);
          }}
        />
      ) : null}
    </Box>
  );
}
