import { describe, expect, it } from 'vitest';
import {
  createSession,
  initialSessionState,
  isClosingTurn,
  isInterviewComplete,
  questionsAsked,
  recoverSession,
  resumeSessionState,
  type SessionState,
} from '../../src/interview/session.js';
import { countWords } from '../../src/interview/words.js';
import { SessionSchema, type Feedback } from '../../src/store/schema.js';
import { apply, makeSetup, runScript, sessionFrom, T0 } from './helpers.js';

const setup = makeSetup({ questionCount: 2 });
const fresh = (): SessionState => apply(initialSessionState(createSession(setup, 'Offline demo', T0, () => 0.1)), { type: 'start', atMs: T0 });

describe('createSession', () => {
  it('makes a sortable, file-safe id and a valid in-progress session', () => {
    const s = createSession(setup, 'Offline demo', new Date(T0), () => 0.5);
    expect(s.id).toBe('2026-11-24T17-05-00-iiii');
    expect(SessionSchema.parse(s)).toMatchObject({ status: 'in-progress', turns: [], modelLabel: 'Offline demo' });
    const later = createSession(setup, 'x', T0 + 1000);
    expect(later.id > s.id).toBe(true);
    expect(later.id).toMatch(/^2026-11-24T17-05-01-[0-9a-z]{4}$/);
  });
});

