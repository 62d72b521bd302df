// The interview, full screen and exactly as tall as the space the shell gives it: a header, the
// transcript as a viewport the app scrolls (PgUp/PgDn/Home/End, the mouse wheel where enabled),
// the model's thinking apart (dim, Ctrl+T opens or folds it), one status row, and the answer editor.
// Nothing is printed outside the frame, so leaving the screen leaves nothing behind.
// The interview itself runs in the one interview driver (src/app/interview-driver.ts): the plan, the
// live rule checks (one corrective regeneration, then the turn is stored flagged), streaming batched
// every 50 ms, saving through the sessions repository. This screen only shows its snapshot and asks.
// The draft answer is saved with the session a second after the last keystroke and on leaving, so a
// resumed interview brings back what was being typed.
import { Box, Text } from 'ink';
import { memo, useCallback, useEffect, useLayoutEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createInterviewDriver, flagLabels, previousQuestionsFor, type DriverSnapshot, type InterviewDriver, type Rejected } from '../app/interview-driver.js';
import type { SessionsRepository } from '../app/repositories.js';
import { findModel, usableModels } from '../app/screen-data.js';
import { useModels, useRepositories } from '../app/use-repositories.js';
import { isProviderError } from '../models/provider-error.js';
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
import { TYPE_LABELS } from '../interview/prompts.js';
import { questionsAsked } from '../interview/session.js';
import { useNavigation, useServices } from '../navigation.js';
import type { Session } from '../store/schema.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding, KeyName } from '../keys/bindings.js';
import { safeText } from '../terminal/safe-text.js';
import { truncateToWidth, wrapText } from '../components/text-layout.js';
import { MissingSession } from './MissingSession.js';

/**
 * Stream batches, one frame each: about 8.5 frames a second reach the terminal (with 50 ms batches
 * Ink's 15-frame limit let about 10 through), at half the renders (bench/: bytes and CPU per reply).
 */
export const FLUSH_MS = 100;
/** The draft answer is saved this long after the last keystroke. */
const SAVE_DRAFT_MS = 1000;
/** Rows the thinking part takes when opened (its last lines). */
const THINKING_ROWS = 4;

/** Earlier sessions' main questions of this type, read through the sessions repository. */
export function previousQuestions(sessions: SessionsRepository, current: Session): string[] {
  return previousQuestionsFor(
    {
      listSessions: () => sessions.getSnapshot().summaries,
      getSession: (id) => {
        const loaded = sessions.get(id);
        return loaded?.status === 'ok' ? loaded.data : undefined;
      },
    },
    current,
  );
}

export function InterviewChat({ sessionId }: { sessionId: string }): ReactNode {
  const nav = useNavigation();
  const { sessions } = useRepositories();
  const [stored] = useState(() => sessions.get(sessionId));
  if (!stored) return <MissingSession id={sessionId} />;
  if (stored.status === 'damaged') return <Text color="red">{safeText(`✗ This interview cannot be read: ${stored.message}`, { oneLine: true })}</Text>;
  return <Chat key={sessionId} stored={stored.data} nav={nav} />;
}

interface ChatProps {
  stored: Session;
  nav: ReturnType<typeof useNavigation>;
}

/** The unsent answer the driver's saves carry (set by the view in effects, read when saving). */
class DraftHolder {
  constructor(private text: string) {}
  set(text: string): void {
    this.text = text;
  }
  get(): string | undefined {
    return this.text || undefined;
  }
}

type Opened = { driver: InterviewDriver; release: () => void; draft: DraftHolder } | { locked: string };

/**
 * Claims the session (one process runs it) and creates its driver, once (a useState initializer);
 * starts it after mounting, and on leaving saves the draft, disposes the driver and releases the claim.
 */
