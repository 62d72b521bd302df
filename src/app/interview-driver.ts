// The one interview driver (issue 15 item 2): runs an interview for the full-screen chat and the
// headless CLI alike. Framework-free (no React, no Ink): a screen reads it with
// `useSyncExternalStore(driver.subscribe, driver.getSnapshot)` and calls its actions.
//
// Each interviewer turn: plan (what comes next, src/interview/plan.ts) → request (the directive as
// text for a model and as data for the demo) → stream (text batched to subscribers every `batchMs`,
// reasoning kept apart, the session saved every `saveEveryMs`) → place the reply by its marker (one
// re-mark request when it cannot be placed, never a guess) → rule check (src/interview/rules.ts; one
// corrective regeneration that says what was wrong, then the turn is stored with `flags`) → save.
// At the end: grading through the grader's gradeSession (private notes added as data) → save.
//
// API
//   createInterviewDriver({ session, provider, save, now?, previousQuestions?, grader?, batchMs?, saveEveryMs? })
//     save: store.saveSession, or the sessions repository's save (its WriteResult failure → snapshot.saveError)
//   subscribe(listener) → unsubscribe          getSnapshot() → DriverSnapshot (a new object per change)
//   start()      asks the first question, or continues a resumed session (asks if an answer is waiting)
//   answerStarted()  the first keystroke of an answer (for timing)
//   answer(text) submits the answer; resolves when the next interviewer message is placed (or failed)
//   cancel()     stops the reply or the grading in flight; a partial reply is kept, marked cut
//   retry()      drops the interviewer turn after the last answer (never an answer) and asks again
//   end({ grade }) ends the interview now; with grade (default true) and an answer, grades it
//   regrade({ provider?, modelName? })  grades an ended interview again (e.g. with another model)
//   dispose()    cancels whatever runs and stops notifying
// Helpers: previousQuestionsFor(store, session) → earlier sessions' main questions of the type (the
// question itself, self-introduction left out) for `previousQuestions`; flagLabels(turn.flags) → words.
// Actions never throw for provider failures: the snapshot's `error` / `failure` say what went wrong.
import { isProviderError } from '../models/provider-error.js';
import { gradeSession } from '../interview/feedback.js';
import { withInterviewerNotes } from '../interview/grader-notes.js';
import { nextDirective, planInterview, mainQuestionTurns, type InterviewPlan } from '../interview/plan.js';
import { expectedMarkers, fallbackPlacement, placeReply, type KnownPlacement, type Placement } from '../interview/placement.js';
import { buildInterviewRequest, MAX_PREVIOUS_QUESTIONS, type Rejection } from '../interview/prompts.js';
import { parseInterviewerReply } from '../interview/reply.js';
import { checkReply, correctionFor, RULE_LABELS, type Violation } from '../interview/rules.js';
import { ruleLabel } from '../interview/labels.js';
import { askedQuestions, initialSessionState, isInterviewComplete, resumeSessionState, sessionReducer, type PlacedReply, type SessionAction, type SessionState } from '../interview/session.js';
import { questionOf } from '../interview/similarity.js';
import type { Provider, TurnDirective } from '../providers/types.js';
import type { Session } from '../store/schema.js';
import type { Store } from '../store/types.js';

export const SAVE_WHILE_STREAMING_MS = 2000;
export const BATCH_MS = 50;

/** What a repository's write returns (src/app/results.ts WriteResult): only the failure message is read. */
export type SaveOutcome = { ok: true } | { ok: false; message: string };

export interface InterviewDriverOptions {
  /** A new session (createSession) or a stored one to continue. */
  session: Session;
  provider: Provider;
  /**
   * Saves the session: the store's saveSession (throws on failure) or the sessions repository's save
   * (a Promise of a WriteResult). A failing save is reported in the snapshot, never thrown into a stream.
   */
  save: (session: Session) => unknown;
  now?: () => number;
  /** Earlier sessions' main questions (self-introduction excluded), newest first. */
  previousQuestions?: readonly string[];
  /** The grader; defaults to the interview's provider and model. */
  grader?: { provider: Provider; modelName: string };
  /** How long stream text gathers before subscribers hear of it; a function is asked at each batch (the screen's size can change). */
  batchMs?: number | (() => number);
  saveEveryMs?: number;
}

/** One rejected attempt at the current turn, for the view and the harness. */
export interface Rejected {
  kind: 'remark' | 'correction';
  reply: string;
  why: string;
  violations: Violation[];
}

