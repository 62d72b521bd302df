// The failures users meet today, each with its own fix, through the real SDK against the fake.
import { describe, expect, it } from 'vitest';
import { describeApiKey } from '../../src/bedrock/api-key.js';
import { classifyError } from '../../src/bedrock/errors.js';
import { scenarios } from '../fake-bedrock/server.js';
import { testConfig } from '../helpers/config.js';
import { collect, useFakeBedrock } from './collect.js';

const fake = useFakeBedrock();
const HAIKU = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const cfg = (over = {}, params = {}) => testConfig({ endpoint: fake.url, ...over }, params);

/** A short-term key as AWS's token generators make it: bedrock-api-key- + base64(presigned URL + &Version=1). */
function shortTermKey(region: string, signedAt: Date, expiresSeconds = 43200): string {
  const stamp = signedAt.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const url =
    `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256` +
    `&X-Amz-Credential=ASIAEXAMPLE%2F${stamp.slice(0, 8)}%2F${region}%2Fbedrock%2Faws4_request` +
    `&X-Amz-Date=${stamp}&X-Amz-Expires=${expiresSeconds}&X-Amz-Security-Token=IQoJb3JpZ2luX2VjEXAMPLE&X-Amz-SignedHeaders=host&X-Amz-Signature=${'a'.repeat(64)}&Version=1`;
  return `bedrock-api-key-${Buffer.from(url).toString('base64')}`;
}

describe('errors with today\'s fixes', () => {
  it('Marketplace permission (403): names the two aws-marketplace actions, not AmazonBedrockFullAccess', async () => {
    fake.setScenario(scenarios.httpError('marketplace'));
    const { error } = await collect(cfg({ modelId: HAIKU }));
    expect(error?.errorClass).toBe('marketplace-permission');
    expect(error?.fix).toMatch(/aws-marketplace:Subscribe and aws-marketplace:ViewSubscriptions/);
    expect(error?.fix).not.toMatch(/AmazonBedrockFullAccess|Model access →/);
  });

  it('end of life: names the replacement from the catalog, not another region', async () => {
    fake.setScenario(scenarios.httpError('endOfLife'));
    // A configuration saved before the model retired (the form now refuses the id).
    const config = { ...cfg(), modelId: 'anthropic.claude-3-7-sonnet-20250219-v1:0' };
    const { error } = await collect(config);
    expect(error?.errorClass).toBe('model-end-of-life');
    expect(error?.title).toBe('Claude 3.7 Sonnet has reached end of life on Bedrock');
    expect(error?.fix).toMatch(/Switch to Claude Sonnet 4\.6 \(anthropic\.claude-sonnet-4-6\)/);
    expect(error?.fix).not.toMatch(/region/);
  });

  it.each(['legacy', 'operationNotAllowed'] as const)('Legacy model (%s): says so and names the replacement', async (name) => {
    fake.setScenario(scenarios.httpError(name));
    const { error } = await collect(cfg({ modelId: 'anthropic.claude-opus-4-1-20250805-v1:0' }));
    expect(error?.errorClass).toBe('model-legacy');
    expect(error?.fix).toMatch(/Claude Opus 4\.6 \(anthropic\.claude-opus-4-6-v1\)/);
  });

  it('model timeout (408): retried once before the first token, then reported as the model\'s, not the connection\'s', async () => {
    fake.setScenario(scenarios.failTimes(1, 'modelTimeout'));
    const once = await collect(cfg());
    expect(once.error).toBeUndefined();
    expect(fake.requests).toHaveLength(2);

    fake.requests.length = 0;
    fake.setScenario(scenarios.httpError('modelTimeout'));
    const twice = await collect(cfg());
    expect(twice.error?.errorClass).toBe('model-timeout');
    expect(twice.error?.fix).not.toMatch(/connection/);
    expect(fake.requests).toHaveLength(2);
  });

  it('model error (424) is the model\'s failure, not "unknown"', async () => {
    fake.setScenario(scenarios.httpError('modelError'));
    const { error } = await collect(cfg());
    expect(error?.errorClass).toBe('model-error');
    expect(error?.raw.status).toBe(424);
  });

  it('a plain 404 is a wrong endpoint, not "model not available in region"', async () => {
    fake.setScenario(scenarios.httpError('wrongEndpoint'));
    const { error } = await collect(cfg());
    expect(error?.errorClass).toBe('wrong-endpoint');
    expect(error?.fix).toMatch(/endpoint URL/);
    fake.setScenario(scenarios.httpError('modelNotFound'));
    expect((await collect(cfg())).error?.errorClass).toBe('region-unavailable');
  });

  it('Tokyo: retries Haiku 4.5 with jp., and after "invalid model identifier" with global.', async () => {
    fake.setScenario({ kind: 'onDemand', validPrefixes: ['global'] });
    const { events, error } = await collect(cfg({ modelId: HAIKU, region: 'ap-northeast-1' }));
    expect(error).toBeUndefined();
    expect(fake.requests.map((r) => r.modelId)).toEqual([HAIKU, `jp.${HAIKU}`, `global.${HAIKU}`]);
    const notices = events.filter((e) => e.type === 'notice');
    expect(notices.at(-1)).toMatchObject({ profileId: `global.${HAIKU}` });
    expect((notices.at(-1) as { message: string }).message).toMatch(/jp\..* is not offered in ap-northeast-1/);
  });

  it('Sydney: au. first for Haiku 4.5', async () => {
    fake.setScenario(scenarios.onDemand());
    await collect(cfg({ modelId: HAIKU, region: 'ap-southeast-2' }));
    expect(fake.requests[1]?.modelId).toBe(`au.${HAIKU}`);
  });

  it('an invalid profile id with no other candidate says the profile is not offered there, not that the region lacks the model', async () => {
    fake.setScenario({ kind: 'onDemand', validPrefixes: [] });
    const { error } = await collect(cfg({ modelId: 'meta.llama3-3-70b-instruct-v1:0', region: 'us-east-1' }));
    expect(fake.requests.map((r) => r.modelId)).toEqual(['meta.llama3-3-70b-instruct-v1:0', 'us.meta.llama3-3-70b-instruct-v1:0']);
    expect(error?.title).toBe('The inference profile us.meta.llama3-3-70b-instruct-v1:0 is not offered in us-east-1');
  });
});

