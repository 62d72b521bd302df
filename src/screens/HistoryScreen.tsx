// History: past interviews, newest first, with score and finished / unfinished marker, and a
// progress sparkline per interview type. Enter opens feedback (finished) or resumes (unfinished);
// r resume · f feedback · e export Markdown · x delete (asks first). A session file that cannot be
// read is listed as damaged in its place (never hidden); opening it says what is wrong.
import { Box, Text } from 'ink';
import { useMemo, useState, type ReactNode } from 'react';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { truncateToWidth } from '../components/text-layout.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { failureLine } from '../app/screen-data.js';
import { useModels, useRepositories, useSessions } from '../app/use-repositories.js';
import { ActivityLine } from '../components/ActivityLine.js';
import { useNavigation } from '../navigation.js';
import type { SessionSummary } from '../store/schema.js';
import { tryExportSession } from './export-file.js';
import { progressByType, sparkline } from './sparkline.js';
import { cell, cellRight, fitRow } from '../components/cells.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { safeText } from '../terminal/safe-text.js';
import { useT } from '../hooks/useT.js';
import { t } from '../i18n/index.js';
import { localTime } from '../i18n/time.js';
import type { InterviewType } from '../store/schema.js';

type Handler = 'move' | 'open' | 'resume' | 'feedback' | 'export' | 'delete' | 'back';

/** "2026-12-01 09:41" in the user's time zone (16 columns). */
const when = (iso: string): string => localTime(iso);

/** The interview type as the rows name it ("Behavioural", "行为面试"). */
function typeLabel(type: InterviewType): string {
  switch (type) {
    case 'behavioural':
      return t('history.types.behavioural');
    case 'technical':
      return t('history.types.technical');
    case 'system-design':
      return t('history.types.systemDesign');
    case 'coding':
      return t('history.types.coding');
    case 'custom':
      return t('history.types.custom');
  }
}

/** The type at the head of a progress line: its id in English ("system-design"), its name in Chinese. */
function progressLabel(type: InterviewType): string {
  switch (type) {
    case 'behavioural':
      return t('history.progressTypes.behavioural');
    case 'technical':
      return t('history.progressTypes.technical');
    case 'system-design':
      return t('history.progressTypes.systemDesign');
    case 'coding':
      return t('history.progressTypes.coding');
    case 'custom':
      return t('history.progressTypes.custom');
  }
}

export function historyRow(s: SessionSummary): string {
  const score = s.score === undefined ? '—' : String(Math.round(s.score));
  const status = s.status === 'finished' ? `✓ ${t('history.status.finished')}` : `○ ${t('history.status.unfinished')}`;
  return `${cell(when(s.createdAt), 16)} ${cell(typeLabel(s.type), 12)} ${cell(s.role, 15)} ${cell(s.modelName, 11)} ${cellRight(score, 5)} ${status}`;
}

/** One damaged file of the list, as the store found it. */
interface DamagedRow {
  id: string;
  file: string;
  problem: string;
  updatedAt: string;
}

type Row = { kind: 'session'; s: SessionSummary; at: string } | { kind: 'damaged'; d: DamagedRow; at: string };

export function damagedRow(d: DamagedRow): string {
  return `${cell(when(d.updatedAt), 16)} ${cell(`✗ ${t('history.damaged')}`, 12)} ${cell(d.id, 15)} ${safeText(d.problem, { oneLine: true })}`;
}

/** Readable and damaged sessions in one list, newest first. */
function rowsOf(summaries: readonly SessionSummary[], damaged: readonly DamagedRow[]): Row[] {
  const rows: Row[] = [...summaries.map((s) => ({ kind: 'session' as const, s, at: s.createdAt })), ...damaged.map((d) => ({ kind: 'damaged' as const, d, at: d.updatedAt }))];
  // Stable: readable sessions keep the store's order among themselves.
  return rows.sort((a, b) => b.at.localeCompare(a.at));
}

const damagedMessage = (d: { file: string; problem: string }): string => `✗ ${t('history.damagedFile', { problem: d.problem, file: d.file })}`;

