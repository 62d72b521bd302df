// The interview as a reducer: what the chat screen does is a sequence of actions, and the persisted
// part (a Session from the store schema) is updated as it goes, so it can be saved after every
// action. Times are passed in (atMs) so the reducer stays pure and testable.
import type { Feedback, InterviewSetup, Session, Turn } from '../store/schema.js';
import { SCHEMA_VERSION } from '../store/schema.js';
import type { Placement } from './placement.js';
import { parseInterviewerReply } from './reply.js';
import { isSelfIntroduction, questionOf } from './similarity.js';
import { countWords } from './words.js';

/** A finished interviewer reply as the driver placed it (plan, rule checks); the reducer stores it as given. */
export interface PlacedReply {
  /** The display text: markers and notes stripped. */
  text: string;
  placement: Exclude<Placement, { kind: 'unplaced' }>;
  stage?: string;
  flags?: string[];
  notes?: string;
  /** The model stopped early (max_tokens): the text is cut. */
  cut?: boolean;
}

export type SessionPhase =
  | 'setup' // not started
  | 'asking' // the interviewer's turn: a reply is wanted or streaming
  | 'answering' // waiting for the candidate
  | 'grading' // feedback is being produced
  | 'ended'; // interview over (feedback may or may not be there)

/** What happened to the latest interviewer reply. 'idle' in 'asking' means: send the request now. */
export type ReplyStatus = 'idle' | 'streaming' | 'done' | 'cancelled' | 'failed';

export interface SessionState {
  phase: SessionPhase;
  reply: ReplyStatus;
  /** One-line summary of the last failure (stream or grading), for the view. */
  error?: string;
  session: Session;
  /** When the current question finished appearing; thinkMs counts from here. */
  questionShownAtMs?: number;
  /** First keystroke of the current answer. */
  answerStartedAtMs?: number;
}

export type SessionAction =
  | { type: 'start'; atMs: number }
  | { type: 'streamStarted'; atMs: number }
  | { type: 'streamDelta'; text: string }
  /** placed: the driver's reading of the reply; without it the reply's own markers are read (legacy path). */
  | { type: 'streamDone'; atMs: number; placed?: PlacedReply }
  /** A corrective regeneration or re-mark request starts: the live reply starts over. */
  | { type: 'streamRestarted'; atMs: number }
  | { type: 'streamCancelled'; atMs: number }
  | { type: 'streamFailed'; error: string; atMs: number }
  | { type: 'answerStarted'; atMs: number }
  | { type: 'answerSubmitted'; text: string; atMs: number }
  | { type: 'retryLastTurn'; atMs: number }
  /** End the interview; with grade (default true) and at least one answer, go on to 'grading'. */
  | { type: 'end'; atMs: number; grade?: boolean }
  /** Grade an ended interview again (the feedback screen's re-grade, `sessions grade`). */
  | { type: 'regrade'; atMs: number }
  | { type: 'feedbackReady'; feedback: Feedback; atMs: number }
  | { type: 'gradingFailed'; error: string; atMs: number };

const iso = (ms: number): string => new Date(ms).toISOString();

/** Sortable and file-name safe: 2026-11-24T17-05-00-abcd (UTC). */
export function createSession(setup: InterviewSetup, modelLabel: string, now: Date | number, random: () => number = Math.random): Session {
  const at = iso(typeof now === 'number' ? now : now.getTime());
  let suffix = '';
  while (suffix.length < 4) suffix += Math.floor(random() * 36).toString(36);
  return {
    version: SCHEMA_VERSION,
    id: `${at.slice(0, 19).replace(/:/g, '-')}-${suffix}`,
    createdAt: at,
    updatedAt: at,
    status: 'in-progress',
    setup,
    modelLabel,
    turns: [],
  };
}

/** An interviewer turn without a question number is the farewell ([End]); the close ([Close]) invites an answer first. */
export const isClosingTurn = (t: Turn): boolean => t.role === 'interviewer' && !t.streaming && t.questionNumber === undefined && t.stage !== 'close';

