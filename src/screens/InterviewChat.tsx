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
import { levelLabel, modelLabelText, typeLabel } from '../interview/labels.js';
import { t as translate } from '../i18n/index.js';
import { useT } from '../hooks/useT.js';
import { questionsAsked } from '../interview/session.js';
import { useNavigation, useServices } from '../navigation.js';
import type { Session } from '../store/schema.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding, KeyName } from '../keys/bindings.js';
import { safeText } from '../terminal/safe-text.js';
import { truncateToWidth, wrapText } from '../components/text-layout.js';
import stringWidth from 'string-width';
import { MissingSession } from './MissingSession.js';

/**
 * Stream batches, one frame each: about 8.5 frames a second reach the terminal (with 50 ms batches
 * Ink's 15-frame limit let about 10 through), at half the renders (bench/: bytes and CPU per reply).
 */
export const FLUSH_MS = 100;

/**
 * Ink's cost for a frame grows with the screen's cells (it builds and measures every cell, changed
 * or not): a large terminal gets its batches further apart, up to 160 ms at 200×50 (≈ 6 frames a
 * second, 16 tokens at 100 tokens/s: a third of a 200-column row), so streaming costs about the same
 * share of a core at any size. Up to 4,000 cells (80×24, 100×40) the batches stay at FLUSH_MS.
 */
export function flushMsFor(cells: number): number {
  if (cells <= 4000) return FLUSH_MS;
  return Math.round(Math.min(160, FLUSH_MS + ((cells - 4000) * 60) / 6000));
}
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
  useT();
  const nav = useNavigation();
  const { sessions } = useRepositories();
  const [stored] = useState(() => sessions.get(sessionId));
  if (!stored) return <MissingSession id={sessionId} />;
  if (stored.status === 'damaged') return <Text color="red">{safeText(translate('interview.chat.unreadable', { message: stored.message }), { oneLine: true })}</Text>;
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

