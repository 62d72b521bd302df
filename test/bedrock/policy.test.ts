// Who wins when several credentials are around, what is retried and how callers hear about it, and
// the failures the other files leave out: bearer key refused, 5xx frames mid-stream, daily quotas.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RetryInfo } from '../../src/bedrock/client.js';
import { ProviderError, type ErrorClass } from '../../src/models/provider-error.js';
import { classifyError } from '../../src/bedrock/errors.js';
import { isOnDemandNotSupported } from '../../src/bedrock/profiles.js';
import type { ModelConfig } from '../../src/store/schema.js';
import { scenarios, type ExceptionName, type HttpErrorName } from '../fake-bedrock/server.js';
import { TEST_API_KEY, TEST_SECRET, testConfig } from '../helpers/config.js';
import { tempDir } from '../helpers/tmp.js';
import { collect, useFakeBedrock } from './collect.js';

const fake = useFakeBedrock();

const iam = (over: Partial<ModelConfig> = {}): ModelConfig =>
  testConfig({ endpoint: fake.url, name: 'iam', auth: { type: 'iam', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: TEST_SECRET }, ...over });


async function withEnv<T>(vars: Record<string, string>, run: () => Promise<T>): Promise<T> {
  const saved = { ...process.env };
  Object.assign(process.env, vars);
  try {
    return await run();
  } finally {
    process.env = saved;
  }
}

