// The interview, full screen and exactly as tall as the space the shell gives it: a header, the
// transcript as a viewport the app scrolls (PgUp/PgDn/Home/End, the mouse wheel where enabled),
// one status row, and the answer editor. Nothing is printed outside the frame, so leaving the
// screen leaves nothing behind. Stream deltas are collected in a ref and flushed to state every
// FLUSH_MS, so React renders at a capped rate however fast the model writes. The session is saved
// after every turn, every 2 s while a reply streams, and with the draft answer a second after the
// last keystroke, so a resumed interview brings back what was being typed.
import { Box, Text } from 'ink';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState, type ReactNode } from 'react';
import { isProviderError, type ProviderError } from '../bedrock/error-types.js';
import { ConfirmDialog } from '../components/ConfirmDialog.js';
import { ErrorBox, errorBoxHeight } from '../components/ErrorBox.js';
import { MultiLineEditor } from '../components/MultiLineEditor.js';
import { formatRate } from '../components/StatusLine.js';
import { Viewport } from '../components/Viewport.js';
import { scrollView, settleView, bottomTop, type ScrollKey, type ViewportState } from '../components/view-scroll.js';
import { useMouseWheel } from '../hooks/useMouseWheel.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { useTranscriptRows } from '../hooks/useTranscriptRows.js';
import { formatDuration } from '../interview/export.js';
import { buildInterviewRequest, TYPE_LABELS } from '../interview/prompts.js';
import { parseInterviewerReply } from '../interview/reply.js';
import { askedQuestions, questionsAsked, resumeSessionState, sessionReducer, type SessionState } from '../interview/session.js';
import { useNavigation, useServices } from '../navigation.js';
import type { Session } from '../store/schema.js';
import type { Store } from '../store/types.js';
import { useKeys } from '../hooks/useKeys.js';
import { safeText } from '../terminal/safe-text.js';
import { truncateToWidth } from '../components/text-layout.js';
import { MissingSession } from './MissingSession.js';

/** Stream batches: within the 30–50 ms that reads as continuous text (bench/: bytes and CPU per reply). */
export const FLUSH_MS = 50;
const SAVE_WHILE_STREAMING_MS = 2000;
/** The draft answer is saved this long after the last keystroke. */
const SAVE_DRAFT_MS = 1000;

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
  const stored = useMemo(() => store.getSession(sessionId), [sessionId]);
  if (!stored) return <MissingSession id={sessionId} />;
  return <Chat initial={resumeSessionState(stored, services.now())} initialDraft={stored.draft ?? ''} nav={nav} />;
}

interface ChatProps {
  initial: SessionState;
  initialDraft: string;
  nav: ReturnType<typeof useNavigation>;
}

/** Rows of the chat that are not the transcript: header, rule, status, answer label. */
const FIXED_ROWS = 4;

