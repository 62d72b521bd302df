// Transport details of the Bedrock client against the fake: endpoints and tokens from a given
// environment, the connect timeout, retries around mid-stream exceptions, scrubbing of echoed secrets.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { createBedrockProvider } from '../../src/providers/bedrock.js';
import { scenarios } from '../fake-bedrock/server.js';
import { TEST_API_KEY, TEST_SECRET, testConfig } from '../helpers/config.js';
import { collect, fast, hello, useFakeBedrock } from './collect.js';

const fake = useFakeBedrock();



describe('environment handed in by the caller', () => {
  it('follows AWS_ENDPOINT_URL_BEDROCK_RUNTIME from the env option', async () => {
    const { text, error } = await collect(testConfig({ region: 'ap-south-1' }), {
      env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url },
    });
    expect(error).toBeUndefined();
    expect(text).toContain('Tell me about yourself');
    expect(fake.requests[0]?.httpVersion).toBe('2.0');
  });

  it('falls back to AWS_ENDPOINT_URL, and takes the region from AWS_REGION when the config has none', async () => {
    const config = { ...testConfig(), region: '' };
    const { error } = await collect(config, { env: { AWS_ENDPOINT_URL: fake.url, AWS_REGION: 'eu-west-3' } });
    expect(error).toBeUndefined();
    expect(fake.requests).toHaveLength(1);
  });

  it('prefers the configuration endpoint over the environment', async () => {
    const { error } = await collect(testConfig({ endpoint: fake.url }), { env: { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: 'http://127.0.0.1:9' } });
    expect(error).toBeUndefined();
  });

  it('sends AWS_BEARER_TOKEN_BEDROCK from the env option as a bearer token', async () => {
    await collect(testConfig({ endpoint: fake.url, auth: { type: 'profile' } }), {
      env: { AWS_BEARER_TOKEN_BEDROCK: 'ABSKZW52LW9wdGlvbi10b2tlbg==' },
    });
    expect(fake.requests[0]?.headers.authorization).toBe('Bearer ABSKZW52LW9wdGlvbi10b2tlbg==');
  });

  it('a configured API key wins over AWS credentials in the environment (bearer, not SigV4)', async () => {
    const saved = { ...process.env };
    process.env.AWS_ACCESS_KEY_ID = 'AKIAENVEXAMPLE000001';
    process.env.AWS_SECRET_ACCESS_KEY = TEST_SECRET;
    try {
      await collect(testConfig({ endpoint: fake.url, region: 'ca-central-1' }));
      expect(fake.requests[0]?.headers.authorization).toBe(`Bearer ${TEST_API_KEY}`);
    } finally {
      process.env = saved;
    }
  });
});