function Chat({ stored, nav }: ChatProps): ReactNode {
  const services = useServices();
  const repositories = useRepositories();
  const models = usableModels(useModels());
  const [opened] = useState<Opened>(() => {
    const claim = repositories.sessions.open(stored.id);
    if (!claim.ok) return { locked: claim.message };
    const draft = new DraftHolder(stored.draft ?? '');
    const config = findModel(models, stored.setup.modelName) ?? findModel(models, 'demo') ?? models.models.at(-1)!;
    const graderConfig = stored.setup.graderModelName ? findModel(models, stored.setup.graderModelName) : undefined;
    const driver = createInterviewDriver({
      session: stored,
      provider: services.openProvider(config, 'interview'),
      save: (s) => repositories.sessions.save({ ...s, draft: draft.get() }),
      now: services.now,
      batchMs: FLUSH_MS,
      previousQuestions: previousQuestions(repositories.sessions, stored),
      ...(graderConfig ? { grader: { provider: services.openProvider(graderConfig, 'feedback'), modelName: graderConfig.name } } : {}),
    });
    return { driver, release: claim.value, draft };
  });

  useEffect(() => {
    if (!('driver' in opened)) return;
    const { driver, release, draft } = opened;
    // Claimed again once mounted: a screen of the same session this one replaced releases as it unmounts.
    repositories.sessions.open(stored.id);
    void driver.start();
    return () => {
      // Leaving (Esc, Ctrl+C): the session is saved with its draft; a reply in flight is cut and kept.
      void repositories.sessions.save({ ...driver.getSnapshot().session, draft: draft.get() });
      driver.dispose();
      release();
    };
  }, [opened, repositories, stored.id]);

  if ('locked' in opened) return <Text color="yellow">{safeText(`✗ ${opened.locked}`, { oneLine: true })}</Text>;
  return <ChatView driver={opened.driver} draftHolder={opened.draft} initialDraft={stored.draft ?? ''} nav={nav} />;
}

type ChatHandler = 'scroll' | 'follow' | 'enter' | 'retry' | 'end' | 'thinking' | 'escape';

/** What each scrolling key does to the viewport. */
const SCROLL_KEYS: Partial<Record<KeyName, ScrollKey>> = {
  up: 'lineUp',
  k: 'lineUp',
  down: 'lineDown',
  j: 'lineDown',
  pageup: 'pageUp',
  pagedown: 'pageDown',
  space: 'pageDown',
  home: 'home',
  end: 'end',
};

/** Rows of the chat that are not the transcript: header, rule, status, answer label. */
const FIXED_ROWS = 4;

interface ChatViewProps {
  driver: InterviewDriver;
  /** The draft the driver's saves carry; set here in effects only. */
  draftHolder: DraftHolder;
  initialDraft: string;
  nav: ReturnType<typeof useNavigation>;
}

