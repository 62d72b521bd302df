// Log management (seed §2.5 "view the error in log management"): newest first; Enter opens the
// full entry; c clears (after asking). Every field of an entry came from a server or a model, so
// all of it passes safeText; the list is a table cut to the terminal's width. A damaged logs.json is
// shown with its problem here and nowhere else (the rest of the app carries on).
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { cell, fitRow } from '../components/cells.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { padToWidth, wrapText } from '../components/text-layout.js';
import { useBindings } from '../hooks/useBindings.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import type { Binding } from '../keys/bindings.js';
import { damagedLine, failureLine } from '../app/screen-data.js';
import { useLogs, useRepositories } from '../app/use-repositories.js';
import { ActivityLine } from '../components/ActivityLine.js';
import { useNavigation } from '../navigation.js';
import { safeText } from '../terminal/safe-text.js';
import { useT } from '../hooks/useT.js';
import { t } from '../i18n/index.js';
import { localTime, utcOffset } from '../i18n/time.js';
import { errorClassLabel } from '../models/provider-error.js';
import { logKindLabel, logLevelLabel } from '../app/log-labels.js';

/** An error class as the interface language says it; a class this version does not know (stored text) stays, made safe. */
const classLabel = (cls: string): string => safeText(errorClassLabel(cls), { oneLine: true });

type Handler = 'move' | 'open' | 'close' | 'clear' | 'back';
const LABEL = 12;

/** What a log entry came from, in the interface language (the stored value stays English). */
export function LogsScreen(): ReactNode {
  const nav = useNavigation();
  useT();
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
    { on: ['up', 'k', 'down', 'j'], keys: '↑↓', action: t('common.actions.move'), handler: 'move', when: list },
    { on: ['enter'], keys: 'Enter', action: t('logs.keys.details'), handler: 'open', when: list && entry !== undefined },
    { on: ['c'], keys: 'c', action: t('logs.keys.clear'), handler: 'clear', when: list && entries.length > 0 },
    { on: ['escape'], keys: 'Esc', action: t('common.actions.back'), handler: 'back', when: list, hint: false },
    { on: ['enter', 'escape'], keys: 'Enter/Esc', action: t('logs.keys.backToList'), handler: 'close', when: mode === 'detail' },
    { on: ['y'], keys: 'y', action: t('logs.keys.clearLog'), by: 'dialog', when: mode === 'clear' },
    { on: ['n', 'escape'], keys: 'n/Esc', action: t('common.actions.keep'), by: 'dialog', when: mode === 'clear' },
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
        {padToWidth(label, LABEL)}
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
          {padToWidth(i === 0 ? label : '', LABEL)}
          {l}
        </Text>
      ));
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text bold wrap="truncate-end">
          {t('logs.detail.title', { id: one(entry.id) })}
        </Text>
        {line(t('logs.detail.time'), `${localTime(entry.at, { seconds: true })} (UTC${utcOffset(entry.at)})`)}
        {line(t('logs.detail.kind'), `${logKindLabel(entry.kind)} · ${logLevelLabel(entry.level)}`)}
        {line(t('logs.detail.model'), `${entry.configName ?? '—'} · ${entry.modelId ?? '—'} · ${entry.region ?? '—'}`)}
        {line(t('logs.detail.class'), entry.errorClass ? classLabel(entry.errorClass) : '—')}
        {rowsOf(t('logs.detail.message'), message.length ? messageRows : [''])}
        {d ? (
          <>
            {line(t('logs.detail.service'), [d.name, d.errorType, d.status && `HTTP ${d.status}`].filter(Boolean).join(' · '))}
            {line(t('logs.detail.requestId'), d.requestId ?? '—')}
            {rowsOf(t('logs.detail.raw'), rawRows.length ? rawRows : [''])}
          </>
        ) : null}
        {more > 0 ? <Text dimColor>{`… ${t('logs.detail.more', { count: more, command: 'mockview logs --json' })}`}</Text> : null}
      </Box>
    );
  }
  if (loaded.status === 'damaged') {
    return (
      <Box flexDirection="column" paddingX={1}>
        <Text bold>{t('logs.title')}</Text>
        <Text color="red" wrap="wrap">
          ✗ {t('logs.damaged.unavailable', { problem: one(damagedLine(loaded)) })}
        </Text>
        <Text dimColor>{t('logs.damaged.meanwhile')}</Text>
      </Box>
    );
  }
  const visible = Math.max(3, rows - 7);
  const start = Math.max(0, Math.min(index - visible + 1, entries.length - visible));
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{t('logs.titleCount', { total: entries.length })}</Text>
      {entries.length === 0 ? <Text dimColor>{t('logs.empty')}</Text> : null}
      {entries.slice(start, start + visible).map((e, i) => (
        <Text key={e.id} inverse={start + i === index} wrap="truncate-end">
          {fitRow(
            // The › marks the row without colour too (NO_COLOR, TERM=dumb), where inverse is not drawn.
            `${start + i === index ? '›' : ' '} ${cell(localTime(e.at, { seconds: true }).slice(5), 14)} ${cell(logKindLabel(e.kind), 9)} ${cell(e.configName ?? '', 14)} ${cell(e.errorClass ? classLabel(e.errorClass) : logLevelLabel(e.level), 18)} ${one(e.message)}`,
            columns - 2,
          )}
        </Text>
      ))}
      {mode === 'clear' ? (
        <ConfirmDialog
          question={t('logs.clear.question', { total: entries.length })}
          onAnswer={(yes) => {
            setMode('list');
            if (!yes) return setFlash(t('common.kept'));
            setFlash(t('logs.clear.clearing'));
            void repositories.logs.clear().then((result) => {
              if (result.ok) setIndex(0);
              setFlash(result.ok ? `✓ ${t('logs.clear.cleared')}` : failureLine(t('logs.clear.notCleared'), result));
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