function Chat({ initial, initialDraft, nav }: ChatProps): ReactNode {
  const services = useServices();
  const { store } = services;
  const { columns, rows } = useTerminalSize();
  const [state, dispatch] = useReducer(sessionReducer, initial);
  const [error, setError] = useState<ProviderError | undefined>();
  // The reply now streaming: timing and how much text has arrived.
  const [live, setLive] = useState<{ firstTokenAt?: number; startedAt: number; chars: number } | undefined>();
  const [draft, setDraft] = useState(initialDraft);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [now, setNow] = useState(services.now());
  // tok/s shown in the status row: recomputed on the 1 s clock tick, not on every batch.
  const [rate, setRate] = useState<number | null>(null);
  const liveRef = useRef<typeof live>(undefined);
  const controller = useRef<AbortController | null>(null);
  const lastSave = useRef(0);
  const session = state.session;
  // The latest values for timers, key handlers and the unmount save.
  const draftRef = useRef(draft);
  const latest = useRef(session);
  useLayoutEffect(() => {
    liveRef.current = live;
    draftRef.current = draft;
    latest.current = session;
  });
  // The model is looked up once: this screen renders on every streamed batch.
  const provider = useMemo(
    () => services.openProvider(store.getModel(session.setup.modelName) ?? store.getModel('demo')!, 'interview'),
    [session.setup.modelName],
  );
  const previous = useMemo(() => previousQuestions(store, session), []);
  const save = (s: Session): void => store.saveSession({ ...s, draft: draftRef.current || undefined });

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
    // Deltas wait here until the next flush: one state update per batch, not per token.
    let buffer = '';
    const flush = (): void => {
      if (!buffer) return;
      const text = buffer;
      buffer = '';
      dispatch({ type: 'streamDelta', text });
      setLive((l) => (l ? { ...l, chars: l.chars + text.length } : l));
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
    // outlive that (and any resize or overlay). Unmounting aborts it (below).
  }, [state.phase, state.reply]);

  // Abort a running reply when the screen goes away (Ctrl+C, back); the unmount save keeps it.
  useEffect(() => () => controller.current?.abort(), []);

  // Save after every turn, and at most every 2 s while a reply streams.
  const streaming = state.reply === 'streaming';
  useEffect(() => {
    const t = services.now();
    if (streaming && t - lastSave.current < SAVE_WHILE_STREAMING_MS) return;
    lastSave.current = t;
    save(session);
  }, [session]);
  // The draft: saved a moment after typing stops (and on leaving, below).
  const draftSeen = useRef(draft);
  useEffect(() => {
    if (draft === draftSeen.current) return;
    draftSeen.current = draft;
    const t = setTimeout(() => save(latest.current), SAVE_DRAFT_MS);
    return () => clearTimeout(t);
  }, [draft]);
  useEffect(() => () => save(latest.current), []);

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

  // Layout: every row of the screen is accounted for, so the frame is exactly as tall as its space.
  const height = rows - 1; // the shell's hint bar takes the last row
  const editorRows = rows >= 32 ? 6 : rows >= 27 ? 4 : 3;
  const width = columns - 1;
  const errorBox = error
    ? { title: safeText(error.title, { oneLine: true }), fix: safeText(`${error.fix} Ctrl+R retries.`), logHint: `Full error in Logs${error.logId ? ` (entry ${safeText(error.logId, { oneLine: true })})` : ''}.` }
    : undefined;
  const errorRows = errorBox ? errorBoxHeight({ ...errorBox, width: columns }) : 0;
  const viewRows = Math.max(1, height - FIXED_ROWS - editorRows - errorRows);

  const liveTurn = session.turns.at(-1)?.streaming ? session.turns.at(-1) : undefined;
  const liveText = liveTurn ? parseInterviewerReply(liveTurn.text).text : undefined;
  const transcript = useTranscriptRows(session.turns, liveText, width);

  // The viewport: where it starts follows from the rows it shows, adjusted during render when
  // they change (React's pattern for state derived from changing input).
  const [viewState, setView] = useState<ViewportState>(() => ({ mode: 'follow', top: bottomTop(transcript.length, viewRows) }));
  const [laidOutAt, setLaidOutAt] = useState(width);
  let view = viewState;
  if (laidOutAt !== width) {
    // Rows wrap anew at another width: a following view shows the end, as when the screen opened.
    setLaidOutAt(width);
    if (view.mode === 'follow') view = { mode: 'follow', top: bottomTop(transcript.length, viewRows) };
  }
  view = settleView(view, transcript.length, viewRows);
  if (view !== viewState) setView(view);
  const scroll = (key: ScrollKey, lines = 1): void => {
    const next = scrollView(view, key, transcript.length, viewRows, lines);
    // Back at the bottom: the newest rows in sight, the current question with them.
    setView(next.mode === 'follow' ? { mode: 'follow', top: bottomTop(transcript.length, viewRows) } : next);
  };
  const reading = view.mode === 'read';
  useMouseWheel((direction) => scroll(direction === 'up' ? 'lineUp' : 'lineDown', 3));

  useEffect(() => {
    nav.setTyping(state.phase === 'answering' && !reading);
    nav.setHints(
      confirmLeave
        ? [
            { keys: 'y', action: 'leave (answer kept)' },
            { keys: 'n', action: 'stay' },
          ]
        : state.phase === 'ended'
          ? [
              ...(session.status === 'finished' ? [{ keys: 'Enter', action: 'feedback' }] : []),
              { keys: 'Esc', action: 'home' },
              { keys: 'PgUp', action: 'read back' },
            ]
        : reading
          ? [
              { keys: '↑↓ PgUp PgDn', action: 'scroll' },
              { keys: 'Home End', action: 'top, bottom' },
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
  }, [state.phase, session.status, streaming, reading, confirmLeave, nav.setHints, nav.setTyping]);

  useKeys(
    (input, key) => {
      if (reading) {
        if (key.upArrow || input === 'k') scroll('lineUp');
        else if (key.downArrow || input === 'j') scroll('lineDown');
        else if (key.pageUp) scroll('pageUp');
        else if (key.pageDown || input === ' ') scroll('pageDown');
        else if (key.home) scroll('home');
        else if (key.end || key.escape || key.return) scroll('end');
        return;
      }
      if (key.pageUp) return scroll('pageUp');
      if (key.pageDown) return scroll('pageDown');
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
        // A typed answer is never dropped silently: it is saved with the session, and Esc asks first.
        else if (draftRef.current.trim() && state.phase === 'answering') setConfirmLeave(true);
        else nav.back();
        return;
      }
      if (state.phase === 'ended' && key.return) {
        if (session.status === 'finished') nav.replace({ screen: 'feedback', sessionId: session.id });
        else nav.back();
      }
    },
    { isActive: !confirmLeave },
  );

  const asked = questionsAsked(session);
  const elapsed = state.questionShownAtMs ? formatDuration(Math.max(0, now - state.questionShownAtMs)) : '';
  const header = ` mockview · ${TYPE_LABELS[session.setup.type]} · ${safeText(session.setup.role, { oneLine: true })} (${session.setup.level}) · ${safeText(session.modelLabel, { oneLine: true })}`;
  const qText = `Q${Math.max(asked, 1)}/${session.setup.questionCount}  ${elapsed}`;
  const status = statusRow({ state, live, rate, reading, top: view.top, total: transcript.length, viewRows, asked });

  return (
    <Box flexDirection="column" width={columns} height={height} overflow="hidden">
      <Box height={1}>
        <Text bold wrap="truncate-end">
          {truncateToWidth(header, Math.max(10, columns - qText.length - 2))}
        </Text>
        <Box flexGrow={1} />
        <Text>{qText} </Text>
      </Box>
      <Text dimColor>{'─'.repeat(Math.max(1, width))}</Text>
      <Viewport rows={transcript} top={view.top} height={viewRows} />
      {errorBox ? <ErrorBox {...errorBox} width={columns} /> : null}
      {confirmLeave ? (
        <ConfirmDialog
          question="Leave the interview? Your unsent answer is kept for when you resume."
          onAnswer={(yes) => {
            setConfirmLeave(false);
            if (yes) nav.back();
          }}
        />
      ) : (
        <Text dimColor={status.dim} color={status.color} wrap="truncate-end">
          {status.text || ' '}
        </Text>
      )}
      <Text wrap="truncate-end">
        <Text bold>› Your answer</Text>
        <Text dimColor> (Enter send · Ctrl+J newline)</Text>
      </Text>
      <Box height={editorRows} flexDirection="column" overflow="hidden">
        <MultiLineEditor
          value={draft}
          onChange={setDraft}
          maxRows={editorRows}
          width={columns - 3}
          disabled={state.phase !== 'answering' || reading || confirmLeave}
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
    </Box>
  );
}