const isMainQuestion = (t: Turn): boolean => t.role === 'interviewer' && !t.followUp && !t.continuation && t.questionNumber !== undefined;

const mainQuestionNumbers = (turns: Turn[]): number[] => turns.filter(isMainQuestion).map((t) => t.questionNumber!);

/** Later phases of one problem (system design, coding) are not questions of their own for later sessions. */
const LATER_PHASES = new Set(['high-level-design', 'deep-dive', 'scaling', 'code', 'tests', 'complexity']);

export function questionsAsked(session: Pick<Session, 'turns'>): number {
  return new Set(mainQuestionNumbers(session.turns)).size;
}

/**
 * The main questions of a session, in order, as the question itself (no acknowledgement before it):
 * what a later session should not repeat. The self-introduction and later phases of one problem are left out.
 */
export function askedQuestions(session: Pick<Session, 'turns'>): string[] {
  return session.turns
    .filter((t) => isMainQuestion(t) && !t.streaming && !LATER_PHASES.has(t.stage ?? ''))
    .map((t) => questionOf(t.text))
    .filter((q) => q && !isSelfIntroduction(q));
}

/**
 * Nothing is left to ask: the farewell was sent, or the candidate answered the close (the farewell is
 * then only a courtesy). The last main question's answer is not the end: the close comes after it.
 */
export function isInterviewComplete(session: Session): boolean {
  if (session.turns.some(isClosingTurn)) return true;
  const closeAt = session.turns.findIndex((t) => t.role === 'interviewer' && t.stage === 'close' && !t.streaming);
  return closeAt >= 0 && session.turns.slice(closeAt + 1).some((t) => t.role === 'candidate');
}

/**
 * Turns a raw streamed interviewer text into a stored turn: markers stripped, numbered by our own
 * count (the model's numbers are advisory), cut when it did not finish. Undefined when nothing
 * readable arrived.
 */
function finishInterviewerTurn(before: Turn[], turn: Turn, cut: boolean, placed?: PlacedReply): Turn | undefined {
  if (placed) {
    if (!placed.text) return undefined;
    const out: Turn = { role: 'interviewer', text: placed.text, at: turn.at };
    const p = placed.placement;
    if (p.kind === 'main') out.questionNumber = p.number;
    else if (p.kind === 'follow-up') Object.assign(out, { questionNumber: p.number, followUp: true });
    else if (p.kind === 'continuation') Object.assign(out, { questionNumber: p.number, continuation: true });
    const stage = p.kind === 'close' ? 'close' : p.kind === 'farewell' ? 'farewell' : placed.stage;
    if (stage) out.stage = stage;
    if (placed.flags?.length) out.flags = placed.flags;
    if (placed.notes) out.notes = placed.notes;
    if (cut || placed.cut) out.cut = true;
    return out;
  }
  const reply = parseInterviewerReply(turn.text);
  if (!reply.text) return undefined;
  const current = mainQuestionNumbers(before).at(-1);
  const out: Turn = { role: 'interviewer', text: reply.text, at: turn.at };
  if (reply.notes) out.notes = reply.notes;
  if (reply.isClosing) {
    // the farewell: no question number
  } else if (reply.marker === 'close') {
    out.stage = 'close';
  } else if (reply.followUp && current !== undefined) {
    out.questionNumber = current;
    out.followUp = true;
  } else if (reply.questionNumber !== undefined && reply.questionNumber === current) {
    // The current number repeated: a clarification or continuation, not a new question.
    out.questionNumber = current;
    out.continuation = true;
  } else {
    out.questionNumber = new Set(mainQuestionNumbers(before)).size + 1;
  }
  if (cut) out.cut = true;
  return out;
}

