import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/models/provider-error.js';
import { buildGradingPrompt, checklistFeedback } from '../../src/interview/feedback.js';
import { createInterviewDriver } from '../../src/app/interview-driver.js';
import { pickQuestions } from '../../src/interview/banks/index.js';
import { buildQuestionGenerationPrompt, parseQuestionList, questionsFor } from '../../src/interview/question-bank.js';
import { createSession, isInterviewComplete, questionsAsked } from '../../src/interview/session.js';
import { createDemoProvider, DEMO_DOES_NOT_GRADE, DEMO_NOT_A_MODEL } from '../../src/providers/demo.js';
import type { ChatRequest, Provider, StreamEvent } from '../../src/providers/types.js';
import { INTERVIEW_TYPES, type InterviewSetup, type Session } from '../../src/store/schema.js';
import { makeSetup, T0 } from './helpers.js';

const fast = (seed = 1): Provider => createDemoProvider({ tokensPerSecond: Infinity, seed });

async function collect(provider: Provider, request: ChatRequest, signal?: AbortSignal) {
  const events: StreamEvent[] = [];
  for await (const e of provider.stream(request, signal)) events.push(e);
  return { text: events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(''), events };
}

const LONG = 'I led the migration of our billing platform to an event-sourced ledger, which cut reconciliation time from 3 days to 4 hours for the finance team.';

/** Runs the interview with the real driver and the demo as the interviewer until it ends (or the answers run out). */
async function interview(setup: InterviewSetup, answers: (n: number) => string, provider = fast(), previousQuestions: string[] = []): Promise<{ session: Session; raw: string[] }> {
  const raw: string[] = [];
  const recording: Provider = { ...provider, stream: (request, signal) => record(provider, request, signal, raw) };
  const driver = createInterviewDriver({ session: createSession(setup, 'Offline demo', T0, () => 0.5), provider: recording, save: () => {}, previousQuestions, batchMs: 0 });
  await driver.start();
  for (let n = 0; n < 40 && driver.getSnapshot().state.phase === 'answering'; n++) await driver.answer(answers(raw.length));
  return { session: driver.getSnapshot().session, raw };
}

async function* record(provider: Provider, request: ChatRequest, signal: AbortSignal | undefined, raw: string[]): AsyncGenerator<StreamEvent> {
  let text = '';
  for await (const e of provider.stream(request, signal)) {
    if (e.type === 'text') text += e.text;
    yield e;
  }
  raw.push(text);
}

const kinds = (raw: string[]): (string | undefined)[] => raw.map((r) => r.match(/^\[(Q\d|Follow-up|Close|End|追问|追問|结束|結束)\]/)?.[1]);