describe('timeouts', () => {
  it('gives up connecting after connectMs (a TLS endpoint that never answers)', async () => {
    const silent = net.createServer(() => {}); // accepts TCP, never speaks TLS
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const port = (silent.address() as net.AddressInfo).port;
    const started = Date.now();
    try {
      const { error } = await collect(testConfig({ endpoint: `https://127.0.0.1:${port}` }), {
        timeouts: { connectMs: 300, firstTokenMs: 5000, stallMs: 5000 },
        retry: { attempts: 1 },
      });
      expect(error?.errorClass).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(2500);
    } finally {
      silent.close();
    }
  });

  it('a slow first token inside the limit is fine, and measured', async () => {
    fake.setScenario(scenarios.slowFirstToken(150));
    const { events, error } = await collect(testConfig({ endpoint: fake.url }));
    expect(error).toBeUndefined();
    const metrics = events.find((e) => e.type === 'metrics');
    expect(metrics).toMatchObject({ type: 'metrics' });
    if (metrics?.type === 'metrics') {
      expect(metrics.firstTokenMs).toBeGreaterThanOrEqual(140);
      expect(metrics.totalMs).toBeGreaterThanOrEqual(metrics.firstTokenMs ?? 0);
      expect(metrics.serverLatencyMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('streams a long paced reply and reports tokens per second', async () => {
    fake.setScenario(scenarios.long(60, 300));
    const { events, error } = await collect(testConfig({ endpoint: fake.url }));
    expect(error).toBeUndefined();
    expect(events.filter((e) => e.type === 'text')).toHaveLength(60);
    const metrics = events.at(-1);
    if (metrics?.type !== 'metrics') throw new Error('no metrics at the end');
    expect(metrics.tokensPerSecond).toBeGreaterThan(100);
    expect(metrics.tokensPerSecond).toBeLessThan(600);
  });
});

describe('retries around exceptions', () => {
  it('retries a throttling exception that arrives before the first token', async () => {
    fake.setScenario(scenarios.failTimes(1, scenarios.midStreamThrottling(0)));
    const { text, error } = await collect(testConfig({ endpoint: fake.url }));
    expect(error).toBeUndefined();
    expect(text).toContain('Tell me about yourself');
    expect(fake.requests).toHaveLength(2);
  });

  it('retries a 500 and then streams', async () => {
    fake.setScenario(scenarios.failTimes(2, 'internal'));
    const { error } = await collect(testConfig({ endpoint: fake.url }));
    expect(error).toBeUndefined();
    expect(fake.requests).toHaveLength(3);
  });

  it('does not retry a quota error or a validation error', async () => {
    for (const error of ['quota', 'validation'] as const) {
      fake.requests.length = 0;
      fake.setScenario(scenarios.httpError(error));
      await collect(testConfig({ endpoint: fake.url }));
      expect(fake.requests).toHaveLength(1);
    }
  });

  it('keeps Bedrock\'s own words for a validation error', async () => {
    fake.setScenario(scenarios.httpError('validation'));
    const { error } = await collect(testConfig({ endpoint: fake.url }));
    expect(error?.title).toContain('`temperature` and `top_p` cannot both be specified');
    expect(error?.raw.errorType).toBe('ValidationException');
  });

  it('does not retry the profile when the id already is one', async () => {
    fake.setScenario(scenarios.httpError('onDemand'));
    const { error, events } = await collect(testConfig({ endpoint: fake.url, modelId: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0' }));
    expect(error?.errorClass).toBe('needs-inference-profile');
    expect(events.some((e) => e.type === 'notice')).toBe(false);
    expect(fake.requests).toHaveLength(1);
  });

  it('explains the model id and region in access and region errors', async () => {
    fake.setScenario(scenarios.httpError('accessDenied'));
    const denied = await collect(testConfig({ endpoint: fake.url, region: 'us-west-2' }));
    expect(denied.error?.fix).toMatch(/Model access/);
    expect(denied.error?.fix).toContain('us-west-2');
    fake.setScenario(scenarios.httpError('modelNotFound'));
    const missing = await collect(testConfig({ endpoint: fake.url }));
    expect(missing.error?.fix).toMatch(/us-east-1 or us-west-2/);
  });
});

describe('secrets', () => {
  it('scrubs a key the service echoes back from every field', async () => {
    fake.setScenario({ kind: 'httpError', error: 'badCredentials', message: `The API key ${TEST_API_KEY} is invalid.` });
    const { error } = await collect(testConfig({ endpoint: fake.url }));
    expect(error?.errorClass).toBe('bad-credentials');
    const all = JSON.stringify({ ...error, message: error?.message, title: error?.title, fix: error?.fix, raw: error?.raw });
    expect(all).not.toContain(TEST_API_KEY);
    expect(all).toContain('[redacted]');
  });
});

describe('cancellation and the provider', () => {
  it('an abort before the first token is cancelled, with nothing after the first token', async () => {
    fake.setScenario(scenarios.slowFirstToken(500));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const { error, text } = await collect(testConfig({ endpoint: fake.url }), { signal: controller.signal });
    expect(error?.errorClass).toBe('cancelled');
    expect(error?.afterFirstToken).toBe(false);
    expect(text).toBe('');
  });

  it('labels the provider with the catalog name and region and streams through it', async () => {
    const provider = createBedrockProvider(testConfig({ endpoint: fake.url, region: 'us-west-2' }), fast);
    expect(provider.kind).toBe('bedrock');
    expect(provider.offline).toBe(false);
    expect(provider.label).toMatch(/Haiku.* · us-west-2$/);
    let text = '';
    for await (const e of provider.stream(hello)) if (e.type === 'text') text += e.text;
    expect(text).toContain('Tell me about yourself');
  });
});

describe('SDK warnings', () => {
  it('are collected for the log instead of printed', async () => {
    const { onSdkWarning, sdkLogger } = await import('../../src/bedrock/sdk-warnings.js');
    const seen: string[] = [];
    const stop = onSdkWarning((m) => seen.push(m));
    sdkLogger.warn('@aws-sdk/credential-provider-node - Multiple credential sources detected');
    sdkLogger.info('request details nobody needs on screen');
    stop();
    expect(seen).toContain('@aws-sdk/credential-provider-node - Multiple credential sources detected');
    expect(seen.join()).not.toContain('request details');
  });
});
