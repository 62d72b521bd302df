// History: past interviews, newest first, with score and finished / unfinished marker, and a
// progress sparkline per interview type. Enter opens feedback (finished) or resumes (unfinished);
// r resume · f feedback · e export Markdown · x delete (asks first).
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { truncateToWidth } from '../components/text-layout.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { TYPE_LABELS } from '../interview/prompts.js';
import { useNavigation, useServices } from '../navigation.js';
import type { SessionSummary } from '../store/schema.js';
import { exportSession } from './export-file.js';
import { progressByType } from './sparkline.js';
import { cell, cellRight, fitRow } from '../components/cells.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { safeText } from '../terminal/safe-text.js';

type Handler = 'move' | 'open' | 'resume' | 'feedback' | 'export' | 'delete' | 'back';

const when = (iso: string): string => iso.replace('T', ' ').slice(0, 16);

export function historyRow(s: SessionSummary): string {
  const score = s.score === undefined ? '—' : String(Math.round(s.score));
  const status = s.status === 'finished' ? '✓ finished' : '○ unfinished';
  return `${cell(when(s.createdAt), 16)} ${cell(TYPE_LABELS[s.type], 12)} ${cell(s.role, 15)} ${cell(s.modelName, 11)} ${cellRight(score, 5)} ${status}`;
}

export function HistoryScreen(): ReactNode {
  const nav = useNavigation();
  const { store } = useServices();
  const { rows, columns } = useTerminalSize();
  const [version, setVersion] = useState(0);
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<'list' | 'delete'>('list');
  const [flash, setFlash] = useState('');
  const sessions = store.listSessions();
  void version;
  const at = Math.min(index, Math.max(0, sessions.length - 1));
  const selected = sessions[at];
  const progress = progressByType(sessions);

  const list = mode === 'list';
  const has = list && selected !== undefined;
  const bindings: Binding<Handler>[] = [
    { on: ['up', 'k', 'down', 'j'], keys: '↑↓', action: 'move', handler: 'move', when: list, hint: false },
    { on: ['home', 'end'], keys: 'Home/End', action: 'first/last', handler: 'move', when: list, hint: false },
    { on: ['enter'], keys: 'Enter', action: 'open', handler: 'open', when: has },
    { on: ['r'], keys: 'r', action: 'resume', handler: 'resume', when: has },
    { on: ['f'], keys: 'f', action: 'feedback', handler: 'feedback', when: has },
    { on: ['e'], keys: 'e', action: 'export', handler: 'export', when: has },
    { on: ['x', 'delete'], keys: 'x', action: 'delete', handler: 'delete', when: has },
    { on: ['escape'], keys: 'Esc', action: 'back', handler: 'back', when: list, hint: false },
    { on: ['y'], keys: 'y', action: 'delete', by: 'dialog', when: mode === 'delete' },
    { on: ['n', 'escape'], keys: 'n/Esc', action: 'keep', by: 'dialog', when: mode === 'delete' },
  ];
  useBindings(bindings, {
    move: ({ name }) =>
      setIndex(name === 'home' ? 0 : name === 'end' ? Math.max(0, sessions.length - 1) : name === 'up' || name === 'k' ? Math.max(0, at - 1) : Math.min(sessions.length - 1, at + 1)),
    open: () => selected && nav.go(selected.status === 'finished' ? { screen: 'feedback', sessionId: selected.id } : { screen: 'interview', sessionId: selected.id }),
    resume: () => {
      if (!selected) return;
      if (selected.status === 'finished') setFlash('That interview is finished: Enter shows its feedback.');
      else nav.go({ screen: 'interview', sessionId: selected.id });
    },
    feedback: () => selected && nav.go({ screen: 'feedback', sessionId: selected.id }),
    export: () => {
      if (!selected) return;
      const session = store.getSession(selected.id);
      if (!session) return setFlash('✗ That interview could not be read (see Logs).');
      try {
        setFlash(`✓ Exported to ${exportSession(store, session, 'md')}`);
      } catch (e) {
        setFlash(`✗ Export failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    delete: () => setMode('delete'),
    back: () => nav.back(),
  });

  if (sessions.length === 0) {
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text bold>History</Text>
        <Text>No interviews yet — start one from Home.</Text>
      </Box>
    );
  }

  // Title, header, ↑/↓ more, progress (heading + one per type), flash/confirm, the shell's hint bar, spare.
  const progressRows = progress.length ? progress.length + 1 : 0;
  const visible = Math.max(3, rows - 7 - progressRows);
  const start = Math.max(0, Math.min(at - visible + 1, sessions.length - visible));
  const shown = sessions.slice(start, start + visible);
  const below = sessions.length - start - shown.length;

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>
        History <Text dimColor>({sessions.length} interview{sessions.length === 1 ? '' : 's'})</Text>
      </Text>
      <Text dimColor>
        {'  '}
        {cell('DATE (UTC)', 16)} {cell('TYPE', 12)} {cell('ROLE', 15)} {cell('MODEL', 11)} {'SCORE'.padStart(5)} STATUS
      </Text>
      {shown.map((s, i) => {
        const here = start + i === at;
        return (
          <Text key={s.id} inverse={here && mode === 'list'} wrap="truncate-end">
            {fitRow(`${here ? '› ' : '  '}${historyRow(s)}`, columns - 2)}
          </Text>
        );
      })}
      <Text dimColor>{start > 0 || below > 0 ? `  ${start > 0 ? `↑ ${start} more ` : ''}${below > 0 ? `↓ ${below} more` : ''}` : ' '}</Text>
      {progress.length ? (
        <>
          <Text bold>Progress</Text>
          {progress.map((p) => (
            <Text key={p.type} wrap="truncate-end">
              {'  '}
              {p.line}
            </Text>
          ))}
        </>
      ) : null}
      {mode === 'delete' && selected ? (
        <ConfirmDialog
          question={`Delete the ${TYPE_LABELS[selected.type]} interview from ${when(selected.createdAt)} (${truncateToWidth(safeText(selected.role, { oneLine: true }), 30)})?`}
          onAnswer={(yes) => {
            if (yes) {
              store.removeSession(selected.id);
              setIndex(Math.max(0, at - (at >= sessions.length - 1 ? 1 : 0)));
              setFlash(`Deleted the interview from ${when(selected.createdAt)}.`);
              setVersion((v) => v + 1);
            } else setFlash('Kept.');
            setMode('list');
          }}
        />
      ) : flash ? (
        <Text color={flash.startsWith('✗') ? 'red' : flash.startsWith('✓') ? 'green' : 'yellow'} wrap="truncate-middle">
          {safeText(flash, { oneLine: true })}
        </Text>
      ) : null}
    </Box>
  );
}