describe('offline demo provider', () => {
  it.each(INTERVIEW_TYPES)('runs a full %s interview from the bank with markers, the close and the farewell', async (type) => {
    const { session, raw } = await interview(makeSetup({ type, questionCount: 4 }), () => LONG);
    expect(kinds(raw).filter((k) => k !== 'Follow-up')).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Close', 'End']);
    expect(isInterviewComplete(session)).toBe(true);
    expect(questionsAsked(session)).toBe(4);
    expect(session.turns.some((t) => t.flags?.length)).toBe(false);
    expect(checklistFeedback(session)).toMatchObject({ kind: 'checklist', questions: { length: 4 } });
  });

  it('follows up on a short answer within the budget (a technical depth ladder allows two), then moves on', async () => {
    const { raw, session } = await interview(makeSetup({ type: 'technical', questionCount: 3 }), () => 'Not sure.');
    // The self-introduction has no follow-up; each topic climbs two rungs.
    expect(kinds(raw)).toEqual(['Q1', 'Q2', 'Follow-up', 'Follow-up', 'Q3', 'Follow-up', 'Follow-up', 'Close', 'End']);
    expect(session.turns.filter((t) => t.followUp && t.role === 'interviewer').map((t) => t.questionNumber)).toEqual([2, 2, 3, 3]);
  });

  it('asks planned questions in order and avoids questions from earlier sessions', async () => {
    const planned = ['Why do you want to leave your current job?', 'What is your biggest weakness?'];
    const { raw } = await interview(makeSetup({ type: 'behavioural', questionCount: 3, plannedQuestions: planned }), () => LONG);
    expect(raw[0]).toMatch(/^\[Q1\] Welcome.*Why do you want to leave your current job\?$/);
    expect(raw.filter((r) => r.startsWith('[Q2]'))).toEqual(['[Q2] What is your biggest weakness?']);
    const bank = pickQuestions({ type: 'technical', language: 'English' }, 100).map((q) => q.text);
    const previous = bank.slice(0, -1);
    const { raw: again } = await interview(makeSetup({ type: 'technical', questionCount: 1 }), () => LONG, fast(7), previous);
    expect(again[0]).toContain(bank.at(-1)!.slice(0, 30));
  });

  it('prefers bank questions that fit the role and focus', async () => {
    const databases = pickQuestions({ type: 'technical', role: 'Backend engineer', focus: 'databases', language: 'English' }, 3).map((q) => q.text.slice(0, 25));
    const { raw } = await interview(makeSetup({ type: 'technical', questionCount: 1, role: 'Backend engineer', focus: 'databases' }), () => LONG);
    expect(databases.some((q) => raw[0]!.includes(q))).toBe(true);
    expect(raw[0]).toMatch(/index|lock|transaction|database|query|cache|consisten/i);
  });

  it('asks its bank questions in the interview language, Simplified and Traditional kept apart', async () => {
    const hans = await interview(makeSetup({ language: '简体中文', questionCount: 1 }), () => LONG);
    const hant = await interview(makeSetup({ language: 'zh-Hant', questionCount: 1 }), () => LONG);
    expect(hans.raw[0]).toMatch(/^\[Q1\] 欢迎参加这次模拟面试，谢谢你抽出时间。 [\u4e00-\u9fff]/u);
    expect(hant.raw[0]).toMatch(/^\[Q1\] 歡迎參加這次模擬面試，謝謝你抽出時間。 [\u4e00-\u9fff]/u);
    expect(hans.raw.join('')).not.toMatch(/[們這個說問題時後為對]/u);
    expect(hant.raw.join('')).not.toMatch(/[们这个说问题时后为对]/u);
  });

  it('clarifies the current question (its number repeated) when the candidate asks what it means', async () => {
    const { raw, session } = await interview(makeSetup({ type: 'behavioural', questionCount: 1 }), (n) => (n === 1 ? 'Do you mean at work or at school?' : LONG));
    expect(raw[1]).toMatch(/^\[Q1\] Take it whichever way fits/);
    expect(session.turns.filter((t) => t.continuation).length).toBe(1);
    expect(questionsAsked(session)).toBe(1);
  });

  it('is the same interview for the same seed', async () => {
    const a = await interview(makeSetup({ type: 'system-design', questionCount: 4 }), () => LONG, fast(42));
    const b = await interview(makeSetup({ type: 'system-design', questionCount: 4 }), () => LONG, fast(42));
    expect(a.raw).toEqual(b.raw);
  });

  it('does not grade, and says so', async () => {
    const { session } = await interview(makeSetup({ questionCount: 1 }), () => LONG);
    const { text } = await collect(fast(), buildGradingPrompt(session));
    expect(text).toBe(DEMO_DOES_NOT_GRADE);
    expect(text).toMatch(/not a language model/);
  });

  it('answers anything else honestly as the offline demo, with how to add a model', async () => {
    const provider = createDemoProvider();
    expect(provider).toMatchObject({ kind: 'demo', label: 'Offline demo', offline: true });
    const { text, events } = await collect(fast(), { messages: [{ role: 'user', text: 'hi' }] });
    expect(text).toBe(DEMO_NOT_A_MODEL);
    expect(text).toMatch(/offline demo, not a language model/);
    expect(text).toMatch(/mockview models add/);
    expect(events.slice(-3).map((e) => e.type)).toEqual(['stop', 'usage', 'metrics']);
    const usage = events.find((e) => e.type === 'usage');
    expect(usage).toMatchObject({ inputTokens: 1, outputTokens: text.split(/\s+/).length });
  });

  it('offers bank questions for a question-generation request, in a form the list parser reads', async () => {
    const { text } = await collect(fast(), buildQuestionGenerationPrompt({ role: 'SRE', type: 'technical', count: 5, language: 'English' }));
    expect(text).toMatch(/^The offline demo cannot write new questions/);
    const parsed = parseQuestionList(text);
    expect(parsed).toHaveLength(5);
    expect(parsed.every((q) => questionsFor('technical').includes(q))).toBe(true);
  });

  it('streams word by word at the set pace and reports metrics from its clock', async () => {
    let clock = 0;
    const provider = createDemoProvider({ tokensPerSecond: 400, now: () => (clock += 10) });
    const started = Date.now();
    const { events } = await collect(provider, { messages: [{ role: 'user', text: 'hi' }] });
    const texts = events.filter((e) => e.type === 'text');
    expect(texts.length).toBe(DEMO_NOT_A_MODEL.split(/\s+/).length);
    expect(Date.now() - started).toBeGreaterThanOrEqual(texts.length * 2 - 5);
    const metrics = events.at(-1);
    expect(metrics).toMatchObject({ type: 'metrics', firstTokenMs: 10 });
    if (metrics?.type === 'metrics') expect(metrics.totalMs).toBeGreaterThan(metrics.firstTokenMs!);
  });

  it('cancels cleanly mid-stream and before it starts', async () => {
    const provider = createDemoProvider({ tokensPerSecond: 100 });
    const controller = new AbortController();
    let text = '';
    const run = (async () => {
      for await (const e of provider.stream({ messages: [{ role: 'user', text: 'hi' }] }, controller.signal)) {
        if (e.type === 'text') text += e.text;
        if (text.split(' ').length > 3) controller.abort();
      }
    })();
    await expect(run).rejects.toSatisfy((e: unknown) => e instanceof ProviderError && e.errorClass === 'cancelled' && e.afterFirstToken);
    expect(text.length).toBeGreaterThan(0);
    expect(DEMO_NOT_A_MODEL.startsWith(text)).toBe(true);

    const aborted = AbortSignal.abort();
    await expect(collect(createDemoProvider({ tokensPerSecond: 100 }), { messages: [{ role: 'user', text: 'hi' }] }, aborted)).rejects.toSatisfy(
      (e: unknown) => e instanceof ProviderError && e.errorClass === 'cancelled' && !e.afterFirstToken,
    );
  });
});