function ChatView({ driver, draftHolder, initialDraft, nav }: ChatViewProps): ReactNode {
  const services = useServices();
  const { sessions } = useRepositories();
  const { columns, rows } = useTerminalSize();
  const snap = useSyncExternalStore(driver.subscribe, driver.getSnapshot);
  const { state, session } = snap;
  const [draft, setDraft] = useState(initialDraft);
  const [confirmLeave, setConfirmLeave] = useState(false);
  const [thinkingOpen, setThinkingOpen] = useState(false);
  const [now, setNow] = useState(services.now());
  // tok/s shown in the status row: recomputed on the 1 s clock tick, not on every batch.
  const [rate, setRate] = useState<number | null>(null);
  const streaming = state.reply === 'streaming';

  useLayoutEffect(() => {
    draftHolder.set(draft);
  });

  // The draft: saved a moment after typing stops (and on leaving, in Chat).
  const [draftSeen, setDraftSeen] = useState(draft);
  useEffect(() => {
    if (draft === draftSeen) return;
    const t = setTimeout(() => {
      setDraftSeen(draft);
      void sessions.save({ ...driver.getSnapshot().session, draft: draft || undefined });
    }, SAVE_DRAFT_MS);
    return () => clearTimeout(t);
  }, [draft, draftSeen, sessions, driver]);

  // The per-question clock, and the reply's rate from the first token on, once a second. While a
  // reply streams the second's update rides on a stream batch (same task, so one render and one
  // frame) instead of a timer of its own, which cost an extra frame each second (bench/: CPU); the
  // timer still ticks when no batch came for a second (waiting for the first token, answering).
  useEffect(() => {
    let firstAt: number | undefined;
    let attempt = 0;
    let lastTick = services.now();
    const tick = (): void => {
      const t = services.now();
      lastTick = t;
      setNow(t);
      const live = driver.getSnapshot().live;
      if (!live || live.attempt !== attempt) {
        attempt = live?.attempt ?? 0;
        firstAt = undefined;
      }
      if (live?.text && firstAt === undefined) firstAt = t;
      const secs = firstAt !== undefined ? (t - firstAt) / 1000 : 0;
      setRate(live && secs > 0.5 ? Math.round(live.text.length / 4 / secs) : null);
    };
    const due = (): boolean => services.now() - lastTick >= 950;
    const timer = setInterval(() => due() && tick(), 250);
    const off = driver.subscribe(() => {
      if (driver.getSnapshot().state.reply === 'streaming' && due()) tick();
    });
    return () => {
      clearInterval(timer);
      off();
    };
  }, [driver, services]);

  // Layout: every row of the screen is accounted for, so the frame is exactly as tall as its space.
  const height = rows - 1; // the shell's hint bar takes the last row
  const editorRows = rows >= 32 ? 6 : rows >= 27 ? 4 : 3;
  const width = columns - 1;
  const error = isProviderError(snap.failure) ? snap.failure : undefined;
  const errorBox = error
    ? { title: safeText(error.title, { oneLine: true }), fix: safeText(`${error.fix} Ctrl+R retries.`), logHint: `Full error in Logs${error.logId ? ` (entry ${safeText(error.logId, { oneLine: true })})` : ''}.` }
    : undefined;
  const errorRows = errorBox ? errorBoxHeight({ ...errorBox, width: columns }) : 0;
  // The model's thinking, apart from the reply and never part of it: one dim row, or its last lines.
  const reasoning = snap.live?.reasoning ?? '';
  const thinking = reasoning ? thinkingRows(reasoning, thinkingOpen, width) : [];
  const viewRows = Math.max(1, height - FIXED_ROWS - editorRows - errorRows - thinking.length);

  const liveText = snap.live && session.turns.at(-1)?.streaming ? snap.live.text : undefined;
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

  const hasThinking = reasoning !== '';
  useEffect(() => {
    nav.setTyping(state.phase === 'answering' && !reading);
  }, [state.phase, reading, nav]);

  // The keys as data: what they do, and (from the same table) the hint bar and `?` help.
  const ended = state.phase === 'ended';
  const talking = !confirmLeave && !reading && !ended;
  const bindings: Binding<ChatHandler>[] = [
    { on: ['y'], keys: 'y', action: 'leave (answer kept)', by: 'dialog', when: confirmLeave },
    { on: ['n'], keys: 'n', action: 'stay', by: 'dialog', when: confirmLeave },
    // Reading back: the editor is put aside, so plain letters scroll.
    { on: ['up', 'k', 'down', 'j'], keys: '↑↓ PgUp PgDn', action: 'scroll', handler: 'scroll', when: reading && !confirmLeave },
    { on: ['pageup', 'pagedown', 'space'], keys: 'PgUp PgDn', action: 'scroll', handler: 'scroll', when: reading && !confirmLeave, hint: false },
    { on: ['home', 'end'], keys: 'Home End', action: 'top, bottom', handler: 'scroll', when: reading && !confirmLeave },
    { on: ['escape', 'enter'], keys: 'Esc', action: 'back to your answer', handler: 'follow', when: reading && !confirmLeave },
    // The interview is over.
    { on: ['enter'], keys: 'Enter', action: 'feedback', handler: 'enter', when: ended && !reading && !confirmLeave && session.status === 'finished' },
    { on: ['enter'], keys: 'Enter', action: 'home', handler: 'enter', when: ended && !reading && !confirmLeave && session.status !== 'finished', hint: false },
    { on: ['escape'], keys: 'Esc', action: 'home', handler: 'escape', when: ended && !reading && !confirmLeave },
    // The interview runs: Enter and Ctrl+J belong to the answer editor.
    { on: ['enter'], keys: 'Enter', action: 'send', by: 'editor', when: talking },
    { on: ['ctrl+j'], keys: 'Ctrl+J', action: 'newline', by: 'editor', when: talking },
    { on: ['escape'], keys: 'Esc', action: streaming ? 'cancel reply' : 'leave (saved)', handler: 'escape', when: talking },
    { on: ['ctrl+r'], keys: 'Ctrl+R', action: 'retry', handler: 'retry', when: talking },
    { on: ['ctrl+e'], keys: 'Ctrl+E', action: 'end', handler: 'end', when: talking },
    { on: ['ctrl+t'], keys: 'Ctrl+T', action: thinkingOpen ? 'fold thinking' : 'show thinking', handler: 'thinking', when: talking && hasThinking },
    { on: ['pageup'], keys: 'PgUp', action: 'read back', handler: 'scroll', when: !reading && !confirmLeave },
    { on: ['pagedown'], keys: 'PgDn', action: 'scroll', handler: 'scroll', when: !reading && !confirmLeave, hint: false },
  ];
  useBindings(bindings, {
    scroll: ({ name }) => scroll(SCROLL_KEYS[name] ?? 'end'),
    follow: () => scroll('end'),
    enter: () => (session.status === 'finished' ? nav.replace({ screen: 'feedback', sessionId: session.id }) : nav.back()),
    retry: () => void driver.retry(),
    // Graded on the feedback screen, where the grading can be watched, cancelled and redone.
    end: () => void driver.end({ grade: false }),
    thinking: () => setThinkingOpen((o) => !o),
    escape: () => {
      if (streaming) driver.cancel();
      // A typed answer is never dropped silently: it is saved with the session, and Esc asks first.
      else if (draftHolder.get()?.trim() && state.phase === 'answering') setConfirmLeave(true);
      else nav.back();
    },
  });

  // Stable across stream batches, so the memoised editor is not rendered again for each one.
  const onFirstKey = useCallback(() => driver.answerStarted(), [driver]);
  const onSubmit = useCallback(
    (text: string) => {
      if (!text.trim()) return;
      setDraft('');
      draftHolder.set('');
      void driver.answer(text);
    },
    [driver, draftHolder],
  );

  const asked = questionsAsked(session);
  const elapsed = state.questionShownAtMs ? formatDuration(Math.max(0, now - state.questionShownAtMs)) : '';
  const header = ` mockview · ${TYPE_LABELS[session.setup.type]} · ${safeText(session.setup.role, { oneLine: true })} (${session.setup.level}) · ${safeText(session.modelLabel, { oneLine: true })}`;
  // The count is the plan's (the driver ends the interview there itself).
  const planned = driver.plan.slots.length || session.setup.questionCount;
  const qText = `Q${Math.min(Math.max(asked, 1), planned)}/${planned}  ${elapsed}`;
  const status = statusRow({ snap, rate, reading, top: view.top, total: transcript.length, viewRows, asked });

  return (
    <Box flexDirection="column" width={columns} height={height} overflowY="hidden">
      <ChatHeader header={header} qText={qText} columns={columns} />
      <Viewport rows={transcript} top={view.top} height={viewRows} />
      {thinking.map((line, i) => (
        <Text key={`thinking-${i}`} dimColor italic wrap="truncate-end">
          {line || ' '}
        </Text>
      ))}
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
      {ANSWER_LABEL}
      <Box height={editorRows} flexDirection="column" overflowY="hidden">
        <AnswerEditor
          value={draft}
          onChange={setDraft}
          maxRows={editorRows}
          width={columns - 3}
          disabled={state.phase !== 'answering' || reading || confirmLeave}
          placeholder={state.phase === 'answering' ? 'Type your answer…' : ''}
          onFirstKey={onFirstKey}
          onSubmit={onSubmit}
          clearOnSubmit
        />
      </Box>
    </Box>
  );
}

