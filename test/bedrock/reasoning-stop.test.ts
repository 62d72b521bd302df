// Reasoning models, stop reasons and the per-reply deadline, with the real SDK against the fake.
import { describe, expect, it } from 'vitest';
import { stopKind, stopNotice, STOP_REASONS } from '../../src/bedrock/stop-reasons.js';
import { scenarios } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { collect, useFakeBedrock } from './collect.js';

const fake = useFakeBedrock();
const R1 = 'deepseek.r1-v1:0';
const cfg = (modelId = R1, params = {}) => testConfig({ endpoint: fake.url, modelId }, params);

describe('reasoning', () => {
  it('streams reasoningContent as reasoning events, apart from the answer text', async () => {
    fake.setScenario(scenarios.reasoning(['First, ', 'the candidate. '], 'Tell me about a project.'));
    const { events, text, error } = await collect(cfg());
    expect(error).toBeUndefined();
    expect(events.filter((e) => e.type === 'reasoning').map((e) => (e as { text: string }).text).join('')).toBe('First, the candidate. ');
    expect(text).toBe('Tell me about a project.');
    expect(text).not.toContain('candidate');
  });

  it('keeps the first-token timer alive while the model only thinks (70 s of thinking in miniature)', async () => {
    // 8 thoughts 150 ms apart: 1.2 s before the first answer text, with a 400 ms first-token limit.
    fake.setScenario(scenarios.reasoning(Array.from({ length: 8 }, (_, i) => `step ${i}. `), 'Answer.', 150));
    const { text, error } = await collect(cfg(), { timeouts: { connectMs: 300, firstTokenMs: 400, stallMs: 400 } });
    expect(error).toBeUndefined();
    expect(text).toBe('Answer.');
  });

  it('still times out when the thinking stalls', async () => {
    fake.setScenario(scenarios.reasoning(['one. ', 'two. '], 'late', 700));
    const { error, events } = await collect(cfg(), { timeouts: { connectMs: 300, firstTokenMs: 400, stallMs: 300 } });
    expect(events.some((e) => e.type === 'reasoning')).toBe(true);
    expect(error?.errorClass).toBe('timeout');
    expect(error?.afterFirstToken).toBe(true);
    expect(fake.requests).toHaveLength(1); // reasoning already shown: nothing resent silently
  });

  it('reports a reply that is only reasoning as such, not as an empty success', async () => {
    fake.setScenario(scenarios.reasoningOnly(['thinking… ', 'still thinking… ']));
    const { error, events } = await collect(cfg());
    expect(events.some((e) => e.type === 'stop' && e.reason === 'max_tokens')).toBe(true);
    expect(error?.errorClass).toBe('reasoning-only');
    expect(error?.title).toBe('DeepSeek R1 only reasoned and gave no answer');
    expect(error?.fix).toMatch(/max_tokens/);
  });

  it('sends Claude extended thinking and gpt-oss effort where AWS documents them, never temperature with thinking', async () => {
    await collect(cfg('anthropic.claude-opus-4-5-20251101-v1:0', { maxTokens: 16000, reasoningBudget: 4096 }));
    const claude = fake.requests[0]?.body as { inferenceConfig: Record<string, unknown>; additionalModelRequestFields: unknown };
    expect(claude.additionalModelRequestFields).toEqual({ thinking: { type: 'enabled', budget_tokens: 4096 } });
    expect(claude.inferenceConfig).toEqual({ maxTokens: 16000 });

    fake.requests.length = 0;
    await collect(cfg('openai.gpt-oss-120b-1:0', { maxTokens: 4096, reasoningEffort: 'low' }));
    expect((fake.requests[0]?.body as { additionalModelRequestFields: unknown }).additionalModelRequestFields).toEqual({ reasoning_effort: 'low' });
  });

  it('gives a reasoning model room to think on a short connection test', async () => {
    await collect(cfg(), { request: { messages: [{ role: 'user', text: 'hi' }], maxTokens: 256 } });
    expect((fake.requests[0]?.body as { inferenceConfig: { maxTokens: number } }).inferenceConfig.maxTokens).toBe(1024);
  });
});