export interface DriverSnapshot {
  state: SessionState;
  session: Session;
  /** The reply streaming now, as the candidate would see it (markers and notes stripped). */
  live: { text: string; reasoning: string; attempt: number } | undefined;
  /** What the app asked for in the current (or last) turn. */
  directive: TurnDirective | undefined;
  /** Attempts rejected in the current (or last) turn. */
  rejected: Rejected[];
  /** The grader's reply so far while grading. */
  grading: string | undefined;
  /** The last provider failure (its class and fix are on the ProviderError). */
  failure: unknown;
  /** The last save failure, if the store refused. */
  saveError: string | undefined;
  /** Something the user should know that is not an error (e.g. retried with an inference profile). */
  notice: string | undefined;
  /** How the last reply ended (max_tokens, end_turn…), as the provider said; undefined while none ended. */
  stopReason: string | undefined;
  /** The interview reached its farewell (or was ended). */
  finished: boolean;
  /** Every request sent, in order (for the harness and the log). */
  requests: number;
}

export interface InterviewDriver {
  subscribe(listener: () => void): () => void;
  getSnapshot(): DriverSnapshot;
  readonly plan: InterviewPlan;
  start(): Promise<void>;
  answerStarted(): void;
  answer(text: string): Promise<void>;
  cancel(): void;
  retry(): Promise<void>;
  end(opts?: { grade?: boolean }): Promise<void>;
  regrade(opts?: { provider?: Provider; modelName?: string }): Promise<void>;
  dispose(): void;
}

const errorText = (e: unknown): string => (isProviderError(e) ? e.title : e instanceof Error ? e.message : String(e));