describe('session reducer', () => {
  it('runs setup → asking → answering → asking … → ended, numbering questions itself', () => {
    let s = initialSessionState(createSession(setup, 'x', T0));
    expect(s.phase).toBe('setup');
    s = apply(s, { type: 'start', atMs: T0 });
    expect(s).toMatchObject({ phase: 'asking', reply: 'idle' });
    s = apply(s, { type: 'streamStarted', atMs: T0 + 100 }, { type: 'streamDelta', text: '[Q1] Intro' }, { type: 'streamDelta', text: 'duce yourself.' });
    expect(s.reply).toBe('streaming');
    expect(s.session.turns.at(-1)).toMatchObject({ streaming: true, text: '[Q1] Introduce yourself.' });
    s = apply(s, { type: 'streamDone', atMs: T0 + 1000 });
    expect(s.phase).toBe('answering');
    expect(s.session.turns.at(-1)).toEqual({ role: 'interviewer', text: 'Introduce yourself.', at: new Date(T0 + 100).toISOString(), questionNumber: 1 });
    // A reply without a marker is taken as the next question; a wrong number is overruled.
    const done = runScript(setup, [{ say: 'Introduce yourself.' }, { answer: 'I am a backend engineer with eight years of experience in payments and ledgers.' }, { say: '[Q7] Tell me about a conflict.' }]);
    expect(done.session.turns.filter((t) => t.role === 'interviewer').map((t) => t.questionNumber)).toEqual([1, 2]);
    expect(questionsAsked(done.session)).toBe(2);
    expect(isInterviewComplete(done.session)).toBe(false);
  });

  it('records timing and words on the answer: think time, answering time, CJK-aware count', () => {
    let s = fresh();
    s = apply(s, { type: 'streamStarted', atMs: T0 }, { type: 'streamDelta', text: '[Q1] 请介绍一下你自己。' }, { type: 'streamDone', atMs: T0 + 2000 });
    s = apply(s, { type: 'answerStarted', atMs: T0 + 7000 }, { type: 'answerStarted', atMs: T0 + 9000 });
    s = apply(s, { type: 'answerSubmitted', text: '我负责支付系统 with Go and Postgres.', atMs: T0 + 67_000 });
    const answer = s.session.turns.at(-1)!;
    expect(answer).toMatchObject({ role: 'candidate', questionNumber: 1, timing: { thinkMs: 5000, answeringMs: 60_000, words: 11 } });
    expect(s).toMatchObject({ phase: 'asking', reply: 'idle' });
  });

  it('counts words in any script', () => {
    expect(countWords('I led the migration, and it took 3 weeks.')).toBe(9);
    expect(countWords('我负责了迁移')).toBe(6);
    expect(countWords('移行を担当しました')).toBe(9);
    expect(countWords('저는 마이그레이션을 담당했습니다')).toBe(3);
    expect(countWords('  — … !! ')).toBe(0);
    expect(countWords('用 Kubernetes 部署')).toBe(4);
  });

  it('a pasted answer (no keystroke seen) counts all the wait as thinking', () => {
    let s = fresh();
    s = apply(s, { type: 'streamStarted', atMs: T0 }, { type: 'streamDelta', text: '[Q1] Hi?' }, { type: 'streamDone', atMs: T0 + 1000 });
    s = apply(s, { type: 'answerSubmitted', text: 'Pasted.', atMs: T0 + 31_000 });
    expect(s.session.turns.at(-1)!.timing).toEqual({ thinkMs: 30_000, answeringMs: 0, words: 1 });
    expect(apply(s, { type: 'answerSubmitted', text: 'again', atMs: T0 + 32_000 }).session.turns).toHaveLength(2);
  });

  it('ignores empty answers and actions out of phase', () => {
    let s = fresh();
    expect(apply(s, { type: 'answerSubmitted', text: 'too early', atMs: T0 })).toBe(s);
    s = apply(s, { type: 'streamStarted', atMs: T0 }, { type: 'streamDelta', text: '[Q1] Hi?' }, { type: 'streamDone', atMs: T0 + 1 });
    expect(apply(s, { type: 'answerSubmitted', text: '  \n ', atMs: T0 + 2 })).toBe(s);
    expect(apply(s, { type: 'streamDelta', text: 'stray' })).toBe(s);
    expect(apply(s, { type: 'start', atMs: T0 })).toBe(s);
  });

  it('keeps the partial reply marked cut when the stream is cancelled, and lets the candidate answer it', () => {
    let s = fresh();
    s = apply(s, { type: 'streamStarted', atMs: T0 }, { type: 'streamDelta', text: '[Q1] Tell me about a time you' }, { type: 'streamCancelled', atMs: T0 + 500 });
    expect(s).toMatchObject({ phase: 'answering', reply: 'cancelled' });
    expect(s.session.turns).toEqual([{ role: 'interviewer', text: 'Tell me about a time you', at: new Date(T0).toISOString(), questionNumber: 1, cut: true }]);
    s = apply(s, { type: 'answerSubmitted', text: 'I think I know where this was going.', atMs: T0 + 9000 });
    expect(s.session.turns.at(-1)).toMatchObject({ questionNumber: 1, timing: { thinkMs: 8500 } });
  });

  it('drops a cancelled reply that had no text yet and waits to ask again', () => {
    let s = fresh();
    s = apply(s, { type: 'streamStarted', atMs: T0 }, { type: 'streamDelta', text: '[Q' }, { type: 'streamCancelled', atMs: T0 + 10 });
    expect(s).toMatchObject({ phase: 'asking', reply: 'cancelled' });
    expect(s.session.turns).toEqual([]);
  });

  it('keeps partial text on failure with the error summary, then retry asks again', () => {
    let s = fresh();
    s = apply(s, { type: 'streamStarted', atMs: T0 }, { type: 'streamDelta', text: '[Q1] Describe a' }, { type: 'streamFailed', error: 'Throttled by Bedrock', atMs: T0 + 10 });
    expect(s).toMatchObject({ phase: 'answering', reply: 'failed', error: 'Throttled by Bedrock' });
    expect(s.session.turns.at(-1)).toMatchObject({ text: 'Describe a', cut: true });
    s = apply(s, { type: 'retryLastTurn', atMs: T0 + 20 });
    expect(s).toMatchObject({ phase: 'asking', reply: 'idle', error: undefined });
    expect(s.session.turns).toEqual([]);
    s = apply(s, { type: 'streamStarted', atMs: T0 + 30 }, { type: 'streamDelta', text: '[Q1] Describe a conflict.' }, { type: 'streamDone', atMs: T0 + 40 });
    expect(s.session.turns).toHaveLength(1);
    expect(s.session.turns[0]).toMatchObject({ questionNumber: 1, text: 'Describe a conflict.' });
    expect(s.session.turns[0]!.cut).toBeUndefined();
  });

  it('retry drops only the interviewer turn after the last answer, never an answer', () => {
    const s = runScript(setup, [{ say: '[Q1] Intro?' }, { answer: 'Me.' }, { say: '[Follow-up] More?' }]);
    const retried = apply(s, { type: 'retryLastTurn', atMs: T0 + 99_000 });
    expect(retried.session.turns.map((t) => t.role)).toEqual(['interviewer', 'candidate']);
    expect(retried.phase).toBe('asking');
    const again = apply(retried, { type: 'retryLastTurn', atMs: T0 + 99_001 });
    expect(again.session.turns).toHaveLength(2);
    // Retry during streaming drops the live turn; late deltas of the old stream are ignored.
    const live = apply(retried, { type: 'streamStarted', atMs: T0 }, { type: 'streamDelta', text: '[Q2] Hal' }, { type: 'retryLastTurn', atMs: T0 });
    expect(apply(live, { type: 'streamDelta', text: 'f' }).session.turns).toHaveLength(2);
  });

  it('treats an empty reply as a failure', () => {
    const s = apply(fresh(), { type: 'streamStarted', atMs: T0 }, { type: 'streamDelta', text: '[Q1] ' }, { type: 'streamDone', atMs: T0 + 1 });
    expect(s).toMatchObject({ phase: 'asking', reply: 'failed' });
    expect(s.session.turns).toEqual([]);
  });

  it('follow-ups share their question number and do not count as questions', () => {
    const s = runScript(setup, [{ say: '[Q1] Intro?' }, { answer: 'Me.' }, { say: '[Follow-up] More?' }, { answer: 'More me.' }]);
    expect(s.session.turns.map((t) => [t.role, t.questionNumber, t.followUp ?? false])).toEqual([
      ['interviewer', 1, false],
      ['candidate', 1, false],
      ['interviewer', 1, true],
      ['candidate', 1, true],
    ]);
    expect(questionsAsked(s.session)).toBe(1);
  });

  it('is complete after the close is answered or on [End]; the last answer alone leaves the close to come', () => {
    const answered = runScript(setup, [{ say: '[Q1] A?' }, { answer: 'a' }, { say: '[Q2] B?' }]);
    expect(isInterviewComplete(answered.session)).toBe(false);
    const s = apply(answered, { type: 'answerSubmitted', text: 'b', atMs: T0 + 100_000 });
    expect(isInterviewComplete(s.session)).toBe(false);
    const close = apply(s, { type: 'streamStarted', atMs: T0 + 100_001 }, { type: 'streamDelta', text: '[Close] Any questions for me?' }, { type: 'streamDone', atMs: T0 + 100_002 });
    expect(close.phase).toBe('answering');
    expect(close.session.turns.at(-1)).toMatchObject({ stage: 'close', text: 'Any questions for me?' });
    expect(isClosingTurn(close.session.turns.at(-1)!)).toBe(false);
    expect(isInterviewComplete(apply(close, { type: 'answerSubmitted', text: 'No, thanks.', atMs: T0 + 100_003 }).session)).toBe(true);
    const closed = apply(s, { type: 'streamStarted', atMs: T0 + 100_001 }, { type: 'streamDelta', text: '[End] Thank you!' }, { type: 'streamDone', atMs: T0 + 100_002 });
    expect(closed.phase).toBe('ended');
    expect(closed.session.status).toBe('finished');
    expect(closed.session.endedAt).toBe(new Date(T0 + 100_002).toISOString());
    expect(isClosingTurn(closed.session.turns.at(-1)!)).toBe(true);
    expect(closed.session.turns.at(-1)!.text).toBe('Thank you!');
    // An early [End] also completes it.
    const early = runScript(makeSetup({ questionCount: 5 }), [{ say: '[Q1] A?' }, { answer: 'a' }, { say: '[End] Thanks.' }]);
    expect(isInterviewComplete(early.session)).toBe(true);
  });

  it('end → grading → feedback, or straight to ended with nothing to grade', () => {
    const s = runScript(setup, [{ say: '[Q1] A?' }, { answer: 'a' }, { say: '[Q2] B' }]);
    const streaming = apply(s, { type: 'retryLastTurn', atMs: T0 }, { type: 'streamStarted', atMs: T0 }, { type: 'streamDelta', text: '[Q2] Half a que' });
    const grading = apply(streaming, { type: 'end', atMs: T0 + 5000 });
    expect(grading.phase).toBe('grading');
    expect(grading.session.status).toBe('finished');
    expect(grading.session.turns.at(-1)).toMatchObject({ text: 'Half a que', cut: true });
    expect(grading.session.turns.some((t) => t.streaming)).toBe(false);
    const feedback: Feedback = { kind: 'checklist', questions: [] };
    const done = apply(grading, { type: 'feedbackReady', feedback, atMs: T0 + 6000 });
    expect(done).toMatchObject({ phase: 'ended', session: { feedback } });
    expect(apply(done, { type: 'end', atMs: T0 + 7000 })).toBe(done);
    const failed = apply(grading, { type: 'gradingFailed', error: 'timeout', atMs: T0 + 6000 });
    expect(failed).toMatchObject({ phase: 'ended', error: 'timeout' });
    expect(apply(failed, { type: 'end', atMs: T0 + 7000 }).phase).toBe('grading');
    const nothing = apply(fresh(), { type: 'end', atMs: T0 });
    expect(nothing.phase).toBe('ended');
    expect(apply(s, { type: 'end', atMs: T0, grade: false }).phase).toBe('ended');
  });

  it('every intermediate session stays valid for the store', () => {
    const s = runScript(setup, [{ say: '[Q1] A?' }, { answer: 'a' }, { say: '[Q2] B?' }, { answer: 'b' }, { say: '[End] Bye.' }]);
    expect(() => SessionSchema.parse(s.session)).not.toThrow();
  });
});