describe('stop reasons', () => {
  it.each(['end_turn', 'stop_sequence'])('%s is a normal end with no notice', async (reason) => {
    fake.setScenario(scenarios.stopReason(reason));
    const { events, error } = await collect(cfg('amazon.nova-pro-v1:0'));
    expect(error).toBeUndefined();
    expect(events).toContainEqual({ type: 'stop', reason });
    expect(events.some((e) => e.type === 'notice')).toBe(false);
  });

  it('says a reply was cut by max_tokens, with the limit and what to do', async () => {
    fake.setScenario(scenarios.stopReason('max_tokens'));
    const { events, error } = await collect(cfg('amazon.nova-pro-v1:0'));
    expect(error).toBeUndefined();
    expect(events).toContainEqual({ type: 'stop', reason: 'max_tokens' });
    expect(events).toContainEqual({ type: 'notice', message: expect.stringMatching(/^The reply was cut at max_tokens \(1024\): ask the model to continue/) });
  });

  it('says what to do when the context window overflows', async () => {
    fake.setScenario(scenarios.stopReason('model_context_window_exceeded'));
    const { events } = await collect(cfg('amazon.nova-pro-v1:0'));
    expect(events).toContainEqual({ type: 'notice', message: expect.stringMatching(/context window: start a new interview/) });
  });

  it.each(['guardrail_intervened', 'content_filtered'])('fails a %s reply: the canned text is not the model\'s answer', async (reason) => {
    fake.setScenario(scenarios.stopReason(reason, 'Sorry, the model cannot answer this question.'));
    const { events, text, error } = await collect(cfg('amazon.nova-pro-v1:0'));
    expect(text).toBe('Sorry, the model cannot answer this question.');
    expect(events).toContainEqual({ type: 'stop', reason });
    expect(error?.errorClass).toBe('guardrail-blocked');
    expect(error?.title).toMatch(/guardrail or content filter blocked/);
    expect(fake.requests).toHaveLength(1);
  });

  it('has a notice or a normal end for every stop reason of the service model', () => {
    for (const r of STOP_REASONS) {
      const notice = stopNotice(r, { params: { stopSequences: [], maxTokens: 100 } });
      expect(stopKind(r) === 'complete' ? notice : typeof notice, r).toBe(stopKind(r) === 'complete' ? undefined : 'string');
    }
    expect(stopNotice('something_new', { params: { stopSequences: [] } })).toMatch(/something_new/);
  });
});

describe('per-reply deadline', () => {
  it('cuts a server that trickles bytes steadily (never stalling) with a clear error, the text so far received', async () => {
    fake.setScenario(scenarios.trickle(100, 100)); // 10 s of words, one every 100 ms
    const started = Date.now();
    const { text, error } = await collect(cfg('amazon.nova-pro-v1:0'), { timeouts: { connectMs: 300, firstTokenMs: 2000, stallMs: 400, replyDeadlineMs: 900 } });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(error?.errorClass).toBe('reply-deadline');
    expect(error?.afterFirstToken).toBe(true);
    expect(error?.fix).toMatch(/text so far is kept/);
    expect(text).toMatch(/^word0 word1 /);
    expect(fake.requests).toHaveLength(1);
  });

  it('takes the deadline from MOCKVIEW_REPLY_DEADLINE_MS, else the model configuration', async () => {
    fake.setScenario(scenarios.trickle(100, 100));
    const byEnv = await collect(cfg('amazon.nova-pro-v1:0', { replyDeadlineMs: 60000 }), { env: { MOCKVIEW_REPLY_DEADLINE_MS: '700' } });
    expect(byEnv.error?.errorClass).toBe('reply-deadline');
    expect(byEnv.error?.raw.message).toMatch(/within 1 s/);
    const byConfig = await collect(cfg('amazon.nova-pro-v1:0', { replyDeadlineMs: 1000 }), { env: {} });
    expect(byConfig.error?.errorClass).toBe('reply-deadline');
  });
});
