// The fake refuses what Bedrock refuses, in Bedrock's words — and everything the app sends for every
// model it offers passes. So no test can pass with a request Bedrock would reject.
import { describe, expect, it } from 'vitest';
import { buildConverseInput } from '../../src/bedrock/params.js';
import { PRESETS, applyPreset } from '../../src/bedrock/presets.js';
import { defaultParams, OFFERED } from '../../src/models/catalog.js';
import { modelRefusal, serviceModelViolations, validationMessage } from '../fake-bedrock/validate.js';
import { startFakeBedrock, scenarios } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { collect, useFakeBedrock } from './collect.js';

const fake = useFakeBedrock();

describe('the fake checks requests like Bedrock', () => {
  it('answers temperature 1.5 exactly as Bedrock does', async () => {
    const raw = await startFakeBedrock();
    try {
      const res = await fetch(`${raw.url}/model/meta.llama3-3-70b-instruct-v1%3A0/converse-stream`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ messages: [{ role: 'user', content: [{ text: 'hi' }] }], inferenceConfig: { temperature: 1.5 } }),
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('x-amzn-errortype')).toMatch(/^ValidationException/);
      expect(await res.json()).toEqual({
        message: "1 validation error detected: Value '1.5' at 'inferenceConfig.temperature' failed to satisfy constraint: Member must have value less than or equal to 1",
      });
    } finally {
      await raw.close();
    }
  });

  it('lists every violation, 1-based like Coral, with Java-style numbers', () => {
    const v = serviceModelViolations('bad id!', {
      messages: [{ role: 'user', content: [] }, { role: 'system' }],
      inferenceConfig: { maxTokens: 0, temperature: 2, topP: -0.5, stopSequences: [''] },
      guardrailConfig: { guardrailIdentifier: 'Gr-1', guardrailVersion: 'v1' },
    });
    const message = validationMessage(v);
    expect(message).toMatch(/^9 validation errors detected: /);
    expect(message).toContain("Value 'bad id!' at 'modelId' failed to satisfy constraint: Member must satisfy regular expression pattern: ^(arn:aws");
    expect(message).toContain("Value 'system' at 'messages.2.member.role' failed to satisfy constraint: Member must satisfy enum value set: [user, assistant]");
    expect(message).toContain("Value null at 'messages.2.member.content' failed to satisfy constraint: Member must not be null");
    expect(message).toContain("Value '0' at 'inferenceConfig.maxTokens' failed to satisfy constraint: Member must have value greater than or equal to 1");
    expect(message).toContain("Value '2.0' at 'inferenceConfig.temperature' failed to satisfy constraint: Member must have value less than or equal to 1");
    expect(message).toContain("Value '-0.5' at 'inferenceConfig.topP'");
    expect(message).toContain("at 'inferenceConfig.stopSequences.1.member' failed to satisfy constraint: Member must have length greater than or equal to 1");
    expect(message).toContain("Value 'Gr-1' at 'guardrailConfig.guardrailIdentifier'");
    expect(message).toContain("Value 'v1' at 'guardrailConfig.guardrailVersion'");
  });

  it('accepts the ids users type: foundation models, profiles, ARNs', () => {
    for (const id of ['anthropic.claude-sonnet-4-6', 'global.anthropic.claude-haiku-4-5-20251001-v1:0', 'arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123def456']) {
      expect(serviceModelViolations(id, {}), id).toEqual([]);
    }
  });

  it('refuses what the models themselves refuse', () => {
    expect(modelRefusal('amazon.titan-text-express-v1', { system: [{ text: 'x' }] })).toMatch(/doesn't support system messages/);
    expect(modelRefusal('mistral.mistral-7b-instruct-v0:2', { system: [{ text: 'x' }] })).toMatch(/doesn't support system messages/);
    expect(modelRefusal('us.anthropic.claude-sonnet-4-5-20250929-v1:0', { inferenceConfig: { maxTokens: 65536 } })).toBe(
      'max_tokens: 65536 > 64000, which is the maximum allowed number of output tokens for anthropic.claude-sonnet-4-5-20250929-v1:0',
    );
    expect(modelRefusal('anthropic.claude-haiku-4-5-20251001-v1:0', { inferenceConfig: { temperature: 0.5, topP: 0.9 } })).toMatch(/cannot both be specified/);
    expect(modelRefusal('anthropic.claude-opus-4-7', { inferenceConfig: { temperature: 0.7 } })).toMatch(/not supported for this model/);
    expect(modelRefusal('meta.llama3-8b-instruct-v1:0', { inferenceConfig: { maxTokens: 8192 } })).toMatch(/limit of 2048/);
    expect(modelRefusal('mistral.mistral-large-2407-v1:0', { additionalModelRequestFields: { top_k: 5 } })).toMatch(/extraneous key \[top_k\]/);
  });

  it('shows the refusal to the user as a validation error naming the parameter', async () => {
    const config = testConfig({ endpoint: fake.url, modelId: 'meta.llama3-8b-instruct-v1:0' }, { maxTokens: 2048 });
    config.params.temperature = 1.5; // a configuration saved before the 0–1 rule: clamped, never sent as 1.5
    const { error } = await collect(config);
    expect(error).toBeUndefined();
    expect((fake.requests[0]?.body as { inferenceConfig: { temperature: number } }).inferenceConfig.temperature).toBe(1);
  });
});

describe('what the app sends passes for every model it offers', () => {
  const system = 'You are an interviewer.';
  const request = { system, messages: [{ role: 'user' as const, text: 'Hello' }] };

  it.each(OFFERED.map((m) => m.id))('%s: defaults, every preset, with a system prompt', (id) => {
    const configs = [defaultParams(id), ...PRESETS.map((p) => applyPreset(p, id, { ...defaultParams(id), stopSequences: ['###'] }))];
    for (const params of configs) {
      const input = buildConverseInput(testConfig({ modelId: id }, params), request);
      const body = JSON.parse(JSON.stringify({ ...input, modelId: undefined }));
      expect(serviceModelViolations(id, body), JSON.stringify(params)).toEqual([]);
      expect(modelRefusal(id, body), JSON.stringify(params)).toBeUndefined();
    }
  });

  it.each(['amazon.titan-text-express-v1', 'mistral.mistral-7b-instruct-v0:2', 'mistral.mixtral-8x7b-instruct-v0:1'])(
    '%s gets the system prompt folded into the first user turn',
    async (modelId) => {
      // Titan is past end of life: a configuration saved earlier still must not send `system`.
      const config = { ...testConfig({ endpoint: fake.url }), modelId };
      fake.setScenario(scenarios.normal('ok'));
      const { error } = await collect(config, { request: { system, messages: [{ role: 'user', text: 'Hi' }, { role: 'assistant', text: 'Hello' }, { role: 'user', text: 'Go' }] } });
      expect(error).toBeUndefined();
      const body = fake.requests[0]?.body as { system?: unknown; messages: { role: string; content: { text: string }[] }[] };
      expect(body.system).toBeUndefined();
      expect(body.messages[0]?.content[0]?.text).toBe(`Instructions:\n${system}\n\n---\n\nHi`);
      expect(body.messages[2]?.content[0]?.text).toBe('Go');
    },
  );

  it('an unknown id gets only what the user set', async () => {
    const config = testConfig({ endpoint: fake.url, modelId: 'anthropic.claude-sonnet-5' }, { temperature: undefined, maxTokens: 2048 });
    await collect(config);
    expect((fake.requests[0]?.body as { inferenceConfig: unknown }).inferenceConfig).toEqual({ maxTokens: 2048 });
  });
});