export function HistoryScreen(): ReactNode {
  const nav = useNavigation();
  useT();
  const repositories = useRepositories();
  const { summaries, damaged } = useSessions();
  const { rows, columns } = useTerminalSize();
  const [index, setIndex] = useState(0);
  const [mode, setMode] = useState<'list' | 'delete'>('list');
  const [flash, setFlash] = useState('');
  const sessions = useMemo(() => rowsOf(summaries, damaged), [summaries, damaged]);
  const at = Math.min(index, Math.max(0, sessions.length - 1));
  const row = sessions[at];
  const selected = row?.kind === 'session' ? row.s : undefined;
  const progress = useMemo(() => progressByType(summaries), [summaries]);
  const models = useModels();
  /**
   * With config.json damaged, feedback (it picks its grader from the settings) and resuming a Bedrock
   * interview (it needs the model) cannot open yet; this says so instead of opening a screen that would
   * fail. A resumed demo interview needs nothing from config.json.
   */
  const blocked = (s: SessionSummary, to: 'feedback' | 'interview'): string => {
    if (models.status === 'ok' || (to === 'interview' && s.modelName === 'demo')) return '';
    const needs = to === 'feedback' ? t('history.blocked.feedback') : t('history.blocked.resume', { model: s.modelName });
    return `✗ ${t('history.blocked.line', { needs })}`;
  };
  const go = (s: SessionSummary, to: 'feedback' | 'interview'): void => {
    const why = blocked(s, to);
    if (why) setFlash(why);
    else nav.go({ screen: to, sessionId: s.id });
  };

  const list = mode === 'list';
  const has = list && row !== undefined;
  const bindings: Binding<Handler>[] = [
    { on: ['up', 'k', 'down', 'j'], keys: '↑↓', action: t('common.actions.move'), handler: 'move', when: list, hint: false },
    { on: ['home', 'end'], keys: 'Home/End', action: t('history.keys.firstLast'), handler: 'move', when: list, hint: false },
    { on: ['enter'], keys: 'Enter', action: t('common.actions.open'), handler: 'open', when: has },
    { on: ['r'], keys: 'r', action: t('history.keys.resume'), handler: 'resume', when: has },
    { on: ['f'], keys: 'f', action: t('history.keys.feedback'), handler: 'feedback', when: has },
    { on: ['e'], keys: 'e', action: t('history.keys.export'), handler: 'export', when: has },
    { on: ['x', 'delete'], keys: 'x', action: t('history.keys.delete'), handler: 'delete', when: has },
    { on: ['escape'], keys: 'Esc', action: t('common.actions.back'), handler: 'back', when: list, hint: false },
    { on: ['y'], keys: 'y', action: t('history.keys.delete'), by: 'dialog', when: mode === 'delete' },
    { on: ['n', 'escape'], keys: 'n/Esc', action: t('common.actions.keep'), by: 'dialog', when: mode === 'delete' },
  ];
  /** A readable session to act on, or the damaged one's message (and nothing to act on). */
  const readable = (): SessionSummary | undefined => {
    if (row?.kind === 'damaged') setFlash(damagedMessage(row.d));
    return selected;
  };
  useBindings(bindings, {
    move: ({ name }) => {
      setFlash('');
      setIndex(name === 'home' ? 0 : name === 'end' ? Math.max(0, sessions.length - 1) : name === 'up' || name === 'k' ? Math.max(0, at - 1) : Math.min(sessions.length - 1, at + 1));
    },
    open: () => {
      const s = readable();
      if (s) go(s, s.status === 'finished' ? 'feedback' : 'interview');
    },
    resume: () => {
      const s = readable();
      if (!s) return;
      if (s.status === 'finished') setFlash(t('history.alreadyFinished'));
      else go(s, 'interview');
    },
    feedback: () => {
      const s = readable();
      if (s) go(s, 'feedback');
    },
    export: () => {
      const s = readable();
      if (!s) return;
      const loaded = repositories.sessions.get(s.id);
      if (!loaded) return setFlash(`✗ ${t('history.gone')}`);
      if (loaded.status === 'damaged') return setFlash(damagedMessage({ file: loaded.file ?? s.id, problem: loaded.message }));
      const result = tryExportSession(repositories, loaded.data, 'md');
      setFlash(result.ok ? `✓ ${t('history.exported', { file: result.value })}` : failureLine(t('history.exportFailed'), result));
    },
    delete: () => setMode('delete'),
    back: () => nav.back(),
  });

  if (sessions.length === 0) {
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text bold>{t('history.title')}</Text>
        <Text>{t('history.empty')}</Text>
      </Box>
    );
  }

  // Title, header, ↑/↓ more, progress (heading + one per type), flash/confirm, the shell's hint bar, spare.
  const progressRows = progress.length ? progress.length + 1 : 0;
  const visible = Math.max(3, rows - 8 - progressRows);
  const start = Math.max(0, Math.min(at - visible + 1, sessions.length - visible));
  const shown = sessions.slice(start, start + visible);
  const below = sessions.length - start - shown.length;

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>
        {t('history.title')} <Text dimColor>{t('history.count', { count: sessions.length })}</Text>
      </Text>
      <Text dimColor>
        {'  '}
        {cell(t('history.columns.date'), 16)} {cell(t('history.columns.type'), 12)} {cell(t('history.columns.role'), 15)} {cell(t('history.columns.model'), 11)}{' '}
        {cellRight(t('history.columns.score'), 5)} {t('history.columns.status')}
      </Text>
      {shown.map((r, i) => {
        const here = start + i === at;
        const text = r.kind === 'session' ? historyRow(r.s) : damagedRow(r.d);
        return (
          <Text key={r.kind === 'session' ? r.s.id : `damaged:${r.d.file}`} inverse={here && mode === 'list'} color={r.kind === 'damaged' ? 'red' : undefined} wrap="truncate-end">
            {fitRow(`${here ? '› ' : '  '}${text}`, columns - 2)}
          </Text>
        );
      })}
      <Text dimColor>{start > 0 || below > 0 ? `  ${start > 0 ? `${t('common.list.above', { n: start })} ` : ''}${below > 0 ? t('common.list.below', { n: below }) : ''}` : ' '}</Text>
      {progress.length ? (
        <>
          <Text bold>{t('history.progress')}</Text>
          {progress.map((p) => (
            <Text key={p.type} wrap="truncate-end">
              {'  '}
              {`${progressLabel(p.type)} ${sparkline(p.scores)} ${p.scores.length > 1 ? `${p.scores[0]}→${p.scores[p.scores.length - 1]}` : `${p.scores[0]}`}`}
            </Text>
          ))}
        </>
      ) : null}
      {mode === 'delete' && row ? (
        <ConfirmDialog
          question={
            row.kind === 'session'
              ? t('history.delete.session', { type: typeLabel(row.s.type), when: when(row.s.createdAt), role: truncateToWidth(safeText(row.s.role, { oneLine: true }), 30) })
              : t('history.delete.damaged', { file: truncateToWidth(safeText(row.d.file, { oneLine: true }), 50) })
          }
          onAnswer={(yes) => {
            setMode('list');
            if (!yes) return setFlash(t('common.kept'));
            const id = row.kind === 'session' ? row.s.id : row.d.id;
            setFlash(t('history.delete.deleting'));
            void repositories.sessions.remove(id).then((result) => {
              if (!result.ok) return setFlash(failureLine(t('history.delete.notDeleted'), result));
              setIndex((i) => Math.max(0, i - (i >= sessions.length - 1 ? 1 : 0)));
              setFlash(t('history.delete.deleted', { when: when(row.at) }));
            });
          }}
        />
      ) : flash ? (
        <Text color={flash.startsWith('✗') ? 'red' : flash.startsWith('✓') ? 'green' : 'yellow'} wrap="truncate-middle">
          {safeText(flash, { oneLine: true })}
        </Text>
      ) : null}
      <ActivityLine />
    </Box>
  );
}