/** A session read back with a reply still streaming (the process died): keep what arrived, marked cut. */
export function recoverSession(session: Session): Session {
  if (!session.turns.some((t) => t.streaming)) return session;
  const turns: Turn[] = [];
  for (const t of session.turns) {
    if (!t.streaming) turns.push(t);
    else if (t.role === 'interviewer') {
      const done = finishInterviewerTurn(turns, t, true);
      if (done) turns.push(done);
    } else if (t.text.trim()) turns.push({ ...t, streaming: false, cut: true });
  }
  return { ...session, turns };
}

export function initialSessionState(session: Session): SessionState {
  return { phase: 'setup', reply: 'idle', session };
}

/** The state to continue an unfinished (or ungraded) session from history. */
export function resumeSessionState(stored: Session, nowMs: number): SessionState {
  const session = recoverSession(stored);
  const last = session.turns.at(-1);
  if (session.status === 'finished' || (last && isClosingTurn(last))) return { phase: 'ended', reply: 'done', session };
  if (!last) return { phase: 'setup', reply: 'idle', session };
  if (last.role === 'candidate') return { phase: 'asking', reply: 'idle', session };
  return { phase: 'answering', reply: last.cut ? 'cancelled' : 'done', session, questionShownAtMs: nowMs };
}

const touch = (s: Session, atMs: number, turns: Turn[] = s.turns): Session => ({ ...s, turns, updatedAt: iso(atMs) });

const streamingIndex = (turns: Turn[]): number => (turns.at(-1)?.streaming ? turns.length - 1 : -1);

/** Ends the live reply (cancelled / failed / interrupted): keeps the partial text, marked cut. */
function cutLiveReply(state: SessionState, atMs: number, status: 'cancelled' | 'failed', error?: string): SessionState {
  const i = streamingIndex(state.session.turns);
  if (i < 0) return state.reply === 'streaming' ? { ...state, reply: status, error } : state;
  const before = state.session.turns.slice(0, i);
  const done = finishInterviewerTurn(before, state.session.turns[i]!, true);
  const turns = done ? [...before, done] : before;
  if (done && isClosingTurn(done)) return { ...finishByInterviewer(state, turns, atMs), reply: status, error };
  return {
    ...state,
    phase: done ? 'answering' : 'asking',
    reply: status,
    error,
    session: touch(state.session, atMs, turns),
    questionShownAtMs: atMs,
    answerStartedAtMs: undefined,
  };
}

/** The interviewer sent [End]: the interview is over, feedback comes next (the 'end' action). */
function finishByInterviewer(state: SessionState, turns: Turn[], atMs: number): SessionState {
  const session: Session = { ...touch(state.session, atMs, turns), status: 'finished', endedAt: state.session.endedAt ?? iso(atMs) };
  return { ...state, phase: 'ended', reply: 'done', session, questionShownAtMs: undefined, answerStartedAtMs: undefined };
}