export function createInterviewDriver(opts: InterviewDriverOptions): InterviewDriver {
  const now = opts.now ?? Date.now;
  const batchMs = opts.batchMs ?? BATCH_MS;
  const saveEveryMs = opts.saveEveryMs ?? SAVE_WHILE_STREAMING_MS;
  const previous = [...new Set(opts.previousQuestions ?? [])];
  const plan = planInterview(opts.session.setup);
  const startedAt = Date.parse(opts.session.createdAt) || now();

  let state: SessionState = opts.session.turns.length || opts.session.status === 'finished' ? resumeSessionState(opts.session, now()) : initialSessionState(opts.session);
  let live: DriverSnapshot['live'];
  /** The reply so far, parsed into live.text when subscribers are told (once a batch, not per token). */
  let liveRaw: string | undefined;
  let directive: TurnDirective | undefined;
  let rejected: Rejected[] = [];
  let grading: string | undefined;
  let failure: unknown;
  let saveError: string | undefined;
  let notice: string | undefined;
  let stopReason: string | undefined;
  let requests = 0;
  let lastSave = 0;
  let controller: AbortController | undefined;
  let disposed = false;
  /** The turn or grading in flight, so end/retry can wait for an aborted stream to settle. */
  let running: Promise<void> | undefined;
  const track = (p: Promise<void>): Promise<void> => {
    running = p.finally(() => {
      if (running === tracked) running = undefined;
    });
    const tracked = running;
    return tracked;
  };
  async function stopRunning(): Promise<void> {
    controller?.abort();
    if (running) await running;
  }

  const listeners = new Set<() => void>();
  let snapshot = makeSnapshot();
  let timer: ReturnType<typeof setTimeout> | undefined;

  function makeSnapshot(): DriverSnapshot {
    return {
      state,
      session: state.session,
      live,
      directive,
      rejected,
      grading,
      failure,
      saveError,
      notice,
      stopReason,
      finished: state.phase === 'ended' || state.phase === 'grading' || state.session.status === 'finished',
      requests,
    };
  }
  function emitNow(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (live && liveRaw !== undefined) live = { ...live, text: parseInterviewerReply(liveRaw).text };
    liveRaw = undefined;
    snapshot = makeSnapshot();
    if (!disposed) for (const l of [...listeners]) l();
  }
  /** Stream updates are batched: at most one notification per batchMs. */
  function emitSoon(): void {
    if (timer || disposed) return;
    timer = setTimeout(emitNow, typeof batchMs === 'function' ? batchMs() : batchMs);
  }
  function dispatch(action: SessionAction): void {
    state = sessionReducer(state, action);
  }
  function save(force: boolean): void {
    if (!force && now() - lastSave < saveEveryMs) return;
    lastSave = now();
    const saved = (outcome: unknown): void => {
      const failed = typeof outcome === 'object' && outcome !== null && (outcome as SaveOutcome).ok === false;
      saveError = failed ? (outcome as { message: string }).message : undefined;
    };
    try {
      const outcome = opts.save(state.session);
      if (outcome instanceof Promise) {
        outcome.then(saved, (e: unknown) => void (saveError = errorText(e))).finally(emitSoon);
      } else saved(outcome);
    } catch (e) {
      saveError = errorText(e);
    }
  }

  /** This session's main questions (the question itself), then earlier sessions'. */
  function avoidList(): string[] {
    const here = mainQuestionTurns(state.session).map((t) => questionOf(t.text));
    return [...new Set([...here, ...previous])].slice(0, MAX_PREVIOUS_QUESTIONS + here.length);
  }

  /** Streams one attempt; returns the raw text. Throws the provider's error. */
  async function streamOnce(d: TurnDirective, rejection: Rejection | undefined, attempt: number): Promise<string> {
    const request = buildInterviewRequest(state.session, { previousQuestions: previous, directive: d, ...(rejection ? { rejection } : {}) });
    requests++;
    controller = new AbortController();
    let raw = '';
    let reasoning = '';
    live = { text: '', reasoning: '', attempt };
    liveRaw = undefined;
    stopReason = undefined;
    emitNow();
    for await (const event of opts.provider.stream(request, controller.signal)) {
      if (event.type === 'stop') stopReason = event.reason;
      if (event.type === 'notice') {
        notice = event.message;
        emitSoon();
      }
      if (event.type === 'reasoning') {
        // Thinking is shown apart and never becomes part of the reply or the transcript.
        reasoning += event.text;
        live = { text: live?.text ?? '', reasoning, attempt };
        emitSoon();
        continue;
      }
      if (event.type !== 'text') continue;
      raw += event.text;
      dispatch({ type: 'streamDelta', text: event.text });
      liveRaw = raw;
      if (live?.reasoning !== reasoning || live.attempt !== attempt) live = { text: live?.text ?? '', reasoning, attempt };
      save(false);
      emitSoon();
    }
    return raw;
  }

  /** One interviewer turn, from the plan to the stored (possibly flagged) turn. */
  async function askNext(): Promise<void> {
    if (disposed || state.phase !== 'asking' || state.reply === 'streaming') return;
    const planned = nextDirective(state.session, plan, { elapsedMs: now() - startedAt });
    if (!planned) return;
    const d: TurnDirective = { ...planned, avoid: avoidList() };
    directive = d;
    rejected = [];
    failure = undefined;
    dispatch({ type: 'streamStarted', atMs: now() });
    save(true);
    let rejection: Rejection | undefined;
    let remarked = false;
    let corrected = false;
    const flags: string[] = [];
    try {
      for (let attempt = 1; ; attempt++) {
        if (attempt > 1) dispatch({ type: 'streamRestarted', atMs: now() });
        const raw = await streamOnce(d, rejection, attempt);
        const reply = parseInterviewerReply(raw);
        const first: Placement = placeReply(reply, d);
        if (first.kind === 'unplaced') {
          if (!remarked) {
            remarked = true;
            const why = `the app could not place your last message: ${first.why}. Send the same message again, starting with ${expectedMarkers(d)}.`;
            rejected = [...rejected, { kind: 'remark', reply: raw, why, violations: [] }];
            rejection = { reply: raw, why };
            continue;
          }
          flags.push('unmarked');
        }
        let placement: KnownPlacement = first.kind === 'unplaced' ? fallbackPlacement(d) : first;
        const sessionQuestions = mainQuestionTurns(state.session).map((t) => questionOf(t.text));
        const violations = checkReply({ reply, directive: d, placement, sessionQuestions, previousQuestions: previous });
        if (violations.length && !corrected) {
          corrected = true;
          const why = correctionFor(violations);
          rejected = [...rejected, { kind: 'correction', reply: raw, why, violations }];
          rejection = { reply: raw, why };
          continue;
        }
        flags.push(...violations.map((v) => v.rule));
        // An early end that persists never ends the interview: the app owns the count.
        if (violations.some((v) => v.rule === 'no-early-end') && (placement.kind === 'farewell' || placement.kind === 'close')) placement = fallbackPlacement(d);
        const stage =
          placement.kind === 'main' ? plan.slots[placement.number - 1]?.stage : placement.kind === 'follow-up' || placement.kind === 'continuation' ? d.current?.stage : undefined;
        const placed: PlacedReply = {
          text: reply.text,
          placement,
          ...(stage ? { stage } : {}),
          ...(flags.length ? { flags: [...new Set(flags)] } : {}),
          ...(reply.notes ? { notes: reply.notes } : {}),
          ...(stopReason === 'max_tokens' ? { cut: true } : {}),
        };
        dispatch({ type: 'streamDone', atMs: now(), placed });
        break;
      }
    } catch (e) {
      // A cancel is the user's own doing: the state says 'cancelled', no failure to explain.
      if (isProviderError(e) && e.errorClass === 'cancelled') dispatch({ type: 'streamCancelled', atMs: now() });
      else {
        failure = e;
        dispatch({ type: 'streamFailed', error: errorText(e), atMs: now() });
      }
    } finally {
      controller = undefined;
      live = undefined;
      save(true);
      emitNow();
    }
  }

  async function grade(provider: Provider, modelName: string): Promise<void> {
    if (state.phase !== 'grading') return;
    grading = '';
    failure = undefined;
    emitNow();
    controller = new AbortController();
    try {
      const feedback = await gradeSession(state.session, withInterviewerNotes(provider, state.session), {
        graderModel: modelName,
        signal: controller.signal,
        onText: (text) => {
          grading = text;
          emitSoon();
        },
      });
      dispatch({ type: 'feedbackReady', feedback, atMs: now() });
    } catch (e) {
      if (!(isProviderError(e) && e.errorClass === 'cancelled')) failure = e;
      dispatch({ type: 'gradingFailed', error: errorText(e), atMs: now() });
    } finally {
      controller = undefined;
      grading = undefined;
      save(true);
      emitNow();
    }
  }

  const defaultGrader = (): { provider: Provider; modelName: string } =>
    opts.grader ?? { provider: opts.provider, modelName: state.session.setup.graderModelName ?? state.session.setup.modelName };

  return {
    plan,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    async start() {
      if (state.phase === 'setup') dispatch({ type: 'start', atMs: now() });
      save(true);
      emitNow();
      await track(askNext());
    },
    answerStarted() {
      dispatch({ type: 'answerStarted', atMs: now() });
    },
    async answer(text) {
      if (state.phase !== 'answering' || !text.trim()) return;
      dispatch({ type: 'answerSubmitted', text, atMs: now() });
      save(true);
      emitNow();
      await track(askNext());
    },
    cancel() {
      controller?.abort();
    },
    async retry() {
      await stopRunning();
      dispatch({ type: 'retryLastTurn', atMs: now() });
      save(true);
      emitNow();
      await track(askNext());
    },
    async end(o = {}) {
      // Let an aborted stream settle (its partial text kept, marked cut) before the session is closed.
      await stopRunning();
      dispatch({ type: 'end', atMs: now(), grade: o.grade !== false });
      save(true);
      emitNow();
      if (o.grade !== false) {
        const g = defaultGrader();
        await track(grade(g.provider, g.modelName));
      }
    },
    async regrade(o = {}) {
      if (state.phase !== 'ended') return;
      dispatch({ type: 'regrade', atMs: now() });
      const g = defaultGrader();
      await track(grade(o.provider ?? g.provider, o.modelName ?? g.modelName));
    },
    dispose() {
      controller?.abort();
      disposed = true;
      if (timer) clearTimeout(timer);
      listeners.clear();
    },
  };
}

