// The live model list with the real @aws-sdk/client-bedrock against the fake's control-plane APIs.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheKey, controlEndpoint, describeSource, listCallableModels, seedProfilesFromCache } from '../../src/bedrock/catalog-live.js';
import { rememberLiveProfiles } from '../../src/bedrock/profiles.js';
import { profileRegion, resolveRegion } from '../../src/bedrock/default-region.js';
import { profileIdsFor } from '../../src/bedrock/profiles.js';
import { openCatalogCache } from '../../src/store/catalog-cache.js';
import { foundationModel, systemProfile } from '../fake-bedrock/list-data.js';
import { testConfig } from '../helpers/config.js';
import { tempDir } from '../helpers/tmp.js';
import { useFakeBedrock } from '../bedrock/collect.js';

const fake = useFakeBedrock();
const HAIKU = 'anthropic.claude-haiku-4-5-20251001-v1:0';

describe('listCallableModels', () => {
  it('lists what the account can call, merged with the built-in facts, and caches it with its date', async () => {
    fake.setListError(undefined);
    const cache = openCatalogCache(tempDir());
    const list = await listCallableModels(testConfig({ endpoint: fake.url }), { cache, refresh: true });
    expect(list.source).toBe('live');
    expect(list.fetchedAt?.slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
    const byId = new Map(list.models.map((m) => [m.id, m]));
    // Profiles only: the region's geography profile is the id to use.
    expect(byId.get(HAIKU)).toMatchObject({ name: 'Claude 4.5 Haiku', maxOutput: 64000, onDemand: false, callableId: `us.${HAIKU}`, known: true, lifecycle: 'active' });
    expect([...(byId.get(HAIKU)?.profileIds ?? [])].sort()).toEqual([`global.${HAIKU}`, `us.${HAIKU}`]);
    expect(byId.get('anthropic.claude-opus-4-1-20250805-v1:0')).toMatchObject({ lifecycle: 'legacy', replacement: 'anthropic.claude-opus-4-6-v1' });
    expect(byId.get('meta.llama3-8b-instruct-v1:0')).toMatchObject({ onDemand: true, callableId: 'meta.llama3-8b-instruct-v1:0', maxOutput: 2048 });
    expect(byId.get('acme.newmodel-v1:0')).toMatchObject({ known: false, maxOutput: null, name: 'Acme New Model', vendor: 'Acme' });
    // Not chat models: embeddings and Nova Sonic (speech-to-speech).
    expect(byId.has('amazon.titan-embed-text-v2:0')).toBe(false);
    expect(byId.has('amazon.nova-sonic-v1:0')).toBe(false);
    // Both control-plane calls, signed with the configuration's API key.
    const calls = fake.requests.filter((r) => r.method === 'GET').map((r) => r.path.split('?')[0]);
    expect(calls).toEqual(['/foundation-models', '/inference-profiles']);
    expect(fake.requests[0]?.headers.authorization).toMatch(/^Bearer ABSK/);
    expect(fake.requests[1]?.path).toContain('type=SYSTEM_DEFINED');

    fake.requests.length = 0;
    const again = await listCallableModels(testConfig({ endpoint: fake.url }), { cache });
    expect(again.source).toBe('cache');
    expect(again.fetchedAt).toBe(list.fetchedAt);
    expect(again.models).toEqual(list.models);
    expect(fake.requests).toHaveLength(0);
    expect(fs.statSync(cache.file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(cache.file, 'utf8')).not.toContain('ABSK');
  });

  it('picks the profile of the region from the live list: jp. in Tokyo when it exists, else global.', async () => {
    fake.setCatalog({
      models: [foundationModel(HAIKU, 'Claude Haiku 4.5', 'Anthropic', { inference: ['INFERENCE_PROFILE'], region: 'ap-northeast-1' })],
      profiles: [systemProfile('apac', HAIKU, 'Claude Haiku 4.5'), systemProfile('global', HAIKU, 'Claude Haiku 4.5'), systemProfile('jp', HAIKU, 'Claude Haiku 4.5')],
    });
    try {
      const tokyo = await listCallableModels(testConfig({ endpoint: fake.url, region: 'ap-northeast-1' }), { refresh: true });
      expect(tokyo.models[0]?.callableId).toBe(`jp.${HAIKU}`);
      // The profile retry now prefers what the live list said for this region.
      expect(profileIdsFor(HAIKU, 'ap-northeast-1')).toEqual([`jp.${HAIKU}`, `apac.${HAIKU}`, `global.${HAIKU}`]);
      fake.setCatalog({ profiles: [systemProfile('global', HAIKU, 'Claude Haiku 4.5')] });
      const seoul = await listCallableModels(testConfig({ endpoint: fake.url, region: 'ap-northeast-2' }), { refresh: true });
      expect(seoul.models[0]?.callableId).toBe(`global.${HAIKU}`);
      expect(profileIdsFor(HAIKU, 'ap-northeast-2')).toEqual([`global.${HAIKU}`]);
    } finally {
      const { DEFAULT_FOUNDATION_MODELS, DEFAULT_INFERENCE_PROFILES } = await import('../fake-bedrock/list-data.js');
      fake.setCatalog({ models: DEFAULT_FOUNDATION_MODELS, profiles: DEFAULT_INFERENCE_PROFILES });
    }
  });

  it('without permission: the built-in list (no end-of-life model), saying why and what permission is missing', async () => {
    fake.setListError('listDenied');
    try {
      const list = await listCallableModels(testConfig({ endpoint: fake.url }), { refresh: true });
      expect(list.source).toBe('built-in');
      expect(list.fetchedAt).toBeNull();
      expect(list.notice).toMatch(/^could not ask Bedrock for the model list \(.+\); showing mockview's built-in list/);
      expect(list.error?.errorClass).toBe('iam-permission');
      expect(list.models.some((m) => m.id === 'anthropic.claude-3-7-sonnet-20250219-v1:0')).toBe(false);
      expect(list.models.find((m) => m.id === HAIKU)?.callableId).toBe(`us.${HAIKU}`);
      expect(describeSource(list)).toBe('built-in');
    } finally {
      fake.setListError(undefined);
    }
  });

  it('offline: the cached list of any age, dated, rather than the built-in one', async () => {
    const dir = tempDir();
    const cache = openCatalogCache(dir);
    const config = testConfig({ endpoint: fake.url });
    const live = await listCallableModels(config, { cache, refresh: true });
    const offline = testConfig({ endpoint: 'http://127.0.0.1:9' });
    // Same account and region: the cache key does not depend on the endpoint.
    const list = await listCallableModels(offline, { cache, refresh: true, timeoutMs: 2000 });
    expect(list.source).toBe('cache');
    expect(list.models).toEqual(live.models);
    expect(list.notice).toMatch(/showing the list from \d{4}-\d{2}-\d{2}$/);
    expect(list.error?.errorClass).toBe('connection-lost');
    expect(describeSource(list)).toMatch(/^cached \d{4}-/);
  });

  it('teaches the profile retry from the cache in a process that did not ask Bedrock', async () => {
    const cache = openCatalogCache(tempDir());
    const config = testConfig({ region: 'eu-west-1' });
    cache.put(cacheKey(config, 'eu-west-1', {}), {
      region: 'eu-west-1',
      fetchedAt: new Date().toISOString(),
      models: [{ id: HAIKU, name: 'Claude 4.5 Haiku', vendor: 'Anthropic', lifecycle: 'active', maxOutput: 64000, known: true, onDemand: false, profileIds: [`global.${HAIKU}`], callableId: `global.${HAIKU}` }],
    });
    rememberLiveProfiles('eu-west-1', []);
    expect(profileIdsFor(HAIKU, 'eu-west-1')[0]).toBe(`eu.${HAIKU}`);
    seedProfilesFromCache(cache, [cacheKey(config, 'eu-west-1', {})]);
    expect(profileIdsFor(HAIKU, 'eu-west-1')).toEqual([`global.${HAIKU}`]);
  });

  it('stops when the caller cancels', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    await expect(listCallableModels(testConfig({ endpoint: fake.url }), { refresh: true, signal: ctrl.signal })).rejects.toMatchObject({ errorClass: 'cancelled' });
  });

  it('finds the control-plane endpoint from the runtime one', () => {
    const c = testConfig();
    expect(controlEndpoint(c, {})).toBeUndefined();
    expect(controlEndpoint(c, { AWS_ENDPOINT_URL_BEDROCK: 'https://b.example' })).toBe('https://b.example');
    expect(controlEndpoint({ ...c, endpoint: 'https://vpce-1.bedrock-runtime.us-east-1.vpce.amazonaws.com' }, {})).toBe('https://vpce-1.bedrock.us-east-1.vpce.amazonaws.com');
    expect(controlEndpoint(c, { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: 'http://127.0.0.1:4010' })).toBe('http://127.0.0.1:4010');
  });
});

describe('default region', () => {
  const files = (config: string): NodeJS.ProcessEnv => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'config'), config);
    fs.writeFileSync(path.join(dir, 'credentials'), '[creds-only]\nregion = sa-east-1\n');
    return { AWS_CONFIG_FILE: path.join(dir, 'config'), AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'credentials') };
  };

  it('reads the profile region through the SDK loader: named, AWS_PROFILE, default', async () => {
    const env = files('[default]\nregion = eu-west-3\n\n[profile work]\nregion = ap-northeast-1\nsso_session = corp\n');
    expect(await profileRegion('work', env)).toBe('ap-northeast-1');
    expect(await profileRegion(undefined, { ...env, AWS_PROFILE: 'work' })).toBe('ap-northeast-1');
    expect(await profileRegion(undefined, env)).toBe('eu-west-3');
    expect(await profileRegion('creds-only', env)).toBe('sa-east-1');
    expect(await profileRegion('missing', env)).toBeUndefined();
  });

  it("orders: the model's region, the profile's, AWS_REGION, AWS_DEFAULT_REGION, us-east-1", async () => {
    const env = files('[profile work]\nregion = ap-northeast-1\n');
    expect(await resolveRegion({ region: 'us-west-2', profile: 'work', env })).toBe('us-west-2');
    expect(await resolveRegion({ profile: 'work', env: { ...env, AWS_REGION: 'eu-west-1' } })).toBe('ap-northeast-1');
    expect(await resolveRegion({ env: { ...env, AWS_REGION: 'eu-west-1', AWS_DEFAULT_REGION: 'eu-west-2' } })).toBe('eu-west-1');
    expect(await resolveRegion({ env: { ...env, AWS_DEFAULT_REGION: 'eu-west-2' } })).toBe('eu-west-2');
    expect(await resolveRegion({ env })).toBe('us-east-1');
  });
});
