import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/bedrock/error-types.js';
import { buildGradingPrompt, checklistFeedback } from '../../src/interview/feedback.js';
import { buildInterviewRequest } from '../../src/interview/prompts.js';
import { buildQuestionGenerationPrompt, OPENING_QUESTION, parseQuestionList, questionsFor } from '../../src/interview/question-bank.js';
import { isInterviewComplete, questionsAsked, sessionReducer, type SessionState } from '../../src/interview/session.js';
import { createDemoProvider, DEMO_DOES_NOT_GRADE, DEMO_NOT_A_MODEL } from '../../src/providers/demo.js';
import type { ChatRequest, Provider, StreamEvent } from '../../src/providers/types.js';
import { INTERVIEW_TYPES, type InterviewSetup } from '../../src/store/schema.js';
import { apply, makeSetup, runScript, T0 } from './helpers.js';

const fast = (seed = 1): Provider => createDemoProvider({ tokensPerSecond: Infinity, seed });

async function collect(provider: Provider, request: ChatRequest, signal?: AbortSignal) {
  const events: StreamEvent[] = [];
  for await (const e of provider.stream(request, signal)) events.push(e);
  return { text: events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(''), events };
}

const LONG = 'I led the migration of our billing platform to an event-sourced ledger, which cut reconciliation time from 3 days to 4 hours for the finance team.';

/** Drives the real reducer with the demo as the interviewer until it ends (or a safety cap). */
async function interview(setup: InterviewSetup, answers: (n: number) => string, provider = fast(), previousQuestions: string[] = []): Promise<{ state: SessionState; raw: string[] }> {
  let state = runScript(setup, []);
  const raw: string[] = [];
  let t = T0;
  for (let step = 0; step < 40 && state.phase !== 'ended'; step++) {
    if (state.phase === 'asking') {
      const { text } = await collect(provider, buildInterviewRequest(state.session, { previousQuestions }));
      raw.push(text);
      state = apply(state, { type: 'streamStarted', atMs: (t += 1000) });
      for (const piece of text.match(/\S+\s*/g) ?? []) state = sessionReducer(state, { type: 'streamDelta', text: piece });
      state = apply(state, { type: 'streamDone', atMs: (t += 1000) });
    } else {
      state = apply(state, { type: 'answerSubmitted', text: answers(raw.length), atMs: (t += 5000) });
    }
  }
  return { state, raw };
}

describe('offline demo provider', () => {
  it.each(INTERVIEW_TYPES)('runs a full %s interview from the bank with markers and ends with [End]', async (type) => {
    const { state, raw } = await interview(makeSetup({ type, questionCount: 4 }), () => LONG);
    expect(raw.map((r) => r.match(/^\[(Q\d|Follow-up|End)\]/)?.[1])).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'End']);
    expect(raw[0]).toContain(OPENING_QUESTION);
    const bank = questionsFor(type);
    const asked = state.session.turns.filter((t) => t.role === 'interviewer' && t.questionNumber && t.questionNumber > 1).map((t) => t.text);
    expect(asked.every((q) => bank.includes(q))).toBe(true);
    expect(new Set(asked).size).toBe(3);
    expect(state.phase).toBe('ended');
    expect(isInterviewComplete(state.session)).toBe(true);
    expect(questionsAsked(state.session)).toBe(4);
    expect(checklistFeedback(state.session)).toMatchObject({ kind: 'checklist', questions: { length: 4 } });
  });

  it('follows up once on a short answer, then moves on', async () => {
    const { raw, state } = await interview(makeSetup({ type: 'technical', questionCount: 2 }), () => 'Not sure.');
    expect(raw.map((r) => r.match(/^\[(Q\d|Follow-up|End)\]/)?.[1])).toEqual(['Q1', 'Follow-up', 'Q2', 'Follow-up', 'End']);
    expect(state.session.turns.filter((t) => t.followUp && t.role === 'interviewer').map((t) => t.questionNumber)).toEqual([1, 2]);
  });

  it('asks planned questions in order and avoids questions from earlier sessions', async () => {
    const planned = ['Why do you want to leave your current job?', 'What is your biggest weakness?'];
    const { raw } = await interview(makeSetup({ type: 'behavioural', questionCount: 3, plannedQuestions: planned }), () => LONG);
    expect(raw[0]).toMatch(/^\[Q1\] Welcome.*Why do you want to leave your current job\?$/);
    expect(raw[1]).toBe('[Q2] What is your biggest weakness?');
    const bank = questionsFor('coding');
    const previous = bank.slice(0, -1);
    const { raw: again } = await interview(makeSetup({ type: 'coding', questionCount: 2 }), () => LONG, fast(7), previous);
    expect(again[1]).toBe(`[Q2] ${bank.at(-1)}`);
  });

  it('says its questions are in English when the interview language is not', async () => {
    const { raw } = await interview(makeSetup({ language: '中文', questionCount: 1 }), () => LONG);
    expect(raw[0]).toContain('asks its questions in English; answer in 中文 or English');
  });

  it('is the same interview for the same seed', async () => {
    const a = await interview(makeSetup({ type: 'system-design', questionCount: 4 }), () => LONG, fast(42));
    const b = await interview(makeSetup({ type: 'system-design', questionCount: 4 }), () => LONG, fast(42));
    expect(a.raw).toEqual(b.raw);
  });

  it('does not grade, and says so', async () => {
    const { state } = await interview(makeSetup({ questionCount: 1 }), () => LONG);
    const { text } = await collect(fast(), buildGradingPrompt(state.session));
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
