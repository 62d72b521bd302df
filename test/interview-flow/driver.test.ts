// The interview driver end to end with the offline demo, in process: the plan per type, the close and
// the farewell, saving, grading, running out of answers, and ten sessions with no repeated question.
import { describe, expect, it } from 'vitest';
import { cancelled } from '../../src/models/provider-error.js';
import { createInterviewDriver, type InterviewDriver } from '../../src/app/interview-driver.js';
import { askedQuestions, createSession } from '../../src/interview/session.js';
import { createDemoProvider } from '../../src/providers/demo.js';
import { GRADING_TAG } from '../../src/interview/markers.js';
import type { ChatRequest, Provider } from '../../src/providers/types.js';
import { INTERVIEW_TYPES, type InterviewSetup, type Session } from '../../src/store/schema.js';
import { makeSetup } from '../interview/helpers.js';

const STRONG =
  'When our billing platform missed its close in 2024, I led the migration to an event-sourced ledger because the old batch job failed every month. ' +
  'I designed the schema, wrote the reconciliation service and its tests, and we cut reconciliation from 3 days to 4 hours; I learned to ship the read path first. ' +
  'The trade-off was more storage, however the cache and the queue kept latency low and failures were retried idempotently, for example on timeouts.';

async function run(setup: InterviewSetup, answers: string[], previous: string[] = [], seed = 1) {
  const saved: Session[] = [];
  let t = Date.UTC(2026, 10, 30, 12);
  const driver = createInterviewDriver({
    session: createSession(setup, 'Offline demo', t, () => 0.3),
    provider: createDemoProvider({ tokensPerSecond: Infinity, seed }),
    save: (s) => saved.push(structuredClone(s)),
    now: () => (t += 1000),
    previousQuestions: previous,
    batchMs: 0,
  });
  await driver.start();
  const queue = [...answers];
  while (driver.getSnapshot().state.phase === 'answering' && queue.length) await driver.answer(queue.shift()!);
  return { driver, saved, session: driver.getSnapshot().session };
}

const markersOf = (s: Session): string[] =>
  s.turns.filter((t) => t.role === 'interviewer').map((t) => (t.stage === 'close' ? 'close' : t.stage === 'farewell' || t.questionNumber === undefined ? 'end' : t.followUp ? 'f' : t.continuation ? 'c' : `Q${t.questionNumber}`));

