import { describe, expect, it } from 'vitest';
import { ProviderError } from '../../src/models/provider-error.js';
import { interviewTag } from '../../src/interview/markers.js';
import { DEMO_QUESTIONS } from '../../src/interview/question-bank.js';
import { createDemoProvider } from '../../src/providers/demo.js';
import type { ChatMessage, StreamEvent } from '../../src/providers/types.js';

async function reply(messages: ChatMessage[], system?: string, tokensPerSecond = Infinity) {
  const provider = createDemoProvider({ tokensPerSecond, random: () => 0 });
  const events: StreamEvent[] = [];
  for await (const e of provider.stream({ system, messages })) events.push(e);
  return { text: events.flatMap((e) => (e.type === 'text' ? [e.text] : [])).join(''), events };
}

describe('offline demo provider', () => {
  it('is labelled offline and never claims to be a model', async () => {
    const provider = createDemoProvider();
    expect(provider).toMatchObject({ kind: 'demo', offline: true, label: 'Offline demo' });
    const { text, events } = await reply([{ role: 'user', text: 'What is 2+2?' }]);
    expect(text).toContain('not a language model');
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['text', 'stop', 'usage', 'metrics']));
  });

  it('runs an interview from the bank: opening, follow-up on a short answer, next question, end', async () => {
    const system = `You are an interviewer. ${interviewTag('technical', 2)}`;
    const kickoff: ChatMessage = { role: 'user', text: '(The candidate has joined.)' };
    const q1 = await reply([kickoff], system);
    expect(q1.text).toMatch(/^\[Q1\] .*introduce yourself/);
    const short = await reply([kickoff, { role: 'assistant', text: q1.text }, { role: 'user', text: 'I code.' }], system);
    expect(short.text).toMatch(/^\[Follow-up\] /);
    const long = 'I have spent eight years building payment systems, most recently leading a team of five that moved our ledger to an event-sourced design.';
    const q2 = await reply([kickoff, { role: 'assistant', text: q1.text }, { role: 'user', text: long }], system);
    expect(q2.text).toMatch(/^\[Q2\] /);
    expect(DEMO_QUESTIONS.technical.some((q) => q2.text.includes(q))).toBe(true);
    const end = await reply([kickoff, { role: 'assistant', text: q1.text }, { role: 'user', text: long }, { role: 'assistant', text: q2.text }, { role: 'user', text: long }], system);
    expect(end.text).toMatch(/^\[End\] /);
  });

  it('streams at a realistic pace and cancels cleanly', async () => {
    const provider = createDemoProvider({ tokensPerSecond: 50 });
    const controller = new AbortController();
    let text = '';
    const started = Date.now();
    await expect(
      (async () => {
        for await (const e of provider.stream({ messages: [{ role: 'user', text: 'hi' }] }, controller.signal)) {
          if (e.type === 'text') text += e.text;
          if (text.split(' ').length > 3) controller.abort();
        }
      })(),
    ).rejects.toSatisfy((e: unknown) => e instanceof ProviderError && e.errorClass === 'cancelled');
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);
    expect(text.length).toBeGreaterThan(0);
  });
});