describe('short-term API keys', () => {
  it('reads the region and expiry the key carries', () => {
    const signed = new Date('2026-11-30T10:00:00Z');
    expect(describeApiKey(shortTermKey('eu-west-1', signed, 3600))).toEqual({ kind: 'short-term', region: 'eu-west-1', expiresAt: new Date('2026-11-30T11:00:00Z') });
    expect(describeApiKey('ABSKQmVkcm9ja0FQSUtleS1zZWNyZXQ')).toEqual({ kind: 'long-term' });
    expect(describeApiKey('bedrock-api-key-not*base64')).toEqual({ kind: 'unknown' });
    expect(describeApiKey('something-else')).toEqual({ kind: 'unknown' });
  });

  it('refuses an expired key before sending it, saying when it expired', async () => {
    const key = shortTermKey('us-east-1', new Date(Date.now() - 13 * 3600_000));
    const { error } = await collect(cfg({ auth: { type: 'apiKey', apiKey: key } }));
    expect(error?.errorClass).toBe('key-expired');
    expect(error?.title).toMatch(/^The short-term Bedrock API key has expired \(it expired 1 h \d+ min ago\)$/);
    expect(fake.requests).toHaveLength(0);
    expect(JSON.stringify(error)).not.toContain(key.slice(16, 60));
  });

  it('refuses a key from another region before sending it', async () => {
    const key = shortTermKey('eu-central-1', new Date());
    const { error } = await collect(cfg({ auth: { type: 'apiKey', apiKey: key }, region: 'us-east-1' }));
    expect(error?.errorClass).toBe('key-region-mismatch');
    expect(error?.title).toBe('This short-term API key was issued for eu-central-1, not us-east-1');
    expect(error?.fix).toMatch(/Set the region to eu-central-1/);
    expect(fake.requests).toHaveLength(0);
  });

  it('explains the server\'s refusal of a short-term key by what the key says', () => {
    const key = shortTermKey('eu-west-1', new Date());
    const refusal = Object.assign(new Error('Authentication failed: Please make sure your API Key is valid.'), {
      name: 'AccessDeniedException',
      $metadata: { httpStatusCode: 403 },
    });
    const err = classifyError(refusal, { afterFirstToken: false, modelId: HAIKU, region: 'us-west-2', apiKey: key, secrets: [key] });
    expect(err.errorClass).toBe('key-region-mismatch');
    const expired = classifyError(refusal, { afterFirstToken: false, modelId: HAIKU, region: 'eu-west-1', apiKey: key, now: new Date(Date.now() + 13 * 3600_000) });
    expect(expired.errorClass).toBe('key-expired');
  });
});