describe('recoverSession', () => {
  it('turns a reply left streaming by a dead process into a cut turn', () => {
    const s = runScript(setup, [{ say: '[Q1] A?' }, { answer: 'a' }]);
    const live = apply(s, { type: 'streamStarted', atMs: T0 }, { type: 'streamDelta', text: '[Q2] Tell me about' }).session;
    const recovered = recoverSession(SessionSchema.parse(JSON.parse(JSON.stringify(live))));
    expect(recovered.turns.at(-1)).toEqual({ role: 'interviewer', text: 'Tell me about', at: new Date(T0).toISOString(), questionNumber: 2, cut: true });
    expect(recovered.turns.some((t) => t.streaming)).toBe(false);
    expect(recoverSession(s.session)).toBe(s.session);
    const resumed = resumeSessionState(live, T0 + 60_000);
    expect(resumed).toMatchObject({ phase: 'answering', reply: 'cancelled', questionShownAtMs: T0 + 60_000 });
  });

  it('drops a streaming turn that had nothing readable and resumes by asking', () => {
    const s = runScript(setup, [{ say: '[Q1] A?' }, { answer: 'a' }]);
    const live = apply(s, { type: 'streamStarted', atMs: T0 }, { type: 'streamDelta', text: '[Q' }).session;
    expect(recoverSession(live).turns).toHaveLength(2);
    expect(resumeSessionState(live, T0)).toMatchObject({ phase: 'asking', reply: 'idle' });
    expect(resumeSessionState(sessionFrom(setup, [{ say: '[Q1] A?' }, { answer: 'a' }, { say: '[End] Bye' }]), T0).phase).toBe('ended');
  });
});

