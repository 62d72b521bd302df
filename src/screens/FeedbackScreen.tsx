// Feedback for one interview (SPEC §7, §3.10). A session without feedback is graded here first
// (Esc cancels, r retries after a failure) and the feedback is saved into the session. The report
// is long, so it is pre-wrapped into rows and shown as a scrolling window that fits the terminal.
// e / j export Markdown / JSON to <data dir>/exports.
import { Box, Text } from 'ink';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isProviderError, type ProviderError } from '../bedrock/error-types.js';
import { ErrorBox } from '../components/ErrorBox.js';
import { StatusLine } from '../components/StatusLine.js';
import { scrollPager } from '../components/TranscriptPager.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { gradeSession } from '../interview/feedback.js';
import { TYPE_LABELS } from '../interview/prompts.js';
import { recoverSession } from '../interview/session.js';
import { useNavigation, useServices } from '../navigation.js';
import type { ModelConfig, Session } from '../store/schema.js';
import type { Store } from '../store/types.js';
import { exportSession, type ExportFormat } from './export-file.js';
import { feedbackLines } from './feedback-view.js';
import { useKeys } from '../hooks/useKeys.js';
import { MissingSession } from './MissingSession.js';
import { safeText } from '../terminal/safe-text.js';

/** settings.graderModel if it exists, else the interview's grader, else its own model, else the demo. */
export function pickGrader(store: Store, session: Session): ModelConfig {
  const names = [store.settings().graderModel, session.setup.graderModelName, session.setup.modelName, 'demo'];
  for (const name of names) {
    const config = name ? store.getModel(name) : undefined;
    if (config) return config;
  }
  return store.getModel('demo')!;
}

const hasAnswers = (s: Session): boolean => s.turns.some((t) => t.role === 'candidate' && !t.streaming && t.text.trim() !== '');

type Phase = 'ready' | 'grading' | 'failed' | 'cancelled' | 'nothing';

export function FeedbackScreen({ sessionId }: { sessionId: string }): ReactNode {
  const { store } = useServices();
  const stored = useMemo(() => store.getSession(sessionId), [sessionId]);
  if (!stored) return <MissingSession id={sessionId} />;
  return <FeedbackView initial={stored} />;
}

