// The interview, full screen. Finished turns go to <Static> (printed once), and so does each
// finished paragraph of the reply now streaming; only the paragraph still arriving and one status
// line are live while the interviewer speaks, then the header and answer editor come back. Stream
// deltas are batched (100 ms) so React renders at a capped rate. The session is saved after every
// turn and every 2 s while a reply streams.
import { Box, Text } from 'ink';
import { useEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { isProviderError, type ProviderError } from '../bedrock/error-types.js';
import { ErrorBox } from '../components/ErrorBox.js';
import { MessageList } from '../components/MessageList.js';
import { pagerRows, scrollPager, TranscriptPager, type PagerRow } from '../components/TranscriptPager.js';
import { MultiLineEditor } from '../components/MultiLineEditor.js';
import { formatRate, StatusLine } from '../components/StatusLine.js';
import { lastSafeSplitPoint } from '../components/split.js';
import { StreamingText } from '../components/StreamingText.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useTranscriptLog } from '../hooks/useTranscriptLog.js';
import { formatDuration } from '../interview/export.js';
import { buildInterviewRequest, TYPE_LABELS } from '../interview/prompts.js';
import { parseInterviewerReply } from '../interview/reply.js';
import { askedQuestions, questionsAsked, resumeSessionState, sessionReducer, type SessionState } from '../interview/session.js';
import { useNavigation, useServices } from '../navigation.js';
import type { Session } from '../store/schema.js';
import type { Store } from '../store/types.js';
import { useKeys } from '../hooks/useKeys.js';
import { MissingSession } from './MissingSession.js';

/**
 * Stream batches: 100 ms reads as continuous text and keeps terminal output small over SSH
 * (bench/: bytes written per byte of reply).
 */
const FLUSH_MS = 100;
/**
 * Finished paragraphs move from the live region into the scrollback at most this often: each move
 * rewrites every live row, so a fast model writing short paragraphs would otherwise pay that on
 * every batch. They look the same either way, so nobody sees the difference but the byte count.
 */
const COMMIT_MS = 500;
const SAVE_WHILE_STREAMING_MS = 2000;

/** Main questions of earlier sessions of this type, newest first, so the interviewer does not repeat them. */
export function previousQuestions(store: Store, current: Session): string[] {
  const out: string[] = [];
  for (const summary of store.listSessions().slice(0, 30)) {
    if (summary.id === current.id || summary.type !== current.setup.type) continue;
    const s = store.getSession(summary.id);
    if (s) out.push(...askedQuestions(s));
  }
  return out;
}

export function InterviewChat({ sessionId }: { sessionId: string }): ReactNode {
  const nav = useNavigation();
  const services = useServices();
  const { store } = services;
  const { columns, rows } = useTerminalSize();
  const stored = useMemo(() => store.getSession(sessionId), [sessionId]);
  if (!stored) return <MissingSession id={sessionId} />;
  return <Chat initial={resumeSessionState(stored, services.now())} nav={nav} columns={columns} rows={rows} />;
}

interface ChatProps {
  initial: SessionState;
  nav: ReturnType<typeof useNavigation>;
  columns: number;
  rows: number;
}

function Chat({ initial, nav, columns, rows }: ChatProps): ReactNode {
  const services = useServices();
  const { store } = services;
  const [state, dispatch] = useReducer(sessionReducer, initial);
  const [error, setError] = useState<ProviderError | undefined>();
  // The reply now streaming: timing, and how much of its shown text may be printed for good.
  const [live, setLive] = useState<{ firstTokenAt?: number; startedAt: number; chars: number; printedUpTo?: number } | undefined>();
  const [draft, setDraft] = useState('');
  // Reading back (PgUp): the transcript laid out when opened and the first row shown; null while
  // the answer box has the keys.
  const [readBack, setReadBack] = useState<{ rows: PagerRow[]; top: number } | null>(null);
  const [now, setNow] = useState(services.now());
  // tok/s shown in the status line: recomputed on the 1 s clock tick, not on every batch.
  const [rate, setRate] = useState<number | null>(null);
  const liveRef = useRef<typeof live>(undefined);
  liveRef.current = live;
  const controller = useRef<AbortController | null>(null);
  const lastSave = useRef(0);
  const session = state.session;
  // The model is looked up once: this screen renders on every streamed batch.
  const provider = useMemo(
    () => services.openProvider(store.getModel(session.setup.modelName) ?? store.getModel('demo')!, 'interview'),
    [session.setup.modelName],
  );
  const previous = useMemo(() => previousQuestions(store, session), []);

  // Start a fresh session at once.
  useEffect(() => {
    if (state.phase === 'setup') dispatch({ type: 'start', atMs: services.now() });
  }, [state.phase]);

  // Ask for the interviewer's next message whenever it is the interviewer's turn.
  useEffect(() => {
    if (state.phase !== 'asking' || state.reply !== 'idle') return;
    const ctrl = new AbortController();
    controller.current = ctrl;
    const request = buildInterviewRequest(session, { previousQuestions: previous });
    let buffer = '';
    let raw = '';
    let committedAt = 0;
    const flush = (): void => {
      if (!buffer) return;
      const text = buffer;
      buffer = '';
      raw += text;
      dispatch({ type: 'streamDelta', text });
      const t = services.now();
      const commit = t - committedAt >= COMMIT_MS;
      if (commit) committedAt = t;
      setLive((l) => (l ? { ...l, chars: l.chars + text.length, ...(commit ? { printedUpTo: lastSafeSplitPoint(parseInterviewerReply(raw).text) } : {}) } : l));
    };
    const startedAt = services.now();
    dispatch({ type: 'streamStarted', atMs: startedAt });
    setLive({ startedAt, chars: 0 });
    setError(undefined);
    const timer = setInterval(flush, FLUSH_MS);
    void (async () => {
      try {
        for await (const event of provider.stream(request, ctrl.signal)) {
          if (event.type === 'text') {
            if (!buffer) setLive((l) => (l && !l.firstTokenAt ? { ...l, firstTokenAt: services.now() } : l));
            buffer += event.text;
          }
        }
        clearInterval(timer);
        flush();
        dispatch({ type: 'streamDone', atMs: services.now() });
      } catch (e) {
        clearInterval(timer);
        flush();
        if (isProviderError(e) && e.errorClass === 'cancelled') dispatch({ type: 'streamCancelled', atMs: services.now() });
        else {
          const pe = isProviderError(e) ? e : undefined;
          setError(pe);
          dispatch({ type: 'streamFailed', error: pe?.title ?? String(e), atMs: services.now() });
        }
      } finally {
        setLive(undefined);
        controller.current = null;
      }
    })();
    // No cleanup here: this effect re-runs when `reply` becomes 'streaming', and the stream must
    // outlive that. Unmounting aborts it (below), which ends the loop and clears the timer.
  }, [state.phase, state.reply]);

  // Abort a running reply when the screen goes away (Ctrl+C, back); the unmount save keeps it.
  useEffect(() => () => controller.current?.abort(), []);

  // Save after every turn, and at most every 2 s while a reply streams.
  const streaming = state.reply === 'streaming';
  useEffect(() => {
    const t = services.now();
    if (streaming && t - lastSave.current < SAVE_WHILE_STREAMING_MS) return;
    lastSave.current = t;
    store.saveSession(session);
  }, [session]);
  const latest = useRef(session);
  latest.current = session;
  useEffect(() => () => store.saveSession(latest.current), []);

  // The per-question clock.
  useEffect(() => {
    const tick = setInterval(() => {
      const t = services.now();
      setNow(t);
      const l = liveRef.current;
      const secs = l?.firstTokenAt ? (t - l.firstTokenAt) / 1000 : 0;
      setRate(l?.firstTokenAt && secs > 0.5 ? Math.round(l.chars / 4 / secs) : null);
    }, 1000);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    nav.setHintBar(!streaming);
    return () => nav.setHintBar(true);
  }, [streaming, nav.setHintBar]);

  const reading = readBack !== null;
  useEffect(() => {
    nav.setTyping(state.phase === 'answering' && !reading);
    nav.setHints(
      reading
        ? [
            { keys: '↑↓ PgUp PgDn', action: 'scroll' },
            { keys: 'Esc', action: 'back to your answer' },
          ]
        : [
            { keys: 'Enter', action: 'send' },
            { keys: 'Ctrl+J', action: 'newline' },
            { keys: 'Esc', action: streaming ? 'cancel reply' : 'leave (saved)' },
            { keys: 'Ctrl+R', action: 'retry' },
            { keys: 'Ctrl+E', action: 'end' },
            { keys: 'PgUp', action: 'read back' },
          ],
    );
  }, [state.phase, streaming, reading, nav.setHints, nav.setTyping]);

  useKeys((input, key) => {
    if (readBack !== null) {
      const to = scrollPager(readBack.top, readBack.rows.length, pagerWindow, key);
      if (to !== undefined) setReadBack({ ...readBack, top: to });
      else if (key.escape || key.return) setReadBack(null);
      return;
    }
    if (key.pageUp && !streaming) {
      const lines = pagerRows(entries, columns - 1);
      setReadBack({ rows: lines, top: Math.max(0, lines.length - 2 * pagerWindow) });
      return;
    }
    if (key.ctrl && input === 'r') {
      controller.current?.abort();
      dispatch({ type: 'retryLastTurn', atMs: services.now() });
      return;
    }
    if (key.ctrl && input === 'e') {
      controller.current?.abort();
      dispatch({ type: 'end', atMs: services.now(), grade: false });
      return;
    }
    if (key.escape) {
      if (streaming) controller.current?.abort();
      else if (state.phase === 'ended' || state.phase === 'answering' || state.reply !== 'streaming') nav.back();
    }
    if (state.phase === 'ended' && key.return) {
      if (session.status === 'finished') nav.replace({ screen: 'feedback', sessionId: session.id });
      else nav.back();
    }
  });

  const liveTurn = session.turns.at(-1)?.streaming ? session.turns.at(-1) : undefined;
  const liveText = liveTurn ? parseInterviewerReply(liveTurn.text).text : undefined;
  // Finished paragraphs up to `printedUpTo` go to <Static>; the rest (the paragraph still arriving,
  // and any finished since the last move) stays live.
  const printed = liveText === undefined ? undefined : liveText.slice(0, live?.printedUpTo ?? 0);
  const entries = useTranscriptLog(session.turns, printed);
  const liveRest = liveText === undefined ? undefined : liveText.slice(printed?.length ?? 0);
  // The pager takes the screen but for its title row, the hint bar and a spare row.
  const pagerWindow = Math.max(3, rows - 3);
  const asked = questionsAsked(session);
  const elapsed = state.questionShownAtMs ? formatDuration(Math.max(0, now - state.questionShownAtMs)) : '';
  const header = ` mockview · ${TYPE_LABELS[session.setup.type]} · ${session.setup.role} (${session.setup.level}) · ${session.modelLabel}`;
  const qText = `Q${Math.max(asked, 1)}/${session.setup.questionCount}  ${elapsed}`;
  const editorRows = 4;

  if (liveTurn) {
    // While the interviewer speaks the live region is only the paragraph still arriving and one
    // status line (the keys included; the hint bar is hidden): each finished paragraph is printed
    // above it, and printing one rewrites every live row, so every row here costs bytes over SSH.
    const continued = liveRest !== liveText;
    return (
      <Box flexDirection="column">
        <MessageList messages={entries} width={columns - 1} />
        {liveRest ? (
          <Box marginTop={continued ? 1 : 0}>
            <StreamingText role="interviewer" text={liveRest} continued={continued} maxRows={rows - 3} width={columns - 1} />
          </Box>
        ) : null}
        <StatusLine
          // Short on purpose: this line is rewritten each time a paragraph is printed.
          label={live?.firstTokenAt ? `● streaming${rate ? ` ${formatRate(rate)}` : ''}` : 'waiting for the first token'}
          // The spinner only while nothing arrives: once text flows, the text itself is the sign of life.
          busy={!live?.firstTokenAt}
          extra={['Esc cancel', 'Ctrl+R retry']}
        />
      </Box>
    );
  }

  if (readBack !== null) {
    return (
      <Box flexDirection="column">
        <MessageList messages={entries} width={columns - 1} />
        <TranscriptPager rows={readBack.rows} top={readBack.top} windowRows={pagerWindow} />
      </Box>
    );
  }

  return (
    <Box flexDirection="column">
      <MessageList messages={entries} width={columns - 1} />
      <Box>
        <Text bold wrap="truncate-end">
          {header.slice(0, Math.max(10, columns - qText.length - 2))}
        </Text>
        <Box flexGrow={1} />
        <Text>{qText} </Text>
      </Box>
      <Text dimColor>{'─'.repeat(Math.max(1, columns - 1))}</Text>
      {error ? <ErrorBox title={error.title} fix={`${error.fix} Ctrl+R retries.`} logHint={`Full error in Logs${error.logId ? ` (entry ${error.logId})` : ''}.`} width={columns - 2} /> : null}
      {state.phase === 'ended' ? (
        <Text color="green">
          {session.status === 'finished'
            ? `The interview is over (${asked} question${asked === 1 ? '' : 's'}). Enter: feedback · Esc: home`
            : 'Interview paused and saved. Esc: home'}
        </Text>
      ) : null}
      {state.reply === 'cancelled' && state.phase === 'answering' ? <Text dimColor>Reply cut. Answer it, or Ctrl+R to ask again.</Text> : null}
      <Text>
        <Text bold>› Your answer</Text>
        <Text dimColor> (Enter send · Ctrl+J newline)</Text>
      </Text>
      <MultiLineEditor
        value={draft}
        onChange={setDraft}
        maxRows={editorRows}
        width={columns - 3}
        disabled={state.phase !== 'answering' || readBack !== null}
        placeholder={state.phase === 'answering' ? 'Type your answer…' : ''}
        onFirstKey={() => dispatch({ type: 'answerStarted', atMs: services.now() })}
        onSubmit={(text) => {
          if (!text.trim()) return;
          dispatch({ type: 'answerSubmitted', text, atMs: services.now() });
          setDraft('');
        }}
        clearOnSubmit
      />
    </Box>
  );
}
