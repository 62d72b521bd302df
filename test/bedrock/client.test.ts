// The real AWS SDK client against test/fake-bedrock, which speaks the ConverseStream wire protocol.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHttp2Refused, streamConverse } from '../../src/bedrock/client.js';
import { ProviderError, type ErrorClass } from '../../src/models/provider-error.js';
import type { ModelConfig } from '../../src/store/schema.js';
import { startFakeBedrock, type HttpErrorName, type Scenario } from '../fake-bedrock/server.js';
import { TEST_API_KEY, TEST_SECRET, testConfig } from '../helpers/config.js';
import { tempDir } from '../helpers/tmp.js';
import { collect, fast, hello, useFakeBedrock } from './collect.js';
import { gradingRequestOptions } from '../../src/interview/grading-prompt.js';

const fake = useFakeBedrock();



const viaEndpoint = (over: Partial<ModelConfig> = {}, params: Partial<ModelConfig['params']> = {}) =>
  testConfig({ endpoint: fake.url, ...over }, params);

describe('streaming', () => {
  it('streams text, stop reason, usage and our own timing over HTTP/2', async () => {
    const { events, text, error } = await collect(viaEndpoint());
    expect(error).toBeUndefined();
    expect(text).toBe('Hello! I am ready to interview you. Tell me about yourself.');
    expect(events.find((e) => e.type === 'stop')).toEqual({ type: 'stop', reason: 'end_turn' });
    expect(events.find((e) => e.type === 'usage')).toMatchObject({ outputTokens: 6 });
    const metrics = events.at(-1);
    expect(metrics?.type).toBe('metrics');
    if (metrics?.type === 'metrics') expect(metrics.firstTokenMs).toBeGreaterThanOrEqual(0);
    expect(fake.requests[0]?.httpVersion).toBe('2.0');
  });

  it('reaches the server named by AWS_ENDPOINT_URL_BEDROCK_RUNTIME', async () => {
    const saved = process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
    process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = fake.url;
    try {
      const { text } = await collect(testConfig({ region: 'eu-west-1' }));
      expect(text).toContain('Tell me about yourself');
    } finally {
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
      else process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME = saved;
    }
  });

  it('percent-encodes the model id in the path', async () => {
    await collect(viaEndpoint());
    expect(fake.requests[0]?.path).toBe('/model/anthropic.claude-haiku-4-5-20251001-v1%3A0/converse-stream');
    expect(fake.requests[0]?.modelId).toBe('anthropic.claude-haiku-4-5-20251001-v1:0');
  });

  it('replays the recorded live body: OK. with usage 12/5/17', async () => {
    fake.setScenario({ kind: 'fixture', name: 'live-converse-stream-ok' });
    const { text, events } = await collect(viaEndpoint());
    expect(text).toBe('OK.');
    expect(events.find((e) => e.type === 'usage')).toEqual({ type: 'usage', inputTokens: 12, outputTokens: 5, totalTokens: 17 });
  });

  it('replays the recorded exception frame as a model stream error', async () => {
    fake.setScenario({ kind: 'fixture', name: 'model-stream-error-exception' });
    const { error } = await collect(viaEndpoint());
    expect(error?.errorClass).toBe('model-stream-error');
  });

  it('talks HTTP/1.1 to an endpoint that speaks nothing else, and goes there directly afterwards', async () => {
    const h1 = await startFakeBedrock({ http1Only: true });
    try {
      const config = testConfig({ endpoint: h1.url });
      const retries: number[] = [];
      const first = await collect(config, { onRetry: (r) => retries.push(r.attempt) });
      expect(first.error).toBeUndefined();
      expect(first.text).toBe('Hello! I am ready to interview you. Tell me about yourself.');
      expect(retries).toEqual([2]); // the HTTP/2 try, refused at once; then HTTP/1.1
      const second = await collect(config, { onRetry: (r) => retries.push(r.attempt) });
      expect(second.text).toBe(first.text);
      expect(retries).toEqual([2]);
      expect(h1.requests.map((r) => r.httpVersion)).toEqual(['1.1', '1.1']);
    } finally {
      await h1.close();
    }
  });

  it('takes only a protocol refusal for "speaks HTTP/1.1", not a connection that failed otherwise', () => {
    expect(isHttp2Refused(Object.assign(new Error('Protocol error'), { code: 'ERR_HTTP2_ERROR' }))).toBe(true);
    expect(isHttp2Refused(Object.assign(new Error('no application protocol'), { code: 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL' }))).toBe(true);
    expect(isHttp2Refused(Object.assign(new Error('The pending stream has been canceled (caused by: could not connect)'), { code: 'ERR_HTTP2_STREAM_CANCEL' }))).toBe(false);
    expect(isHttp2Refused(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }))).toBe(false);
  });

  it('keeps HTTP/2 for an endpoint that speaks it', async () => {
    await collect(viaEndpoint());
    expect(fake.requests[0]?.httpVersion).toBe('2.0');
  });

  it('answers HTTP/1.1 on the same port', async () => {
    const body = JSON.stringify({ messages: [] });
    const status = await new Promise<number>((resolve, reject) => {
      const req = http.request(`${fake.url}/model/amazon.nova-pro-v1%3A0/converse-stream`, { method: 'POST' }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(200);
    expect(fake.requests[0]?.httpVersion).toBe('1.1');
  });
});

describe('auth', () => {
  it('sends a Bedrock API key as a bearer token', async () => {
    await collect(viaEndpoint());
    expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
  });

  it('signs IAM keys with SigV4', async () => {
    await collect(viaEndpoint({ name: 'iam', auth: { type: 'iam', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: TEST_SECRET } }));
    expect(String(fake.requests[0]?.headers.authorization)).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE\//);
  });

  it('reads a named profile from the AWS config files', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'credentials'), `[work]\naws_access_key_id = AKIAPROFILEEXAMPLE01\naws_secret_access_key = ${TEST_SECRET}\n`);
    fs.writeFileSync(path.join(dir, 'config'), '[profile work]\nregion = us-east-1\n');
    const saved = { ...process.env };
    process.env.AWS_SHARED_CREDENTIALS_FILE = path.join(dir, 'credentials');
    process.env.AWS_CONFIG_FILE = path.join(dir, 'config');
    try {
      await collect(viaEndpoint({ name: 'prof', auth: { type: 'profile', profile: 'work' } }));
      expect(String(fake.requests[0]?.headers.authorization)).toContain('Credential=AKIAPROFILEEXAMPLE01/');
    } finally {
      process.env = saved;
    }
  });

  it('uses AWS_BEARER_TOKEN_BEDROCK through the default chain', async () => {
    const saved = { ...process.env };
    process.env.AWS_BEARER_TOKEN_BEDROCK = 'ABSKZW52LXRva2VuLWV4YW1wbGUtMTIzNDU2';
    try {
      await collect(viaEndpoint({ name: 'env', auth: { type: 'profile' }, region: 'us-west-2' }));
      expect(fake.requests[0]?.headers.authorization).toBe('Bearer ABSKZW52LXRva2VuLWV4YW1wbGUtMTIzNDU2');
    } finally {
      process.env = saved;
    }
  });
});

describe('request body per family', () => {
  const body = async (modelId: string, params: Partial<ModelConfig['params']>) => {
    await collect(viaEndpoint({ modelId }, params));
    return fake.requests[0]?.body as Record<string, unknown>;
  };

  it('sends Claude top_k in additionalModelRequestFields', async () => {
    const b = await body('anthropic.claude-haiku-4-5-20251001-v1:0', { topK: 200, stopSequences: ['###'] });
    expect(b.inferenceConfig).toEqual({ maxTokens: 1024, temperature: 0.7, stopSequences: ['###'] });
    expect(b.additionalModelRequestFields).toEqual({ top_k: 200 });
  });

  it('never sends temperature and top_p together to Claude 4.5 Sonnet', async () => {
    const config = { ...viaEndpoint({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0' }) };
    config.params = { ...config.params, temperature: 0.5, topP: 0.9 };
    await collect(config);
    const b = fake.requests[0]?.body as { inferenceConfig: Record<string, unknown> };
    expect(b.inferenceConfig.temperature).toBe(0.5);
    expect(b.inferenceConfig).not.toHaveProperty('topP');
  });

  it('sends a grading request at the temperature it asks for (0), dropping the configuration\'s top_p for Claude 4.5', async () => {
    const config = viaEndpoint({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0' }, { temperature: undefined, topP: 0.9 });
    await collect(config, { request: { ...hello, ...gradingRequestOptions() } });
    const b = fake.requests[0]?.body as { inferenceConfig: Record<string, unknown> };
    expect(b.inferenceConfig.temperature).toBe(0);
    expect(b.inferenceConfig).not.toHaveProperty('topP');
  });

  it('sends Nova topK inside inferenceConfig of the extra fields', async () => {
    const b = await body('amazon.nova-pro-v1:0', { topK: 40 });
    expect(b.additionalModelRequestFields).toEqual({ inferenceConfig: { topK: 40 } });
  });

  it.each(['meta.llama3-1-70b-instruct-v1:0', 'mistral.mistral-large-2407-v1:0'])('sends no top_k to %s', async (modelId) => {
    const config = viaEndpoint({ modelId });
    config.params = { ...config.params, topK: 50 };
    await collect(config);
    expect(fake.requests[0]?.body).not.toHaveProperty('additionalModelRequestFields');
  });

  it('adds the guardrail and the system prompt', async () => {
    const config = viaEndpoint({}, { guardrail: { id: 'gr7abc', version: '2' } });
    await collect(config, { request: { system: 'Be brief.', messages: hello.messages } });
    const b = fake.requests[0]?.body as Record<string, unknown>;
    expect(b.guardrailConfig).toEqual({ guardrailIdentifier: 'gr7abc', guardrailVersion: '2' });
    expect(b.system).toEqual([{ text: 'Be brief.' }]);
  });
});

describe('failures are classified with a fix', () => {
  it.each<[HttpErrorName, ErrorClass]>([
    ['accessDenied', 'model-access-denied'],
    ['iamDenied', 'iam-permission'],
    ['badCredentials', 'bad-credentials'],
    ['modelNotFound', 'region-unavailable'],
    ['quota', 'quota-exceeded'],
    ['validation', 'validation'],
    ['throttling', 'throttled'],
    ['serviceUnavailable', 'service-unavailable'],
    ['internal', 'service-unavailable'],
  ])('%s → %s', async (error, cls) => {
    fake.setScenario({ kind: 'httpError', error });
    const { error: e } = await collect(viaEndpoint());
    expect(e?.errorClass).toBe(cls);
    expect(e?.title).not.toMatch(/\n\s+at /);
    expect(e?.fix.length).toBeGreaterThan(10);
    expect(e?.raw.requestId).toBeTruthy();
  });

  it.each<[Scenario, ErrorClass]>([
    [{ kind: 'exception', exception: 'throttlingException', afterDeltas: 2 }, 'throttled'],
    [{ kind: 'exception', exception: 'modelStreamErrorException', afterDeltas: 2 }, 'model-stream-error'],
    [{ kind: 'exception', exception: 'validationException', afterDeltas: 1 }, 'validation'],
    [{ kind: 'reset', afterDeltas: 2 }, 'connection-lost'],
    [{ kind: 'stall', afterDeltas: 2 }, 'timeout'],
  ])('mid-stream %o → %s, keeping what arrived and resending nothing', async (scenario, cls) => {
    fake.setScenario(scenario);
    const { error, text } = await collect(viaEndpoint());
    expect(error?.errorClass).toBe(cls);
    expect(error?.afterFirstToken).toBe(true);
    expect(text.length).toBeGreaterThan(0);
    expect(fake.requests).toHaveLength(1);
  });

  it('times out when the first token never comes', async () => {
    fake.setScenario({ kind: 'normal', firstTokenDelayMs: 1500 });
    const { error } = await collect(viaEndpoint(), { timeouts: { firstTokenMs: 300, stallMs: 300 } });
    expect(error?.errorClass).toBe('timeout');
  });

  it('names the connection when nothing listens', async () => {
    const { error } = await collect(viaEndpoint({ endpoint: 'http://127.0.0.1:9' }));
    expect(error?.errorClass).toBe('connection-lost');
  });

  it('never shows or keeps a secret', async () => {
    fake.setScenario({ kind: 'httpError', error: 'badCredentials' });
    const { error } = await collect(viaEndpoint({ name: 'iam', auth: { type: 'iam', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: TEST_SECRET } }));
    const all = JSON.stringify({ title: error?.title, fix: error?.fix, raw: error?.raw, message: error?.message });
    expect(all).not.toContain(TEST_SECRET);
    expect(all).not.toContain(TEST_API_KEY);
  });
});

describe('retries', () => {
  it('retries throttling before the first token, then succeeds', async () => {
    fake.setScenario({ kind: 'failTimes', times: 2, error: 'throttling' });
    const { text, error } = await collect(viaEndpoint());
    expect(error).toBeUndefined();
    expect(text).toContain('Tell me about yourself');
    expect(fake.requests).toHaveLength(3);
  });

  it('gives up after three attempts', async () => {
    fake.setScenario({ kind: 'httpError', error: 'serviceUnavailable' });
    const { error } = await collect(viaEndpoint());
    expect(error?.errorClass).toBe('service-unavailable');
    expect(fake.requests).toHaveLength(3);
  });

  it('does not retry what a retry cannot fix', async () => {
    fake.setScenario({ kind: 'httpError', error: 'accessDenied' });
    await collect(viaEndpoint());
    expect(fake.requests).toHaveLength(1);
  });

  it('retries once with the inference profile when on-demand is not supported, and says so', async () => {
    fake.setScenario({ kind: 'onDemand' });
    const { events, text } = await collect(viaEndpoint({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0' }, { temperature: 0.7 }));
    expect(fake.requests.map((r) => r.modelId)).toEqual([
      'anthropic.claude-sonnet-4-5-20250929-v1:0',
      'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    ]);
    expect(events.find((e) => e.type === 'notice')).toMatchObject({ profileId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' });
    expect(text).toContain('Tell me about yourself');
  });

  it('picks the eu. profile in an EU region', async () => {
    fake.setScenario({ kind: 'onDemand' });
    await collect(viaEndpoint({ modelId: 'anthropic.claude-sonnet-4-5-20250929-v1:0', region: 'eu-central-1' }));
    expect(fake.requests[1]?.modelId).toBe('eu.anthropic.claude-sonnet-4-5-20250929-v1:0');
  });
});

describe('cancellation', () => {
  it('stops on abort and keeps the partial text', async () => {
    fake.setScenario({ kind: 'normal', text: 'one two three four five six seven eight nine ten', deltas: 10, tokensPerSecond: 20 });
    const controller = new AbortController();
    let text = '';
    let error: ProviderError | undefined;
    let deltas = 0;
    try {
      for await (const e of streamConverse({ config: viaEndpoint(), request: hello, signal: controller.signal, ...fast })) {
        if (e.type === 'text') {
          text += e.text;
          if (++deltas === 2) controller.abort();
        }
      }
    } catch (e) {
      error = e as ProviderError;
    }
    expect(error?.errorClass).toBe('cancelled');
    expect(error?.afterFirstToken).toBe(true);
    expect(text).toBe('one two ');
  });
});