// What does not change while a reply streams is not rendered again on each stream batch: the
// header (it changes with the clock, once a second), the label and the editor (bench/: CPU).
const AnswerEditor = memo(MultiLineEditor);

const ANSWER_LABEL = (
  <Text wrap="truncate-end">
    <Text bold>› Your answer</Text>
    <Text dimColor> (Enter send · Ctrl+J newline)</Text>
  </Text>
);

const ChatHeader = memo(function ChatHeader({ header, qText, columns }: { header: string; qText: string; columns: number }): ReactNode {
  return (
    <>
      <Box height={1}>
        <Text bold wrap="truncate-end">
          {truncateToWidth(header, Math.max(10, columns - qText.length - 2))}
        </Text>
        <Box flexGrow={1} />
        <Text>{qText} </Text>
      </Box>
      <Text dimColor>{'─'.repeat(Math.max(1, columns - 1))}</Text>
    </>
  );
});

/** The thinking part: collapsed, one dim row; open, its last lines. Model text, made safe. */
function thinkingRows(reasoning: string, open: boolean, width: number): string[] {
  const clean = safeText(reasoning, { tabWidth: 2 });
  if (!open) {
    const last = clean.replace(/\s+/g, ' ').trim().slice(-Math.max(10, width - 40));
    return [truncateToWidth(`▸ thinking… ${last} (Ctrl+T shows)`, width)];
  }
  const lines = wrapText(clean.trim(), Math.max(10, width - 2)).slice(-THINKING_ROWS);
  return [truncateToWidth('▾ thinking (Ctrl+T folds)', width), ...lines.map((l) => `  ${l}`)];
}