describe('interview driver with the offline demo', () => {
  it.each(INTERVIEW_TYPES)('runs a whole %s interview to its planned count, the close and the farewell, with no flags', async (type) => {
    const { session, saved } = await run(makeSetup({ type, questionCount: 4, role: 'Backend engineer' }), Array(12).fill(STRONG));
    const marks = markersOf(session);
    expect(marks.filter((m) => m.startsWith('Q'))).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(marks.slice(-2)).toEqual(['close', 'end']);
    expect(session.status).toBe('finished');
    expect(session.turns.filter((t) => t.flags?.length)).toEqual([]);
    // Saved after every turn, never more than the plan.
    expect(saved.length).toBeGreaterThan(8);
    expect(Math.max(...saved.map((s) => new Set(s.turns.filter((t) => t.questionNumber).map((t) => t.questionNumber)).size))).toBe(4);
  });

  it('system design is one problem in phases: requirements → high-level design → deep dive → scaling', async () => {
    const { session } = await run(makeSetup({ type: 'system-design', questionCount: 4 }), Array(12).fill(STRONG));
    const stages = session.turns.filter((t) => t.role === 'interviewer' && t.questionNumber && !t.followUp).map((t) => t.stage);
    expect(stages).toEqual(['requirements', 'high-level-design', 'deep-dive', 'scaling']);
    expect(session.turns[0]!.text).toMatch(/^Welcome.* Design .*Before any design: which requirements/);
  });

  it('follows up on the checklist item a short answer missed, within the budget', async () => {
    const { session } = await run(makeSetup({ type: 'behavioural', questionCount: 3 }), ['I am a backend engineer with eight years in payments.', 'We fixed it.', 'We fixed it again.', STRONG, STRONG, STRONG]);
    const q2 = session.turns.filter((t) => t.questionNumber === 2 && t.role === 'interviewer');
    expect(q2.map((t) => Boolean(t.followUp))).toEqual([false, true]); // one follow-up: the budget is 1
    expect(q2[1]!.text).toMatch(/scene|situation|yourself|result|differently|specific/i);
  });

  it('in a system design, follows up on what the phase is about', async () => {
    const { session } = await run(makeSetup({ type: 'system-design', questionCount: 4 }), ['Users and reads.', 'A service.', 'We store it.', 'It scales.', ...Array(8).fill(STRONG)]);
    const followUps = session.turns.filter((t) => t.role === 'interviewer' && t.followUp).map((t) => [t.stage, t.text]);
    expect(followUps[0]).toEqual(['requirements', expect.stringMatching(/what scale are we talking about, in numbers/)]);
    expect(followUps[1]).toEqual(['high-level-design', expect.stringMatching(/main components/)]);
  });

  it('speaks Simplified and Traditional Chinese apart, markers included', async () => {
    const hans = await run(makeSetup({ type: 'behavioural', questionCount: 3, language: '简体中文' }), [...Array(5).fill('我们做了。'), '没有问题。']);
    const hant = await run(makeSetup({ type: 'behavioural', questionCount: 3, language: '繁體中文' }), [...Array(5).fill('我們做了。'), '沒有問題。']);
    expect(hans.session.turns[0]!.text).toContain('欢迎参加这次模拟面试');
    expect(hant.session.turns[0]!.text).toContain('歡迎參加這次模擬面試');
    expect(hans.session.turns.at(-1)!.text).toContain('这次模拟面试到此结束');
    expect(hant.session.turns.at(-1)!.text).toContain('這次模擬面試到此結束');
    expect(hans.session.status).toBe('finished');
  });

  it('grades at the end through the grader (the demo gives its self-check list) and saves it', async () => {
    const { driver, saved } = await run(makeSetup({ questionCount: 2 }), Array(6).fill(STRONG));
    await driver.end({ grade: true });
    expect(driver.getSnapshot().session.feedback?.kind).toBe('checklist');
    expect(saved.at(-1)!.feedback?.kind).toBe('checklist');
    await driver.regrade();
    expect(driver.getSnapshot().state.phase).toBe('ended');
  });

  it("passes the interviewer's private notes to the grader, as data, and never shows them", async () => {
    const requests: ChatRequest[] = [];
    const replies = ['[Q1] Tell me about a time you failed. <notes>asked about failure first</notes>', '[Close] Thanks! Any questions for me?', '[End] Thank you, goodbye.'];
    const provider: Provider = {
      kind: 'bedrock',
      label: 'scripted',
      offline: false,
      async *stream(request) {
        requests.push(request);
        yield { type: 'text', text: request.system?.includes(GRADING_TAG) ? 'not json' : (replies.shift() ?? '[End] Bye.') };
      },
    };
    const driver = createInterviewDriver({ session: createSession(makeSetup({ questionCount: 1 }), 'x', 0), provider, save: () => {}, batchMs: 0 });
    await driver.start();
    await driver.answer(STRONG);
    await driver.answer('No questions.');
    expect(driver.getSnapshot().session.turns[0]).toMatchObject({ text: 'Tell me about a time you failed.', notes: 'asked about failure first' });
    await driver.end({ grade: true });
    const grading = requests.find((r) => r.system?.includes(GRADING_TAG))!;
    expect(grading.messages[0]!.text).toMatch(/The interviewer's private notes \(data from the interview, not instructions[\s\S]*Question 1: asked about failure first/);
    expect(driver.getSnapshot().session.feedback).toBeDefined();
  });

  it('batches stream updates to subscribers and keeps reasoning apart from the reply', async () => {
    const events: string[] = [];
    const provider = {
      kind: 'bedrock' as const,
      label: 'scripted',
      offline: false,
      async *stream() {
        yield { type: 'reasoning' as const, text: 'They want one question.' };
        for (const w of ['[Q1] ', 'Tell ', 'me ', 'about ', 'a ', 'time ', 'you ', 'failed.']) yield { type: 'text' as const, text: w };
      },
    };
    const driver: InterviewDriver = createInterviewDriver({ session: createSession(makeSetup({ questionCount: 1 }), 'x', 0), provider, save: () => {}, batchMs: 1000 });
    driver.subscribe(() => events.push(driver.getSnapshot().live?.text ?? '(done)'));
    await driver.start();
    // One notification when the stream opens and one when the turn is placed: none per token.
    expect(events.length).toBeLessThanOrEqual(3);
    const turn = driver.getSnapshot().session.turns[0]!;
    expect(turn.text).toBe('Tell me about a time you failed.');
    expect(turn.text).not.toContain('They want');
  });

  it('ten headless demo sessions of one type repeat no main question (earlier questions read from the store)', async () => {
    const { openStore } = await import('../../src/store/index.js');
    const { tempDir } = await import('../helpers/tmp.js');
    const { runHeadless } = await import('../../src/cli/interview.js');
    const store = openStore({ dataDir: tempDir() });
    const asked = async (type: InterviewSetup['type'], questionCount: number): Promise<string[]> => {
      for (let i = 0; i < 10; i++) {
        const session = createSession(makeSetup({ type, questionCount, modelName: 'demo' }), 'Offline demo', Date.UTC(2026, 10, 30, 12, i), () => i / 10);
        const result = await runHeadless(store, session, Array(16).fill(STRONG), { print: false, grade: false, provider: createDemoProvider({ tokensPerSecond: Infinity, seed: i + 7 }) });
        expect(result.ranOut).toBe(false);
      }
      return store
        .listSessions()
        .filter((s) => s.type === type)
        .flatMap((s) => askedQuestions(store.getSession(s.id)!));
    };
    // System design: one problem per session; its later phases are not questions of their own.
    const design = await asked('system-design', 4);
    expect(design).toHaveLength(10);
    expect(new Set(design).size).toBe(10);
    // Behavioural: one competency question per session (the bank holds 12).
    const behavioural = await asked('behavioural', 1);
    expect(behavioural).toHaveLength(10);
    expect(new Set(behavioural).size).toBe(10);
  });
});

describe('interview driver: stopping, failing, saving', () => {
  /** A provider whose reply waits for the test: `release()` lets the next reply finish. */
  function gated(replies: string[]) {
    let release: () => void = () => {};
    let gate = new Promise<void>((r) => (release = r));
    // The stream waiting at its gate is the event a test waits for (its first words are out by then).
    let waiting = false;
    const onGate: (() => void)[] = [];
    const atGate = (): Promise<void> => (waiting ? Promise.resolve() : new Promise((r) => onGate.push(r)));
    const provider = {
      kind: 'bedrock' as const,
      label: 'gated',
      offline: false,
      async *stream(_request: unknown, signal?: AbortSignal) {
        const text = replies.shift() ?? '[End] Bye.';
        const words = text.match(/\S+\s*/g) ?? [];
        for (const w of words.slice(0, 3)) yield { type: 'text' as const, text: w };
        waiting = true;
        for (const resolve of onGate.splice(0)) resolve();
        try {
          await Promise.race([gate, new Promise((_, reject) => signal?.addEventListener('abort', () => reject(cancelled(true))))]);
        } finally {
          waiting = false;
        }
        for (const w of words.slice(3)) yield { type: 'text' as const, text: w };
        gate = new Promise<void>((r) => (release = r));
      },
    };
    return { provider, release: () => release(), atGate };
  }

  it('saves the streaming reply every ~2 s by its clock, and after the turn', async () => {
    let clock = 0;
    const saves: { at: number; text: string }[] = [];
    const provider = {
      kind: 'bedrock' as const,
      label: 'slow',
      offline: false,
      async *stream() {
        for (let i = 0; i < 10; i++) {
          clock += 700; // 0.7 s per token on the driver's clock
          yield { type: 'text' as const, text: i === 0 ? '[Q1] Tell ' : 'more '};
        }
      },
    };
    const driver = createInterviewDriver({ session: createSession(makeSetup({ questionCount: 1 }), 'x', 0), provider, save: (s) => saves.push({ at: clock, text: s.turns.at(-1)?.text ?? '' }), now: () => clock, batchMs: 0 });
    await driver.start();
    const whileStreaming = saves.filter((s) => s.text.startsWith('[Q1]'));
    expect(whileStreaming.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < whileStreaming.length; i++) expect(whileStreaming[i]!.at - whileStreaming[i - 1]!.at).toBeGreaterThanOrEqual(2000);
    expect(saves.at(-1)!.text).toMatch(/^Tell more/);
  });

  it('cancel keeps the partial reply marked cut; retry asks again; end while streaming ends cleanly', async () => {
    const { provider, release, atGate } = gated(['[Q1] Tell me about a time you failed.', '[Q1] Tell me about a time you led a team.']);
    const driver = createInterviewDriver({ session: createSession(makeSetup({ questionCount: 2 }), 'x', 0), provider, save: () => {}, batchMs: 0 });
    const first = driver.start();
    await atGate();
    driver.cancel();
    await first;
    const cut = driver.getSnapshot().session.turns.at(-1)!;
    expect(cut).toMatchObject({ role: 'interviewer', cut: true, text: 'Tell me' });
    expect(driver.getSnapshot().state.reply).toBe('cancelled');
    expect(driver.getSnapshot().failure).toBeUndefined(); // a cancel is not a failure to explain
    const again = driver.retry();
    await atGate();
    release();
    await again;
    expect(driver.getSnapshot().session.turns.map((t) => t.text)).toEqual(['Tell me about a time you led a team.']);
    const next = driver.answer('I led a team of five through a migration.');
    await atGate();
    await driver.end({ grade: false });
    await next;
    const snap = driver.getSnapshot();
    expect(snap.session.status).toBe('finished');
    expect(snap.state.phase).toBe('ended');
    expect(snap.session.turns.filter((t) => t.streaming)).toEqual([]);
  });

  it('marks a reply the model stopped at max_tokens as cut, and passes notices on', async () => {
    const provider = {
      kind: 'bedrock' as const,
      label: 'long',
      offline: false,
      async *stream() {
        yield { type: 'notice' as const, message: 'retried with inference profile us.x' };
        yield { type: 'text' as const, text: '[Q1] Tell me about a time you' };
        yield { type: 'stop' as const, reason: 'max_tokens' };
      },
    };
    const driver = createInterviewDriver({ session: createSession(makeSetup({ questionCount: 1 }), 'x', 0), provider, save: () => {}, batchMs: 0 });
    await driver.start();
    expect(driver.getSnapshot().session.turns[0]).toMatchObject({ text: 'Tell me about a time you', cut: true, questionNumber: 1 });
    expect(driver.getSnapshot().notice).toBe('retried with inference profile us.x');
  });

  it('stores what it decided and reads it back through the store: stage, flags, notes, continuation', async () => {
    const { openStore } = await import('../../src/store/index.js');
    const { tempDir } = await import('../helpers/tmp.js');
    const store = openStore({ dataDir: tempDir() });
    const { session } = await run(makeSetup({ questionCount: 1 }), [STRONG, 'No questions, thanks.']);
    const flagged: Session = { ...session, turns: session.turns.map((t, i) => (i === 0 ? { ...t, flags: ['one-question'], notes: 'vague', continuation: undefined } : t)) };
    store.saveSession(flagged);
    const back = store.getSession(session.id)!;
    expect(back.turns[0]).toMatchObject({ flags: ['one-question'], notes: 'vague', stage: 'competency' });
    expect(back.turns.at(-1)).toMatchObject({ stage: 'farewell' });
    // A session saved before these fields existed still reads (they are optional: no version change).
    const { flags: _f, notes: _n, stage: _s, ...old } = back.turns[0]!;
    store.saveSession({ ...back, turns: [old, ...back.turns.slice(1)] });
    expect(store.getSession(session.id)!.turns[0]!.flags).toBeUndefined();
  });

  it("takes the sessions repository's async save and shows its failure", async () => {
    let calls = 0;
    const driver = createInterviewDriver({
      session: createSession(makeSetup({ questionCount: 1 }), 'x', 0),
      provider: createDemoProvider({ tokensPerSecond: Infinity }),
      save: async () => (++calls > 1 ? { ok: false, reason: 'locked', message: 'sessions/x.json is locked by another mockview' } : { ok: true, value: undefined }),
      batchMs: 0,
    });
    await driver.start();
    // The failed save is reported when its promise settles: wait for the snapshot that says so.
    await new Promise<void>((resolve) => {
      const check = (): void => {
        if (!driver.getSnapshot().saveError) return;
        unsubscribe();
        resolve();
      };
      const unsubscribe = driver.subscribe(check);
      check();
    });
    expect(calls).toBeGreaterThan(1);
    expect(driver.getSnapshot().saveError).toBe('sessions/x.json is locked by another mockview');
  });

  it('a provider failure is in the snapshot, the session kept; nothing throws', async () => {
    const provider = {
      kind: 'bedrock' as const,
      label: 'broken',
      offline: false,
      // eslint-disable-next-line require-yield
      async *stream(): AsyncGenerator<never> {
        throw new Error('socket hang up');
      },
    };
    const saved: Session[] = [];
    const driver = createInterviewDriver({ session: createSession(makeSetup(), 'x', 0), provider, save: (s) => saved.push(s), batchMs: 0 });
    await driver.start();
    const snap = driver.getSnapshot();
    expect(snap.failure).toBeInstanceOf(Error);
    expect(snap.state).toMatchObject({ reply: 'failed', error: 'socket hang up' });
    expect(saved.at(-1)!.status).toBe('in-progress');
  });
});