/** Is there nothing left to ask (farewell sent, or the session finished)? */
export const interviewOver = (s: DriverSnapshot): boolean => s.finished || isInterviewComplete(s.session);

/** The one-line label for a flagged turn's rules. */
export const flagLabels = (flags: readonly string[] | undefined): string[] =>
  // In the interface language (ruleLabel); RULE_LABELS stays the English sent to the model.
  (flags ?? []).map((f) => (f in RULE_LABELS ? ruleLabel(f) : f));

/** Main questions of earlier sessions (self-introduction and later problem phases left out), newest first. */
export function earlierQuestions(sessions: readonly Session[], exceptId?: string): string[] {
  const out: string[] = [];
  for (const s of sessions) if (s.id !== exceptId) out.push(...askedQuestions(s));
  return [...new Set(out)];
}

/** Earlier sessions' main questions for this interview type, newest first (the self-introduction left out). */
export function previousQuestionsFor(store: Pick<Store, 'listSessions' | 'getSession'>, session: Session, maxSessions = 50): string[] {
  const ids = store
    .listSessions()
    .filter((s) => s.id !== session.id && s.type === session.setup.type)
    .slice(0, maxSessions)
    .map((s) => s.id);
  const sessions = ids.map((id) => store.getSession(id)).filter((s): s is Session => s !== undefined);
  return earlierQuestions(sessions, session.id);
}