interface StatusInput {
  snap: DriverSnapshot;
  rate: number | null;
  reading: boolean;
  top: number;
  total: number;
  viewRows: number;
  asked: number;
}

const oneLine = (text: string): string => safeText(text, { oneLine: true });

/** Why an attempt was rejected, in the candidate's words (the rule broken), not the note sent to the model. */
const rejectedWhy = (r: Rejected): string => (r.violations.length ? flagLabels(r.violations.map((v) => v.rule)).join('; ') : 'its question number could not be read');

/** The one status row: what is happening now, short, so rewriting it costs little. */
function statusRow({ snap, rate, reading, top, total, viewRows, asked }: StatusInput): { text: string; dim?: boolean; color?: string } {
  const { state, live, rejected } = snap;
  if (reading) {
    const end = Math.min(total, top + viewRows);
    return { text: `Reading back · lines ${total ? top + 1 : 0}–${end} of ${total} · End or Esc returns`, color: 'yellow' };
  }
  if (state.reply === 'streaming') {
    // A rejected attempt is being regenerated: say why, rather than leave the rejected text standing.
    const again = live && live.attempt > 1 ? rejected.at(-1) : undefined;
    if (again) return { text: `↻ asked again: ${oneLine(rejectedWhy(again))}`, color: 'yellow' };
    if (live?.reasoning && !live.text) return { text: '… thinking · Esc cancel', dim: true };
    return { text: live?.text ? `● streaming${rate ? ` ${formatRate(rate)}` : ''} · Esc cancel · Ctrl+R retry` : '… waiting for the first token · Esc cancel', dim: true };
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
  if (snap.stopReason === 'max_tokens' && state.phase === 'answering') {
    return { text: 'Reply cut at the model’s max_tokens limit. Ctrl+R asks again, or raise max_tokens (Models → edit).', color: 'yellow' };
  }
  if (snap.saveError) return { text: `✗ Not saved: ${oneLine(snap.saveError)}`, color: 'red' };
  if (rejected.length && state.phase === 'answering') return { text: `↻ asked again once: ${oneLine(rejectedWhy(rejected.at(-1)!))}`, dim: true };
  if (snap.notice) return { text: oneLine(snap.notice), dim: true };
  return { text: '' };
}
