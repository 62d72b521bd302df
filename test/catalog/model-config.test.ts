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
    ['temperature 2 for Llama', { ...base, modelId: 'meta.llama3-1-70b-instruct-v1:0', params: { temperature: 2, maxTokens: 8192, stopSequences: [] } }],
    ['a guardrail', withParams({ guardrail: { id: 'gr-1', version: '1' } })],
    ['four stop sequences', withParams({ stopSequences: ['a', 'b', 'c', 'd'] })],
  ])('accepts %s', (_, input) => {
    const result = validateModelConfig(input);
    expect(result.ok, JSON.stringify(result)).toBe(true);
  });

  it('accepts an unknown model id with a notice and permissive rules', () => {
    const result = validateModelConfig({ ...base, modelId: 'acme.future-model-v1:0', params: { temperature: 1.8, maxTokens: 60000, stopSequences: [] } });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.notices[0]).toMatch(/not in the catalog; using permissive rules/);
  });

  it.each<[string, unknown, ConfigField, RegExp]>([
    ['an empty name', { ...base, name: '  ' }, 'name', /name is empty/],
    ['the name demo', { ...base, name: 'Demo' }, 'name', /built-in offline demo/],
    ['an empty API key', { ...base, auth: { type: 'apiKey', apiKey: '' } }, 'apiKey', /API key is empty/],
    ['IAM without a secret', { ...base, auth: { type: 'iam', accessKeyId: 'AKIA' } }, 'secretAccessKey', /required/],
    ['an unknown region', { ...base, region: 'xx-nowhere-1' }, 'region', /'xx-nowhere-1' is not a Bedrock region/],
    ['an empty model id', { ...base, modelId: '' }, 'modelId', /model id is empty/],
    ['a bad endpoint', { ...base, endpoint: 'ftp://x' }, 'endpoint', /http:\/\/ or https:\/\//],
    ['temperature above the Claude range', withParams({ temperature: 1.5 }), 'temperature', /temperature 1.5 is outside 0–1 for Claude models/],
    ['max_tokens above the model', withParams({ maxTokens: 100000 }), 'maxTokens', /above 65536, the most Claude 4.5 Sonnet can output/],
    ['max_tokens below 256', withParams({ maxTokens: 100 }), 'maxTokens', /below the minimum of 256/],
    ['top_k for Llama', { ...base, modelId: 'meta.llama3-1-8b-instruct-v1:0', params: { temperature: 0.5, maxTokens: 2048, topK: 50, stopSequences: [] } }, 'topK', /top_k is not supported by Meta Llama models/],
    ['top_k out of range', withParams({ topK: 900 }), 'topK', /top_k 900 is outside 0–500/],
    ['five stop sequences', withParams({ stopSequences: ['a', 'b', 'c', 'd', 'e'] }), 'stopSequences', /at most 4 stop sequences \(got 5\)/],
    ['temperature with top_p on Claude 4.5', withParams({ topP: 0.9 }), 'topP', /does not accept temperature and top_p together/],
    ['a guardrail id without version', withParams({ guardrail: { id: 'gr', version: '' } }), 'guardrailVersion', /guardrail version is empty/],
    ['a text temperature', withParams({ temperature: 'hot' }), 'temperature', /number/],
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
  });
});

describe('masking', () => {
  it('shows four characters either side of long secrets only', () => {
    expect(maskSecret(KEY)).toBe('ABSK…dGVzdA'.slice(0, 5) + KEY.slice(-4));
    expect(maskSecret('short')).toBe('••••');
  });

  it('masks every secret of an IAM configuration', () => {
    const masked = maskConfig({
      ...base,
      provider: 'bedrock',
      auth: { type: 'iam', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', sessionToken: 'FwoGZXIvYXdzEBYaDLong' },
    } as never);
    expect(JSON.stringify(masked)).not.toMatch(/IOSFODNN7EXA|K7MDENG|ZXIvYXdzEBY/);
  });
});
