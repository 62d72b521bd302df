// History: past interviews, newest first, with score and finished / unfinished marker, and a
// progress sparkline per interview type. Enter opens feedback (finished) or resumes (unfinished);
// r resume · f feedback · e export Markdown · x delete (asks first).
import { Box, Text } from 'ink';
import { useEffect, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { truncateToWidth } from '../components/text-layout.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { TYPE_LABELS } from '../interview/prompts.js';
import { useNavigation, useServices } from '../navigation.js';
import type { SessionSummary } from '../store/schema.js';
import { exportSession } from './export-file.js';
import { progressByType } from './sparkline.js';
import { useKeys } from '../hooks/useKeys.js';

const pad = (s: string, n: number): string => truncateToWidth(s.replace(/\s+/g, ' '), n).padEnd(n);
const when = (iso: string): string => iso.replace('T', ' ').slice(0, 16);

export function historyRow(s: SessionSummary): string {
  const score = s.score === undefined ? '—' : String(Math.round(s.score));
  const status = s.status === 'finished' ? '✓ finished' : '○ unfinished';
  return `${pad(when(s.createdAt), 16)} ${pad(TYPE_LABELS[s.type], 12)} ${pad(s.role, 15)} ${pad(s.modelName, 11)} ${score.padStart(5)} ${status}`;
}

export function HistoryScreen(): ReactNode {
  const nav = useNavigation();
  const { store } = useServices();
  const { rows } = useTerminalSize();
  const [version, setVersion] = useState(0);
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<'list' | 'delete'>('list');
  const [flash, setFlash] = useState('');
  const sessions = store.listSessions();
  void version;
  const at = Math.min(index, Math.max(0, sessions.length - 1));
  const selected = sessions[at];
  const progress = progressByType(sessions);

  useEffect(() => {
    nav.setHints([
      { keys: 'Enter', action: 'open' },
      { keys: 'r', action: 'resume' },
      { keys: 'f', action: 'feedback' },
      { keys: 'e', action: 'export' },
      { keys: 'x', action: 'delete' },
    ]);
  }, [nav.setHints]);

  useKeys(
    (input, key) => {
      if (key.escape) return nav.back();
      if (key.upArrow || input === 'k') setIndex(Math.max(0, at - 1));
      else if (key.downArrow || input === 'j') setIndex(Math.min(sessions.length - 1, at + 1));
      else if (key.home) setIndex(0);
      else if (key.end) setIndex(Math.max(0, sessions.length - 1));
      else if (!selected) return;
      else if (key.return) {
        nav.go(selected.status === 'finished' ? { screen: 'feedback', sessionId: selected.id } : { screen: 'interview', sessionId: selected.id });
      } else if (input === 'r') {
        if (selected.status === 'finished') setFlash('That interview is finished: Enter shows its feedback.');
        else nav.go({ screen: 'interview', sessionId: selected.id });
      } else if (input === 'f') nav.go({ screen: 'feedback', sessionId: selected.id });
      else if (input === 'e') {
        const session = store.getSession(selected.id);
        if (!session) return setFlash('✗ That interview could not be read (see Logs).');
        try {
          setFlash(`✓ Exported to ${exportSession(store, session, 'md')}`);
        } catch (e) {
          setFlash(`✗ Export failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      } else if (input === 'x' || key.delete) setMode('delete');
    },
    { isActive: mode === 'list' },
  );

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
        {pad('DATE (UTC)', 16)} {pad('TYPE', 12)} {pad('ROLE', 15)} {pad('MODEL', 11)} {'SCORE'.padStart(5)} STATUS
      </Text>
      {shown.map((s, i) => {
        const here = start + i === at;
        return (
          <Text key={s.id} inverse={here && mode === 'list'} wrap="truncate-end">
            {here ? '› ' : '  '}
            {historyRow(s)}
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
          question={`Delete the ${TYPE_LABELS[selected.type]} interview from ${when(selected.createdAt)} (${selected.role})?`}
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
          {flash}
        </Text>
      ) : null}
    </Box>
  );
}