function FeedbackView({ initial }: { initial: Session }): ReactNode {
  const nav = useNavigation();
  const services = useServices();
  const { store } = services;
  const { columns, rows } = useTerminalSize();
  const [session, setSession] = useState(initial);
  const [phase, setPhase] = useState<Phase>(() => (initial.feedback ? 'ready' : hasAnswers(initial) ? 'grading' : 'nothing'));
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<{ title: string; fix: string; logId?: string } | undefined>();
  const [received, setReceived] = useState(0);
  const [top, setTop] = useState(0);
  const [flash, setFlash] = useState('');
  const controller = useRef<AbortController | null>(null);
  const grader = useMemo(() => pickGrader(store, initial), []);

  useEffect(() => {
    if (phase !== 'grading') return;
    const ctrl = new AbortController();
    controller.current = ctrl;
    let chars = 0;
    const timer = setInterval(() => setReceived(chars), 200);
    setError(undefined);
    setReceived(0);
    void (async () => {
      try {
        const provider = services.openProvider(grader, 'feedback');
        const base = recoverSession(store.getSession(initial.id) ?? initial);
        const feedback = await gradeSession(base, provider, {
          graderModel: grader.name,
          signal: ctrl.signal,
          onText: (text) => {
            chars = text.length;
          },
        });
        if (ctrl.signal.aborted) return;
        // Re-read just before saving, so nothing written meanwhile is lost; only `feedback` is added.
        const latest = store.getSession(initial.id) ?? base;
        const next: Session = { ...latest, feedback };
        store.saveSession(next);
        setSession(next);
        setTop(0);
        setPhase('ready');
      } catch (e) {
        if (ctrl.signal.aborted || (isProviderError(e) && e.errorClass === 'cancelled')) {
          setPhase('cancelled');
          return;
        }
        const pe: ProviderError | undefined = isProviderError(e) ? e : undefined;
        setError(
          pe
            ? { title: pe.title, fix: pe.fix, logId: pe.logId }
            : { title: `Grading failed: ${e instanceof Error ? e.message : String(e)}`, fix: 'The interview itself is saved.' },
        );
        setPhase('failed');
      } finally {
        clearInterval(timer);
        if (controller.current === ctrl) controller.current = null;
      }
    })();
  }, [phase, attempt]);

  // Leaving the screen stops a running grade; the session file is untouched until feedback is ready.
  useEffect(() => () => controller.current?.abort(), []);

  const width = Math.max(20, columns - 3);
  const lines = useMemo(() => (session.feedback ? feedbackLines(session.feedback, width) : []), [session.feedback, width]);
  // Title 1 + footer 1 + the shell's key-hint bar 1 + a spare row: the window is rows − 4.
  const windowRows = Math.max(3, rows - 4);
  const maxTop = Math.max(0, lines.length - windowRows);
  const shownTop = Math.min(top, maxTop);

  useEffect(() => {
    nav.setHints(
      phase === 'grading'
        ? [{ keys: 'Esc', action: 'cancel grading' }]
        : [
            { keys: '↑↓ PgUp PgDn', action: 'scroll' },
            ...(phase === 'failed' || phase === 'cancelled' ? [{ keys: 'r', action: 'retry' }] : []),
            { keys: 'e', action: 'export Markdown' },
            { keys: 'j', action: 'export JSON' },
          ],
    );
  }, [phase, nav.setHints]);

  const doExport = (format: ExportFormat): void => {
    try {
      const file = exportSession(store, session, format);
      setFlash(`✓ Exported to ${file}`);
    } catch (e) {
      setFlash(`✗ Export failed: ${safeText(e instanceof Error ? e.message : String(e), { oneLine: true })}`);
    }
  };

  useKeys((input, key) => {
    if (phase === 'grading') {
      if (key.escape) controller.current?.abort();
      return;
    }
    if (key.escape) return nav.back();
    const to = scrollPager(shownTop, lines.length, windowRows, key);
    if (to !== undefined) setTop(to);
    else if (input === 'r' && (phase === 'failed' || phase === 'cancelled')) {
      setAttempt((a) => a + 1);
      setPhase('grading');
    } else if (input === 'e') doExport('md');
    else if (input === 'j') doExport('json');
  });

  const { setup } = session;
  // The role and the report are stored text (the grader's words among them): made safe for the terminal.
  const title = `Feedback · ${TYPE_LABELS[setup.type]} · ${safeText(setup.role, { oneLine: true })} (${setup.level}) · ${session.createdAt.replace('T', ' ').slice(0, 16)}`;
  const shown = lines.slice(shownTop, shownTop + windowRows);
  const position = lines.length > windowRows ? `lines ${shownTop + 1}–${shownTop + shown.length} of ${lines.length} · ↑↓ PgUp PgDn scroll` : '';

  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold wrap="truncate-end">
        {title}
      </Text>
      {phase === 'grading' ? (
        <StatusLine label={`grading with ${grader.name}…`} busy extra={[...(received ? [`${received} chars received`] : []), 'Esc cancels']} />
      ) : null}
      {phase === 'failed' && error ? (
        <ErrorBox
          title={error.title}
          fix={`${error.fix}\nYour interview is saved. Press r to retry.`}
          logHint={`Full error in Logs${error.logId ? ` (entry ${error.logId})` : ''}.`}
          width={columns - 2}
        />
      ) : null}
      {phase === 'cancelled' ? <Text color="yellow">Grading cancelled. r grades again · Esc back</Text> : null}
      {phase === 'nothing' ? <Text>This interview has no answers to grade yet. Esc goes back.</Text> : null}
      {shown.map((line, i) => (
        <Text key={shownTop + i} wrap="truncate-end" bold={line.bold} dimColor={line.dim} color={line.color}>
          {safeText(line.text, { oneLine: true, tabWidth: 2 }) || ' '}
        </Text>
      ))}
      {flash ? (
        <Text color={flash.startsWith('✗') ? 'red' : 'green'} wrap="truncate-middle">
          {flash}
        </Text>
      ) : position ? (
        <Text dimColor>{position}</Text>
      ) : null}
    </Box>
  );
}