/** A value the driver reads when it needs it, set by the screen's effects. */
class Holder<T> {
  constructor(private value: T) {}
  set(value: T): void {
    this.value = value;
  }
  get(): T {
    return this.value;
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
  const { columns, rows } = useTerminalSize();
  // The screen's size as the driver's batches see it (asked at each batch; set in effects only).
  const [screenCells] = useState(() => new Holder(columns * rows));
  useEffect(() => screenCells.set(columns * rows), [screenCells, columns, rows]);
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
      batchMs: () => flushMsFor(screenCells.get()),
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
  useT();
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
    ? { title: safeText(error.title, { oneLine: true }), fix: safeText(translate('interview.chat.retries', { fix: error.fix })), logHint: error.logId ? translate('interview.chat.logHintEntry', { id: safeText(error.logId, { oneLine: true }) }) : translate('interview.chat.logHint') }
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
    // Leaving the screen leaves typing: `?` is help again on the next one.
    return () => nav.setTyping(false);
  }, [state.phase, reading, nav]);

  // The keys as data: what they do, and (from the same table) the hint bar and `?` help.
  const ended = state.phase === 'ended';
  const talking = !confirmLeave && !reading && !ended;
  const bindings: Binding<ChatHandler>[] = [
    { on: ['y'], keys: 'y', action: translate('interview.chat.keys.leave'), by: 'dialog', when: confirmLeave },
    { on: ['n', 'escape'], keys: 'n/Esc', action: translate('interview.chat.keys.stay'), by: 'dialog', when: confirmLeave },
    // Reading back: the editor is put aside, so plain letters scroll.
    { on: ['up', 'k', 'down', 'j'], keys: '↑↓ PgUp PgDn', action: translate('interview.chat.keys.scroll'), handler: 'scroll', when: reading && !confirmLeave },
    { on: ['pageup', 'pagedown', 'space'], keys: 'PgUp PgDn', action: translate('interview.chat.keys.scroll'), handler: 'scroll', when: reading && !confirmLeave, hint: false },
    { on: ['home', 'end'], keys: 'Home End', action: translate('interview.chat.keys.topBottom'), handler: 'scroll', when: reading && !confirmLeave },
    { on: ['escape', 'enter'], keys: 'Esc', action: translate('interview.chat.keys.backToAnswer'), handler: 'follow', when: reading && !confirmLeave },
    // The interview is over.
    { on: ['enter'], keys: 'Enter', action: translate('interview.chat.keys.feedback'), handler: 'enter', when: ended && !reading && !confirmLeave && session.status === 'finished' },
    { on: ['enter'], keys: 'Enter', action: translate('interview.chat.keys.home'), handler: 'enter', when: ended && !reading && !confirmLeave && session.status !== 'finished', hint: false },
    { on: ['escape'], keys: 'Esc', action: translate('interview.chat.keys.home'), handler: 'escape', when: ended && !reading && !confirmLeave },
    // The interview runs: Enter and Ctrl+J belong to the answer editor.
    { on: ['enter'], keys: 'Enter', action: translate('interview.chat.keys.send'), by: 'editor', when: talking },
    { on: ['ctrl+j'], keys: 'Ctrl+J', action: translate('interview.chat.keys.newline'), by: 'editor', when: talking },
    { on: ['escape'], keys: 'Esc', action: streaming ? translate('interview.chat.keys.cancelReply') : translate('interview.chat.keys.leaveSaved'), handler: 'escape', when: talking },
    { on: ['ctrl+r'], keys: 'Ctrl+R', action: translate('interview.chat.keys.retry'), handler: 'retry', when: talking },
    { on: ['ctrl+e'], keys: 'Ctrl+E', action: translate('interview.chat.keys.end'), handler: 'end', when: talking },
    { on: ['ctrl+t'], keys: 'Ctrl+T', action: thinkingOpen ? translate('interview.chat.keys.foldThinking') : translate('interview.chat.keys.showThinking'), handler: 'thinking', when: talking && hasThinking },
    { on: ['pageup'], keys: 'PgUp', action: translate('interview.chat.keys.readBack'), handler: 'scroll', when: !reading && !confirmLeave },
    { on: ['pagedown'], keys: 'PgDn', action: translate('interview.chat.keys.scroll'), handler: 'scroll', when: !reading && !confirmLeave, hint: false },
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
  const header = translate('interview.chat.header', {
    type: typeLabel(session.setup.type),
    role: safeText(session.setup.role, { oneLine: true }),
    level: levelLabel(session.setup.level),
    model: safeText(modelLabelText(session.modelLabel), { oneLine: true }),
  });
  // The count is the plan's (the driver ends the interview there itself).
  const planned = driver.plan.slots.length || session.setup.questionCount;
  const qText = `${translate('interview.chat.progress', { n: Math.min(Math.max(asked, 1), planned), total: planned })}  ${elapsed}`;
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
          question={translate('interview.chat.leaveQuestion')}
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
      <AnswerLabel />
      <Box height={editorRows} flexDirection="column" overflowY="hidden">
        <AnswerEditor
          value={draft}
          onChange={setDraft}
          maxRows={editorRows}
          width={columns - 3}
          disabled={state.phase !== 'answering' || reading || confirmLeave}
          placeholder={state.phase === 'answering' ? translate('interview.chat.placeholder') : ''}
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

// Drawn again only when the interface language changes (useT), not on stream batches.
const AnswerLabel = memo(function AnswerLabel(): ReactNode {
  const t = useT();
  return (
    <Text wrap="truncate-end">
      <Text bold>{t('interview.chat.answerLabel')}</Text>
      <Text dimColor>{t('interview.chat.answerHint')}</Text>
    </Text>
  );
});

const ChatHeader = memo(function ChatHeader({ header, qText, columns }: { header: string; qText: string; columns: number }): ReactNode {
  return (
    <>
      <Box height={1}>
        <Text bold wrap="truncate-end">
          {truncateToWidth(header, Math.max(10, columns - stringWidth(qText) - 2))}
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
    return [truncateToWidth(translate('interview.chat.thinkingFolded', { last }), width)];
  }
  const lines = wrapText(clean.trim(), Math.max(10, width - 2)).slice(-THINKING_ROWS);
  return [truncateToWidth(translate('interview.chat.thinkingOpen'), width), ...lines.map((l) => `  ${l}`)];
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
const rejectedWhy = (r: Rejected): string => (r.violations.length ? flagLabels(r.violations.map((v) => v.rule)).join('; ') : translate('interview.chat.status.numberUnread'));

/** The one status row: what is happening now, short, so rewriting it costs little. */
function statusRow({ snap, rate, reading, top, total, viewRows, asked }: StatusInput): { text: string; dim?: boolean; color?: string } {
  const { state, live, rejected } = snap;
  if (reading) {
    const end = Math.min(total, top + viewRows);
    return { text: translate('interview.chat.status.reading', { from: total ? top + 1 : 0, to: end, total }), color: 'yellow' };
  }
  if (state.reply === 'streaming') {
    // A rejected attempt is being regenerated: say why, rather than leave the rejected text standing.
    const again = live && live.attempt > 1 ? rejected.at(-1) : undefined;
    if (again) return { text: translate('interview.chat.status.askedAgain', { why: oneLine(rejectedWhy(again)) }), color: 'yellow' };
    if (live?.reasoning && !live.text) return { text: translate('interview.chat.status.thinking'), dim: true };
    return { text: live?.text ? (rate ? translate('interview.chat.status.streamingRate', { rate: formatRate(rate) }) : translate('interview.chat.status.streaming')) : translate('interview.chat.status.waiting'), dim: true };
  }
  if (state.phase === 'ended') {
    return {
      text:
        state.session.status === 'finished'
          ? translate('interview.chat.status.over', { count: asked })
          : translate('interview.chat.status.paused'),
      color: 'green',
    };
  }
  if (state.reply === 'cancelled' && state.phase === 'answering') return { text: translate('interview.chat.status.replyCut'), dim: true };
  if (snap.stopReason === 'max_tokens' && state.phase === 'answering') {
    return { text: translate('interview.chat.status.maxTokens'), color: 'yellow' };
  }
  if (snap.saveError) return { text: translate('interview.chat.status.notSaved', { why: oneLine(snap.saveError) }), color: 'red' };
  if (rejected.length && state.phase === 'answering') return { text: translate('interview.chat.status.askedAgainOnce', { why: oneLine(rejectedWhy(rejected.at(-1)!)) }), dim: true };
  if (snap.notice) return { text: oneLine(snap.notice), dim: true };
  return { text: '' };
}