interface StatusInput {
  state: SessionState;
  live: { firstTokenAt?: number; startedAt: number; chars: number } | undefined;
  rate: number | null;
  reading: boolean;
  top: number;
  total: number;
  viewRows: number;
  asked: number;
}

/** The one status row: what is happening now, short, so rewriting it costs little. */
function statusRow({ state, live, rate, reading, top, total, viewRows, asked }: StatusInput): { text: string; dim?: boolean; color?: string } {
  if (reading) {
    const end = Math.min(total, top + viewRows);
    return { text: `Reading back · lines ${total ? top + 1 : 0}–${end} of ${total} · End or Esc returns`, color: 'yellow' };
  }
  if (state.reply === 'streaming') {
    return { text: live?.firstTokenAt ? `● streaming${rate ? ` ${formatRate(rate)}` : ''} · Esc cancel · Ctrl+R retry` : '… waiting for the first token · Esc cancel', dim: true };
  }
  if (state.phase === 'ended') {
    return {
      text:
        state.session.status === 'finished'
          ? `The interview is over (${asked} question${asked === 1 ? '' : 's'}). Enter: feedback · Esc: home`
          : 'Interview paused and saved. Esc: home',
      color: 'green',
    };
  }
  if (state.reply === 'cancelled' && state.phase === 'answering') return { text: 'Reply cut. Answer it, or Ctrl+R to ask again.', dim: true };
  return { text: '' };
}