describe('which credential is sent', () => {
  const envToken = { AWS_BEARER_TOKEN_BEDROCK: 'ABSKZW52LXRva2VuLWluLXRoZS1lbnZpcm9ubWVudA==' };

  it('configured IAM keys are signed with SigV4 even with AWS_BEARER_TOKEN_BEDROCK set', async () => {
    await withEnv(envToken, () => collect(iam({ region: 'us-west-2' })));
    expect(String(fake.requests[0]?.headers.authorization)).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\//);
  });

  it('a named profile beats AWS_BEARER_TOKEN_BEDROCK too', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'credentials'), `[interview]\naws_access_key_id = AKIANAMEDPROFILE0001\naws_secret_access_key = ${TEST_SECRET}\n`);
    fs.writeFileSync(path.join(dir, 'config'), '[profile interview]\nregion = eu-west-1\n');
    await withEnv(
      { ...envToken, AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials'), AWS_CONFIG_FILE: path.join(dir, 'config') },
      () => collect(testConfig({ endpoint: fake.url, name: 'p', region: 'eu-west-1', auth: { type: 'profile', profile: 'interview' } })),
    );
    expect(String(fake.requests[0]?.headers.authorization)).toContain('Credential=AKIANAMEDPROFILE0001/');
  });

  it('the default chain (no profile named) takes the bearer token from the environment', async () => {
    await withEnv(envToken, () => collect(testConfig({ endpoint: fake.url, name: 'd', region: 'ap-northeast-1', auth: { type: 'profile' } })));
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${envToken.AWS_BEARER_TOKEN_BEDROCK}`);
  });
});

describe('more failures', () => {
  it('a refused API key (bearer) is bad credentials, not missing model access', async () => {
    fake.setScenario(scenarios.httpError('badApiKey'));
    const { error } = await collect(testConfig({ endpoint: fake.url }));
    expect(error?.errorClass).toBe('bad-credentials');
    expect(error?.raw).toMatchObject({ status: 403, errorType: 'AccessDeniedException' });
    expect(fake.requests).toHaveLength(1);
  });

  it.each<[ExceptionName, ErrorClass]>([
    ['internalServerException', 'service-unavailable'],
    ['serviceUnavailableException', 'service-unavailable'],
  ])('a %s frame after text → %s, nothing resent', async (exception, cls) => {
    fake.setScenario(scenarios.midStreamException(exception, 2));
    const { error, text } = await collect(testConfig({ endpoint: fake.url }));
    expect(error?.errorClass).toBe(cls);
    expect(error?.afterFirstToken).toBe(true);
    expect(text).not.toBe('');
    expect(fake.requests).toHaveLength(1);
  });

  it('an internalServerException frame before any text is retried', async () => {
    fake.setScenario(scenarios.failTimes(1, scenarios.midStreamException('internalServerException', 0)));
    const { error, text } = await collect(testConfig({ endpoint: fake.url }));
    expect(error).toBeUndefined();
    expect(text).toContain('Tell me about yourself');
    expect(fake.requests).toHaveLength(2);
  });

  it('a daily token limit (sent as throttling) is a quota, and not retried', async () => {
    fake.setScenario({ kind: 'httpError', error: 'throttling', message: 'Too many tokens per day, please wait before trying again.' });
    const { error } = await collect(testConfig({ endpoint: fake.url }));
    expect(error?.errorClass).toBe('quota-exceeded');
    expect(error?.fix).toMatch(/Service Quotas/);
    expect(fake.requests).toHaveLength(1);
  });

  it('picks the scenario per request with a function of the recorded request', async () => {
    fake.setScenario((req) => (req.modelId.startsWith('amazon.') ? scenarios.httpError('modelNotFound') : scenarios.normal('fine')));
    const nova = await collect(testConfig({ endpoint: fake.url, modelId: 'amazon.nova-pro-v1:0', region: 'sa-east-1' }));
    const claude = await collect(testConfig({ endpoint: fake.url }));
    expect(nova.error?.errorClass).toBe('region-unavailable');
    expect(nova.error?.fix).toMatch(/us-east-1 or us-west-2/);
    expect(claude.text).toBe('fine');
  });

  const allErrors: HttpErrorName[] = [
    'accessDenied', 'iamDenied', 'badCredentials', 'badApiKey', 'modelNotFound', 'throttling', 'quota',
    'serviceUnavailable', 'internal', 'validation', 'onDemand',
  ];
  it.each(allErrors)('%s: no stack trace and no secret in any field, with an API key or IAM keys', async (name) => {
    fake.setScenario(scenarios.httpError(name));
    for (const config of [testConfig({ endpoint: fake.url }), iam()]) {
      const { error } = await collect(config, { retry: { attempts: 1 } });
      expect(error).toBeInstanceOf(ProviderError);
      const shown = JSON.stringify({ title: error?.title, fix: error?.fix, raw: error?.raw, message: error?.message });
      expect(shown).not.toContain(TEST_API_KEY);
      expect(shown).not.toContain(TEST_SECRET);
      expect(`${error?.title}\n${error?.fix}`).not.toMatch(/\bat .+:\d+:\d+/);
      expect(error?.errorClass).not.toBe('unknown');
    }
  });
});

describe('onRetry', () => {
  it('hears every backoff retry before the first token, with a growing delay', async () => {
    fake.setScenario(scenarios.failTimes(2, 'throttling'));
    const seen: RetryInfo[] = [];
    const { error } = await collect(testConfig({ endpoint: fake.url }), { retry: { baseDelayMs: 20 }, onRetry: (i) => seen.push(i) });
    expect(error).toBeUndefined();
    expect(seen.map((i) => [i.attempt, i.error.errorClass])).toEqual([
      [2, 'throttled'],
      [3, 'throttled'],
    ]);
    // 20 ms × 2^n with ±25 % jitter
    expect(seen[0]!.delayMs).toBeGreaterThanOrEqual(15);
    expect(seen[0]!.delayMs).toBeLessThanOrEqual(25);
    expect(seen[1]!.delayMs).toBeGreaterThanOrEqual(30);
    expect(seen[1]!.delayMs).toBeLessThanOrEqual(50);
  });

  it('hears the inference-profile retry with the new model id', async () => {
    fake.setScenario(scenarios.onDemand());
    const seen: RetryInfo[] = [];
    await collect(testConfig({ endpoint: fake.url, modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', region: 'ap-southeast-2' }), {
      onRetry: (i) => seen.push(i),
    });
    expect(seen).toHaveLength(1);
    // Sydney's geography is au.; Sonnet 4.5 has no au. or apac. profile (Anthropic's Bedrock table), so global.
    expect(seen[0]).toMatchObject({ attempt: 2, delayMs: 0, modelId: 'global.anthropic.claude-sonnet-4-5-20250929-v1:0' });
    expect(seen[0]?.error.errorClass).toBe('needs-inference-profile');
  });

  it('is never called after the first token', async () => {
    fake.setScenario(scenarios.midStreamThrottling(2));
    const seen: RetryInfo[] = [];
    const { error } = await collect(testConfig({ endpoint: fake.url }), { onRetry: (i) => seen.push(i) });
    expect(error?.errorClass).toBe('throttled');
    expect(seen).toEqual([]);
  });
});

describe('classification without the network', () => {
  const ctx = { afterFirstToken: false, modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', region: 'us-east-1' };

  it('recognises the on-demand refusal with either apostrophe', () => {
    expect(isOnDemandNotSupported(new Error('Invocation of model ID x with on-demand throughput isn’t supported. Retry…'))).toBe(true);
    expect(isOnDemandNotSupported(new Error("Invocation of model ID x with on-demand throughput isn't supported."))).toBe(true);
    expect(isOnDemandNotSupported(new Error('Too many requests'))).toBe(false);
    expect(isOnDemandNotSupported(undefined)).toBe(false);
    const classified = classifyError(new Error('…with on-demand throughput isn’t supported…'), ctx);
    expect(isOnDemandNotSupported(classified)).toBe(true);
    expect(classified.fix).toContain('us.anthropic.claude-sonnet-4-5-20250929-v1:0');
  });

  it('scrubs key-shaped strings it was not told about, and keeps stacks out', () => {
    const err = new Error('proxy said: Authorization: Bearer ABSKc29tZS1vdGhlci1rZXktdmFsdWUtMTIzNDU2Nzg5 rejected');
    const e = classifyError(err, ctx);
    const shown = JSON.stringify({ title: e.title, fix: e.fix, raw: e.raw });
    expect(shown).not.toContain('ABSKc29tZS1vdGhlci1rZXktdmFsdWUtMTIzNDU2Nzg5');
    expect(shown).not.toContain(err.stack?.split('\n')[1]?.trim() ?? 'no stack');
  });

  it('maps network errors and timeouts', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(classifyError(refused, ctx).errorClass).toBe('connection-lost');
    expect(classifyError(Object.assign(new Error('aborted'), { name: 'AbortError' }), ctx).errorClass).toBe('cancelled');
  });
});