export function sessionReducer(state: SessionState, action: SessionAction): SessionState {
  const { session } = state;
  switch (action.type) {
    case 'start':
      return state.phase === 'setup' ? { ...state, phase: 'asking', reply: 'idle', session: touch(session, action.atMs) } : state;

    case 'streamStarted': {
      if (state.phase !== 'asking' || state.reply === 'streaming') return state;
      const turn: Turn = { role: 'interviewer', text: '', at: iso(action.atMs), streaming: true };
      return { ...state, reply: 'streaming', error: undefined, session: touch(session, action.atMs, [...session.turns, turn]) };
    }

    case 'streamDelta': {
      const i = streamingIndex(session.turns);
      if (state.reply !== 'streaming' || i < 0 || !action.text) return state;
      const turns = session.turns.slice();
      turns[i] = { ...turns[i]!, text: turns[i]!.text + action.text };
      return { ...state, session: { ...session, turns } };
    }

    case 'streamRestarted': {
      const i = streamingIndex(session.turns);
      if (state.reply !== 'streaming' || i < 0) return state;
      const turns = session.turns.slice();
      turns[i] = { ...turns[i]!, text: '', at: iso(action.atMs) };
      return { ...state, session: touch(session, action.atMs, turns) };
    }

    case 'streamDone': {
      const i = streamingIndex(session.turns);
      if (state.reply !== 'streaming' || i < 0) return state;
      const before = session.turns.slice(0, i);
      const done = finishInterviewerTurn(before, session.turns[i]!, false, action.placed);
      if (!done) {
        return { ...state, reply: 'failed', error: 'The interviewer sent an empty reply.', session: touch(session, action.atMs, before) };
      }
      const turns = [...before, done];
      if (isClosingTurn(done)) return finishByInterviewer(state, turns, action.atMs);
      return {
        ...state,
        phase: 'answering',
        reply: 'done',
        session: touch(session, action.atMs, turns),
        questionShownAtMs: action.atMs,
        answerStartedAtMs: undefined,
      };
    }

    case 'streamCancelled':
      return cutLiveReply(state, action.atMs, 'cancelled');

    case 'streamFailed':
      return cutLiveReply(state, action.atMs, 'failed', action.error);

    case 'answerStarted':
      return state.phase === 'answering' && state.answerStartedAtMs === undefined ? { ...state, answerStartedAtMs: action.atMs } : state;

    case 'answerSubmitted': {
      const text = action.text.trim();
      if (state.phase !== 'answering' || !text) return state;
      const question = [...session.turns].reverse().find((t) => t.role === 'interviewer');
      const shown = state.questionShownAtMs ?? action.atMs;
      const started = state.answerStartedAtMs ?? action.atMs;
      const turn: Turn = {
        role: 'candidate',
        text,
        at: iso(action.atMs),
        ...(question?.questionNumber !== undefined ? { questionNumber: question.questionNumber } : {}),
        ...(question?.followUp ? { followUp: true } : {}),
        ...(question?.stage === 'close' ? { stage: 'close' } : {}),
        timing: {
          thinkMs: Math.max(0, started - shown),
          answeringMs: Math.max(0, action.atMs - started),
          words: countWords(text),
        },
      };
      return {
        ...state,
        phase: 'asking',
        reply: 'idle',
        error: undefined,
        session: touch(session, action.atMs, [...session.turns, turn]),
        questionShownAtMs: undefined,
        answerStartedAtMs: undefined,
      };
    }

    case 'retryLastTurn': {
      if (state.phase !== 'asking' && state.phase !== 'answering') return state;
      // Only an interviewer turn after the last answer is dropped; answers are never thrown away.
      const last = session.turns.at(-1);
      const turns = last?.role === 'interviewer' ? session.turns.slice(0, -1) : session.turns;
      return {
        ...state,
        phase: 'asking',
        reply: 'idle',
        error: undefined,
        session: touch(session, action.atMs, turns),
        questionShownAtMs: undefined,
        answerStartedAtMs: undefined,
      };
    }

    case 'end': {
      if (state.phase === 'setup' || state.phase === 'grading') return state;
      if (state.phase === 'ended' && session.feedback) return state;
      const cut = state.reply === 'streaming' ? cutLiveReply(state, action.atMs, 'cancelled') : state;
      const ended: Session = { ...touch(cut.session, action.atMs), status: 'finished', endedAt: cut.session.endedAt ?? iso(action.atMs) };
      const answered = ended.turns.some((t) => t.role === 'candidate');
      return {
        ...cut,
        phase: action.grade !== false && answered ? 'grading' : 'ended',
        error: undefined,
        session: ended,
        questionShownAtMs: undefined,
        answerStartedAtMs: undefined,
      };
    }

    case 'regrade':
      return state.phase === 'ended' && session.turns.some((t) => t.role === 'candidate') ? { ...state, phase: 'grading', error: undefined } : state;

    case 'feedbackReady':
      return state.phase === 'grading' ? { ...state, phase: 'ended', error: undefined, session: { ...touch(session, action.atMs), feedback: action.feedback } } : state;

    case 'gradingFailed':
      return state.phase === 'grading' ? { ...state, phase: 'ended', error: action.error } : state;
  }
}