describe('askedQuestions', () => {
  it('lists the main questions only, for the next session to avoid', async () => {
    const { askedQuestions } = await import('../../src/interview/session.js');
    const s = sessionFrom(setup, [{ say: '[Q1] A?' }, { answer: 'a' }, { say: '[Follow-up] More?' }, { answer: 'b' }, { say: '[Q2] B?' }]);
    expect(askedQuestions(s)).toEqual(['A?', 'B?']);
  });
});

describe('turns placed by the driver', () => {
  it('stores a placed reply as given: number, stage, flags, notes; a regeneration starts the live text over', () => {
    const s = runScript(setup, [{ say: '[Q1] A?' }, { answer: 'a' }]);
    const live = apply(s, { type: 'streamStarted', atMs: T0 }, { type: 'streamDelta', text: '[Q2] Two? Three?' }, { type: 'streamRestarted', atMs: T0 + 1 });
    expect(live.session.turns.at(-1)).toMatchObject({ streaming: true, text: '' });
    const done = apply(live, { type: 'streamDelta', text: '[Q2] Two?' }, {
      type: 'streamDone',
      atMs: T0 + 2,
      placed: { text: 'Two?', placement: { kind: 'main', number: 2 }, stage: 'competency', flags: ['one-question'], notes: 'vague' },
    });
    expect(done.session.turns.at(-1)).toEqual({ role: 'interviewer', text: 'Two?', at: new Date(T0 + 1).toISOString(), questionNumber: 2, stage: 'competency', flags: ['one-question'], notes: 'vague' });
    expect(SessionSchema.safeParse(done.session).success).toBe(true);
  });

  it('reads the current number repeated as a clarification, and keeps the real question for grading and repeats', async () => {
    const { askedQuestions } = await import('../../src/interview/session.js');
    const { questionThreads } = await import('../../src/interview/transcript.js');
    const s = sessionFrom(makeSetup({ questionCount: 3 }), [
      { say: '[Q1] Welcome! Could you introduce yourself?' },
      { answer: 'I build payment systems.' },
      { say: '[Q2] Thanks, that helps. Tell me about a time you disagreed with your manager.' },
      { answer: 'Do you mean at this job?' },
      { say: '[Q2] Any job is fine.' },
      { answer: 'At my last job…' },
      { say: '[Q3] Tell me about a failure. <notes>Q2 had no result.</notes>' },
    ]);
    expect(questionsAsked(s)).toBe(3);
    expect(s.turns.filter((t) => t.continuation)).toHaveLength(1);
    expect(questionThreads(s).find((t) => t.questionNumber === 2)?.question).toMatch(/^Thanks, that helps. Tell me about a time you disagreed/);
    expect(s.turns.at(-1)).toMatchObject({ text: 'Tell me about a failure.', notes: 'Q2 had no result.' });
    // The question itself, the self-introduction left out.
    expect(askedQuestions(s)).toEqual(['Tell me about a time you disagreed with your manager.', 'Tell me about a failure.']);
  });

  it('re-grades an ended interview', () => {
    const ended = apply(runScript(setup, [{ say: '[Q1] A?' }, { answer: 'a' }]), { type: 'end', atMs: T0, grade: false });
    expect(ended.phase).toBe('ended');
    expect(apply(ended, { type: 'regrade', atMs: T0 }).phase).toBe('grading');
    expect(apply(fresh(), { type: 'regrade', atMs: T0 }).phase).toBe('asking');
  });
});
