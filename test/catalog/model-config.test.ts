import { describe, expect, it } from 'vitest';
import { maskConfig, maskSecret, validateModelConfig, type ConfigField } from '../../src/store/model-config.js';

const KEY = 'ABSKQmVkcm9ja0FQSUtleS1zZWNyZXQtdGVzdA';
const base = {
  name: 'Bedrock Claude 4.5 Sonnet',
  provider: 'bedrock',
  auth: { type: 'apiKey', apiKey: KEY },
  region: 'us-east-1',
  modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0',
  params: { temperature: 0.7, maxTokens: 8192, stopSequences: [] },
  createdAt: '2026-11-24T00:00:00.000Z',
  updatedAt: '2026-11-24T00:00:00.000Z',
};
type Input = typeof base & Record<string, unknown>;
const withParams = (params: Record<string, unknown>, extra: Partial<Input> = {}) => ({ ...base, ...extra, params: { ...base.params, ...params } });

describe('validateModelConfig', () => {
  it.each([
    ['an API key', base],
    ['IAM keys with a session token', { ...base, auth: { type: 'iam', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'tok' } }],
    ['a named profile', { ...base, auth: { type: 'profile', profile: 'work' } }],
    ['the default chain', { ...base, auth: { type: 'profile' } }],
    ['an endpoint URL', { ...base, endpoint: 'https://vpce-123.bedrock-runtime.us-east-1.vpce.amazonaws.com' }],
    ['top_k for Claude', withParams({ topK: 250 })],
    ['top_p alone for Claude 4.5', withParams({ temperature: undefined, topP: 0.9 })],
    ['temperature 1 for Llama', { ...base, modelId: 'meta.llama3-1-70b-instruct-v1:0', params: { temperature: 1, maxTokens: 8192, stopSequences: [] } }],
    ['a reasoning budget for Claude Opus 4.5', { ...base, modelId: 'anthropic.claude-opus-4-5-20251101-v1:0', params: { maxTokens: 16000, reasoningBudget: 4096, stopSequences: [] } }],
    ['a reasoning effort for gpt-oss', { ...base, modelId: 'openai.gpt-oss-120b-1:0', params: { maxTokens: 4096, reasoningEffort: 'high', stopSequences: [] } }],
    ['a reply deadline', withParams({ replyDeadlineMs: 120000 })],
    ['a guardrail', withParams({ guardrail: { id: 'gr1abc', version: '1' } })],
    ['a DRAFT guardrail by ARN', withParams({ guardrail: { id: 'arn:aws:bedrock:us-east-1:123456789012:guardrail/abc123', version: 'DRAFT' } })],
    ['four stop sequences', withParams({ stopSequences: ['a', 'b', 'c', 'd'] })],
    ['an ARN of a profile', { ...base, modelId: 'arn:aws:bedrock:eu-central-1:123456789012:inference-profile/eu.anthropic.claude-opus-4-5-20251101-v1:0', region: 'eu-central-1', params: { temperature: 1, maxTokens: 64000, stopSequences: [] } }],
    ['top_k 128 for Nova', { ...base, modelId: 'amazon.nova-pro-v1:0', params: { topK: 128, maxTokens: 256, stopSequences: [] } }],
    ['the offline demo without auth', { ...base, name: 'offline', provider: 'demo', auth: { type: 'none' }, region: 'local', modelId: 'demo' }],
    ['no params at all (all defaults)', { ...base, params: undefined }],
  ])('accepts %s', (_, input) => {
    const result = validateModelConfig(input);
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  it('accepts an unknown model id with a notice and permissive rules', () => {
    const result = validateModelConfig({ ...base, modelId: 'acme.future-model-v1:0', params: { temperature: 0.8, maxTokens: 60000, stopSequences: [] } });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.notices).toEqual([
        "model id 'acme.future-model-v1:0' is not in the catalog: only the parameters you set are sent (temperature 0–1, max_tokens up to 65536)",
      ]);
    }
    expect(validateModelConfig({ ...base, modelId: 'foo' })).toMatchObject({ ok: true, notices: [expect.stringContaining("model id 'foo' is not in the catalog")] });
  });

  it('notes a Legacy model and a model that takes no sampling parameter, without refusing them', () => {
    const legacy = validateModelConfig({ ...base, modelId: 'anthropic.claude-opus-4-1-20250805-v1:0', params: { maxTokens: 8192, stopSequences: [] } });
    expect(legacy).toMatchObject({ ok: true, notices: [expect.stringMatching(/^Claude 4\.1 Opus is Legacy on Bedrock: .*consider Claude Opus 4\.6 \(anthropic\.claude-opus-4-6-v1\)$/)] });
    const none = validateModelConfig({ ...base, modelId: 'anthropic.claude-opus-4-7', params: { temperature: 0.7, maxTokens: 8192, stopSequences: [] } });
    expect(none).toMatchObject({ ok: true, notices: ['Claude Opus 4.7 takes no temperature, top_p or top_k; they are not sent'] });
  });

  it('reports every problem at once, one per field', () => {
    const result = validateModelConfig({ ...base, name: '', region: 'xx-nowhere-1', params: { temperature: 1.5, maxTokens: 100000, stopSequences: [] } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field).sort()).toEqual(['maxTokens', 'name', 'region', 'temperature']);
  });

  it.each<[string, unknown, ConfigField, RegExp]>([
    ['an empty name', { ...base, name: '  ' }, 'name', /name is empty/],
    ['the name demo', { ...base, name: 'Demo' }, 'name', /built-in offline demo/],
    ['an empty API key', { ...base, auth: { type: 'apiKey', apiKey: '' } }, 'apiKey', /API key is empty/],
    ['IAM without a secret', { ...base, auth: { type: 'iam', accessKeyId: 'AKIA' } }, 'secretAccessKey', /required/],
    ['an unknown region', { ...base, region: 'xx-nowhere-1' }, 'region', /'xx-nowhere-1' is not a Bedrock region/],
    ['an empty model id', { ...base, modelId: '' }, 'modelId', /model id is empty/],
    ['a bad endpoint', { ...base, endpoint: 'ftp://x' }, 'endpoint', /http:\/\/ or https:\/\//],
    ['temperature above the Converse range', withParams({ temperature: 1.5 }), 'temperature', /temperature 1.5 is outside 0–1 \(Bedrock's Converse range for every model\)/],
    ['temperature 1.5 for Llama (the seed said 0–2)', { ...base, modelId: 'meta.llama3-3-70b-instruct-v1:0', params: { temperature: 1.5, stopSequences: [] } }, 'temperature', /outside 0–1/],
    ['max_tokens above the model', withParams({ maxTokens: 65536 }), 'maxTokens', /above 64000, the most Claude 4.5 Sonnet can output/],
    ['max_tokens 8192 for Llama 3 8B', { ...base, modelId: 'meta.llama3-8b-instruct-v1:0', params: { maxTokens: 8192, stopSequences: [] } }, 'maxTokens', /^max_tokens 8192 is above 2048, the most Llama 3 8B can output$/],
    ['an end-of-life model', { ...base, modelId: 'anthropic.claude-3-7-sonnet-20250219-v1:0' }, 'modelId', /^Claude 3.7 Sonnet has reached end of life on Bedrock; use Claude Sonnet 4.6 \(anthropic.claude-sonnet-4-6\)$/],
    ['a reasoning budget below 1024', { ...base, modelId: 'anthropic.claude-opus-4-5-20251101-v1:0', params: { maxTokens: 8192, reasoningBudget: 500, stopSequences: [] } }, 'reasoningBudget', /1024/],
    ['a reasoning budget not below max_tokens', { ...base, modelId: 'anthropic.claude-opus-4-5-20251101-v1:0', params: { maxTokens: 4096, reasoningBudget: 4096, stopSequences: [] } }, 'reasoningBudget', /^reasoning budget 4096 must be below max_tokens \(4096\)$/],
    ['a reasoning budget for Nova', { ...base, modelId: 'amazon.nova-pro-v1:0', params: { reasoningBudget: 2048, stopSequences: [] } }, 'reasoningBudget', /^Nova Pro takes no reasoning budget/],
    ['a reasoning effort for Claude', withParams({ reasoningEffort: 'low' }), 'reasoningEffort', /^Claude 4.5 Sonnet takes no reasoning effort/],
    ['a guardrail id with a dash', withParams({ guardrail: { id: 'gr-1', version: '1' } }), 'guardrailId', /lower-case letters and digits/],
    ['a guardrail version that is not a number', withParams({ guardrail: { id: 'gr1', version: 'v2' } }), 'guardrailVersion', /a number \(1, 2, …\) or DRAFT/],
    ['max_tokens below 256', withParams({ maxTokens: 100 }), 'maxTokens', /below the minimum of 256/],
    ['top_k for Llama', { ...base, modelId: 'meta.llama3-1-8b-instruct-v1:0', params: { temperature: 0.5, maxTokens: 2048, topK: 50, stopSequences: [] } }, 'topK', /top_k is not supported by Meta Llama models/],
    ['top_k out of range', withParams({ topK: 900 }), 'topK', /top_k 900 is outside 0–500/],
    ['five stop sequences', withParams({ stopSequences: ['a', 'b', 'c', 'd', 'e'] }), 'stopSequences', /at most 4 stop sequences \(got 5\)/],
    ['temperature with top_p on Claude 4.5', withParams({ topP: 0.9 }), 'topP', /does not accept temperature and top_p together/],
    ['a guardrail id without version', withParams({ guardrail: { id: 'gr', version: '' } }), 'guardrailVersion', /guardrail version is empty/],
    ['a text temperature', withParams({ temperature: 'hot' }), 'temperature', /^temperature must be a number$/],
    ['a missing name', { ...base, name: undefined }, 'name', /^name is required$/],
    ['an unknown provider', { ...base, provider: 'openai' }, 'provider', /^provider is not valid$/],
    ['an unknown auth type', { ...base, auth: { type: 'password' } }, 'auth', /^choose an auth method/],
    ['no auth for Bedrock', { ...base, auth: { type: 'none' } }, 'auth', /^choose an auth method/],
    ['an empty access key id', { ...base, auth: { type: 'iam', accessKeyId: ' ', secretAccessKey: 'x' } }, 'accessKeyId', /^access key id is empty$/],
    ['an empty session token', { ...base, auth: { type: 'iam', accessKeyId: 'AKIA', secretAccessKey: 'x', sessionToken: '' } }, 'sessionToken', /^session token is empty$/],
    ['a region for Bedrock (exact text)', { ...base, region: 'xx-nowhere-1' }, 'region', /^region 'xx-nowhere-1' is not a Bedrock region \(e\.g\. us-east-1, us-west-2, eu-central-1\)$/],
    ['temperature above 2 for Claude', withParams({ temperature: 2.5 }), 'temperature', /^temperature 2.5 is outside 0–1 \(Bedrock's Converse range for every model\)$/],
    ['negative temperature', { ...base, modelId: 'meta.llama3-8b-instruct-v1:0', params: { temperature: -0.1, stopSequences: [] } }, 'temperature', /^temperature -0.1 is outside 0–1/],
    ['temperature above 1 for an unknown id', { ...base, modelId: 'acme.x', params: { temperature: 1.2, stopSequences: [] } }, 'temperature', /outside 0–1/],
    ['max_tokens above Claude 4.5 Sonnet (exact text)', withParams({ maxTokens: 100000 }), 'maxTokens', /^max_tokens 100000 is above 64000, the most Claude 4.5 Sonnet can output$/],
    ['max_tokens above Claude 3 Haiku', { ...base, modelId: 'anthropic.claude-3-haiku-20240307-v1:0', params: { maxTokens: 5000, stopSequences: [] } }, 'maxTokens', /^max_tokens 5000 is above 4096, the most Claude 3 Haiku can output$/],
    ['max_tokens 0', withParams({ maxTokens: 0 }), 'maxTokens', /^max_tokens 0 is below the minimum of 256$/],
    ['fractional max_tokens', withParams({ maxTokens: 1000.5 }), 'maxTokens', /^max_tokens must be a whole number$/],
    ['top_k for Mistral Large 2407', { ...base, modelId: 'mistral.mistral-large-2407-v1:0', params: { topK: 10, stopSequences: [] } }, 'topK', /^top_k is not supported by Mistral Large 2407$/],
    ['top_k for an unknown id', { ...base, modelId: 'acme.x', params: { topK: 10, stopSequences: [] } }, 'topK', /^top_k is not supported by unknown models$/],
    ['top_k above Nova range', { ...base, modelId: 'amazon.nova-pro-v1:0', params: { topK: 129, stopSequences: [] } }, 'topK', /^top_k 129 is outside 0–128 for Amazon Nova models$/],
    ['top_p above 1', { ...base, modelId: 'amazon.nova-pro-v1:0', params: { topP: 1.5, stopSequences: [] } }, 'topP', /^top_p 1.5 is outside 0–1$/],
    ['temperature with top_p (exact text)', withParams({ topP: 0.9 }), 'topP', /^Claude 4.5 Sonnet does not accept temperature and top_p together; set only one$/],
    ['temperature with top_p on Haiku 4.5', { ...base, modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0', params: { temperature: 0.2, topP: 0.5, stopSequences: [] } }, 'topP', /^Claude 4.5 Haiku does not accept/],
    ['temperature with top_p on Opus 4.1', { ...base, modelId: 'anthropic.claude-opus-4-1-20250805-v1:0', params: { temperature: 0.2, topP: 0.5, stopSequences: [] } }, 'topP', /^Claude 4.1 Opus does not accept/],
    ['an empty stop sequence', withParams({ stopSequences: ['###', ''] }), 'stopSequences', /^a stop sequence is empty$/],
    ['a guardrail version without id', withParams({ guardrail: { id: '', version: '1' } }), 'guardrailId', /^guardrail id is empty$/],
    ['a guardrail without a version key', withParams({ guardrail: { id: 'gr' } }), 'guardrailVersion', /^guardrail version is required$/],
    ['a long name', { ...base, name: 'x'.repeat(65) }, 'name', /^name is longer than 64 characters$/],
    ['not an object', 'claude', 'name', /^a model configuration must be an object$/],
  ])('refuses %s', (_, input, field, message) => {
    const result = validateModelConfig(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const problem = result.problems.find((p) => p.field === field);
      expect(problem?.message, JSON.stringify(result.problems)).toMatch(message);
    }
  });

  it('never puts a secret in a problem', () => {
    const result = validateModelConfig({ ...base, auth: { type: 'apiKey', apiKey: 42 } });
    const badKey = validateModelConfig({ ...base, region: 'nowhere', auth: { type: 'iam', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 7 } });
    expect(JSON.stringify([result, badKey])).not.toMatch(/AKIAIOSFODNN7EXAMPLE|QmVkcm9ja0FQSUtleS1zZWNyZXQtdGVzdA/);
    // A key pasted into the region field is not echoed back.
    const pasted = validateModelConfig({ ...base, region: KEY + '/+=' });
    expect(JSON.stringify(pasted)).not.toContain('QmVkcm9ja0FQSUtleS1zZWNyZXQtdGVzdA');
    expect(pasted).toMatchObject({ ok: false, problems: [{ field: 'region', message: expect.stringMatching(/^this region is not a Bedrock region/) }] });
    const accessKeyId = validateModelConfig({ ...base, region: 'AKIAIOSFODNN7EXAMPLE' });
    expect(JSON.stringify(accessKeyId)).not.toContain('AKIAIOSFODNN7EXAMPLE');
  });

  it('writes every message as one line starting in lower case (or with an acronym)', () => {
    const inputs = [
      { ...base, name: undefined, provider: 'x', region: '', modelId: '' },
      { ...base, auth: { type: 'apiKey', apiKey: '' } },
      { ...base, auth: { type: 'iam' } },
      { ...base, endpoint: 'nope', params: { temperature: 'x', maxTokens: -1, topP: 'y', topK: 1.5, stopSequences: 'a' } },
    ];
    const messages = inputs.flatMap((i) => {
      const r = validateModelConfig(i);
      return r.ok ? [] : r.problems.map((p) => p.message);
    });
    expect(messages.length).toBeGreaterThan(8);
    for (const m of messages) expect(m, m).toMatch(/^([a-z'0-9]|[A-Z]{2})[^\n]*$/);
  });
});

describe('masking', () => {
  it('shows four characters either side of long secrets only', () => {
    expect(maskSecret(KEY)).toBe('ABSK…VzdA');
    expect(maskSecret('ABCDEFGHwxyz')).toBe('ABCD…wxyz');
    expect(maskSecret('ABCDEFGwxyz')).toBe('••••');
    expect(maskSecret('short')).toBe('••••');
  });

  it('masks every secret of an IAM configuration', () => {
    const masked = maskConfig({
      ...base,
      provider: 'bedrock',
      auth: { type: 'iam', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'FwoGZXIvYXdzEBYaDLong' },
    } as never);
    expect(JSON.stringify(masked)).not.toMatch(/IOSFODNN7EXA|K7MDENG|ZXIvYXdzEBY/);
    expect(masked.auth).toEqual({ type: 'iam', accessKeyId: 'AKIA…MPLE', secretAccessKey: 'wJal…EKEY', sessionToken: 'FwoG…Long' });
  });

  it('masks an API key and leaves profiles and other fields alone', () => {
    const masked = maskConfig(base as never);
    expect(masked.auth).toEqual({ type: 'apiKey', apiKey: 'ABSK…VzdA' });
    expect(masked.name).toBe(base.name);
    const profile = { ...base, auth: { type: 'profile', profile: 'work' } } as never;
    expect(maskConfig(profile)).toEqual(profile);
  });
});
