// The live model list: what this account can call in a region, from Bedrock's own control-plane APIs
// (ListFoundationModels, ListInferenceProfiles through @aws-sdk/client-bedrock, signed with the same
// credentials as the runtime calls), merged with the built-in catalog's facts and cached in the store
// with its date. Offline or without permission: the cached list, else the built-in one, saying so.
import type { BedrockClient, BedrockClientConfig, FoundationModelSummary, InferenceProfileSummary } from '@aws-sdk/client-bedrock';
import { createHash } from 'node:crypto';
import { findModel, OFFERED } from '../models/catalog.js';
import type { CatalogModel } from '../models/catalog-types.js';
import type { CallableList, CallableModel, CallableSource } from '../models/callable.js';
import { profileCandidates } from '../models/regions.js';
import type { CatalogCache } from '../store/catalog-cache.js';
import type { ModelConfig } from '../store/schema.js';
import { clientConfigFor, regionOf, secretsOf } from './auth.js';
import { cancelled, isProviderError, type ProviderError } from '../models/provider-error.js';
import { classifyError } from './errors.js';
import { rememberLiveProfiles } from './profiles.js';
import { quietNodeVersionWarning } from './sdk-warnings.js';
import { t } from '../i18n/index.js';
import { localTime } from '../i18n/time.js';

export interface CallableModels {
  source: CallableSource;
  region: string;
  /** When the list was fetched from Bedrock (ISO), null for the built-in list. */
  fetchedAt: string | null;
  models: CallableModel[];
  /** Set when the list is not fresh from Bedrock: why (one line, for the picker and the CLI). */
  notice?: string;
  /** The failure behind the notice, classified (its fix says what permission is missing). */
  error?: ProviderError;
}

export interface ListCallableOptions {
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  /** Ask Bedrock even when the cache is fresh. */
  refresh?: boolean;
  /** Where lists are kept between runs (openCatalogCache(store.paths.dir)). */
  cache?: CatalogCache;
  /** A cached list younger than this is used without asking Bedrock (default 24 h). */
  maxAgeMs?: number;
  /** Overrides the region of the configuration. */
  region?: string;
  /** Gives up on Bedrock after this long (default 10 s). */
  timeoutMs?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The control-plane endpoint for a configuration. AWS_ENDPOINT_URL_BEDROCK is the SDK's own variable
 * for it. A custom runtime endpoint (the form's endpoint URL, AWS_ENDPOINT_URL_BEDROCK_RUNTIME) is a
 * proxy or VPC endpoint for the runtime: `bedrock-runtime` in its host name becomes `bedrock`, and a
 * host without it (a proxy, the test fake) is assumed to serve both.
 */
export function controlEndpoint(config: ModelConfig, env: NodeJS.ProcessEnv): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return config.endpoint ? toControl(config.endpoint) : undefined;
  if (env.AWS_ENDPOINT_URL_BEDROCK) return env.AWS_ENDPOINT_URL_BEDROCK;
  const runtime = config.endpoint || env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME;
  if (runtime) return toControl(runtime);
  return env.AWS_ENDPOINT_URL || undefined;
}
const toControl = (url: string): string => url.replace(/(\/\/[^/]*?)bedrock-runtime([.-])/, '$1bedrock$2');

type ControlSdk = typeof import('@aws-sdk/client-bedrock');
let sdk: Promise<ControlSdk> | undefined;
const loadSdk = (): Promise<ControlSdk> => (sdk ??= import('@aws-sdk/client-bedrock'));

async function controlClient(config: ModelConfig, env: NodeJS.ProcessEnv, region: string, timeoutMs: number): Promise<BedrockClient> {
  const { BedrockClient } = await loadSdk();
  const { NodeHttpHandler } = await import('@smithy/node-http-handler');
  quietNodeVersionWarning();
  // The same auth rules as the runtime client (bearer key, IAM keys, profile / default chain).
  const base = clientConfigFor({ ...config, region }, env) as BedrockClientConfig;
  const endpoint = controlEndpoint(config, env);
  const { endpoint: _runtimeEndpoint, requestHandler: _h2, ...auth } = base;
  return new BedrockClient({
    ...auth,
    ...(endpoint ? { endpoint } : {}),
    requestHandler: new NodeHttpHandler({ connectionTimeout: Math.min(timeoutMs, 10_000), requestTimeout: timeoutMs }),
  });
}

/** Cache key: region and a hash of who is asking (never a credential in clear). */
export function cacheKey(config: ModelConfig, region: string, env: NodeJS.ProcessEnv): string {
  const a = config.auth;
  const who =
    a.type === 'apiKey' ? `key:${a.apiKey}` : a.type === 'iam' ? `iam:${a.accessKeyId}` : a.type === 'profile' && a.profile ? `profile:${a.profile}` : `chain:${env.AWS_PROFILE ?? ''}`;
  return `${region}|${createHash('sha256').update(who).digest('hex').slice(0, 16)}`;
}

const isChatModel = (m: FoundationModelSummary): boolean =>
  (m.outputModalities ?? []).includes('TEXT') &&
  (m.inputModalities ?? ['TEXT']).includes('TEXT') &&
  !(m.outputModalities ?? []).includes('EMBEDDING') &&
  m.responseStreamingSupported !== false &&
  // Nova Sonic is speech-to-speech (bidirectional stream), not a ConverseStream chat model.
  !/sonic/i.test(m.modelId ?? '');

const lifecycleOf = (m: FoundationModelSummary): CallableModel['lifecycle'] => (m.modelLifecycle?.status === 'LEGACY' ? 'legacy' : 'active');

/** The model id an inference profile routes to (all its models share one foundation model id). */
function profileModelId(p: InferenceProfileSummary): string | undefined {
  const arn = p.models?.[0]?.modelArn;
  return arn ? arn.split('/').pop() : p.inferenceProfileId?.replace(/^[a-z-]+\./, '');
}

/** Live summaries + built-in facts → the picker's entries, best-known first, end of life never. */
export function mergeLive(region: string, summaries: FoundationModelSummary[], profiles: InferenceProfileSummary[]): CallableModel[] {
  const profilesByModel = new Map<string, string[]>();
  for (const p of profiles) {
    const modelId = profileModelId(p);
    if (!modelId || !p.inferenceProfileId || p.status !== 'ACTIVE') continue;
    profilesByModel.set(modelId, [...(profilesByModel.get(modelId) ?? []), p.inferenceProfileId]);
  }
  const out: CallableModel[] = [];
  for (const s of summaries) {
    if (!s.modelId || !isChatModel(s)) continue;
    const known = findModel(s.modelId);
    const profileIds = profilesByModel.get(s.modelId) ?? [];
    const onDemand = (s.inferenceTypesSupported ?? []).includes('ON_DEMAND');
    const prefixes = profileIds.map((id) => id.slice(0, id.length - s.modelId!.length - 1));
    const best = profileCandidates(s.modelId, region, prefixes)[0];
    const callableId = onDemand ? s.modelId : best;
    if (!callableId) continue; // neither on demand nor through a profile here: not callable
    out.push({
      id: s.modelId,
      name: known?.name ?? s.modelName ?? s.modelId,
      vendor: known?.vendor ?? s.providerName ?? '',
      lifecycle: lifecycleOf(s),
      maxOutput: known?.maxOutput ?? null,
      known: known !== undefined,
      onDemand,
      profileIds,
      callableId,
      ...(known?.replacement ? { replacement: known.replacement } : {}),
    });
  }
  const rank = (m: CallableModel): number => (m.known ? 0 : 1) + (m.lifecycle === 'legacy' ? 2 : 0);
  return out.sort((a, b) => rank(a) - rank(b) || a.vendor.localeCompare(b.vendor) || a.name.localeCompare(b.name));
}

/** The built-in catalog as picker entries (end of life left out). */
export function builtInCallable(region: string): CallableModel[] {
  return OFFERED.map((m: CatalogModel) => ({
    id: m.id,
    name: m.name,
    vendor: m.vendor,
    lifecycle: m.lifecycle,
    maxOutput: m.maxOutput,
    known: true,
    onDemand: !m.needsProfile,
    profileIds: [],
    callableId: m.needsProfile ? (profileCandidates(m.id, region, m.profiles)[0] ?? m.id) : m.id,
    ...(m.replacement ? { replacement: m.replacement } : {}),
  }));
}

async function fetchLive(config: ModelConfig, region: string, env: NodeJS.ProcessEnv, signal: AbortSignal, timeoutMs: number): Promise<CallableList> {
  const { ListFoundationModelsCommand, ListInferenceProfilesCommand } = await loadSdk();
  const client = await controlClient(config, env, region, timeoutMs);
  try {
    const models = await client.send(new ListFoundationModelsCommand({}), { abortSignal: signal });
    const profiles: InferenceProfileSummary[] = [];
    let nextToken: string | undefined;
    // System-defined (cross-region) profiles only; a handful of pages at most.
    for (let page = 0; page < 20; page++) {
      const res = await client.send(new ListInferenceProfilesCommand({ typeEquals: 'SYSTEM_DEFINED', maxResults: 1000, nextToken }), { abortSignal: signal });
      profiles.push(...(res.inferenceProfileSummaries ?? []));
      nextToken = res.nextToken;
      if (!nextToken) break;
    }
    rememberLiveProfiles(region, profiles.map((p) => p.inferenceProfileId ?? '').filter(Boolean));
    return { region, fetchedAt: new Date().toISOString(), models: mergeLive(region, models.modelSummaries ?? [], profiles) };
  } finally {
    client.destroy();
  }
}

/** The day a list was fetched, in the user's time zone ("2026-12-01"). */
const dateOf = (iso: string | null): string => (iso ? localTime(iso).slice(0, 10) : t('models.live.unknownDate'));

/**
 * What this configuration's credentials can call in its region. Never throws for Bedrock's sake:
 * a failure becomes the cached list (any age) or the built-in one, with `notice` and `error` saying why.
 * Throws only the 'cancelled' ProviderError when `signal` aborts.
 */
export async function listCallableModels(config: ModelConfig, opts: ListCallableOptions = {}): Promise<CallableModels> {
  if (opts.signal?.aborted) throw cancelled(false);
  const env = opts.env ?? process.env;
  const region = opts.region ?? regionOf(config, env);
  const key = cacheKey(config, region, env);
  let cached: CallableList | undefined;
  try {
    cached = opts.cache?.get(key);
  } catch {
    cached = undefined; // a damaged cache file is kept aside by the store; the list still works
  }
  const age = cached?.fetchedAt ? Date.now() - Date.parse(cached.fetchedAt) : Infinity;
  if (cached && !opts.refresh && age < (opts.maxAgeMs ?? DAY_MS)) {
    rememberLiveProfiles(region, cached.models.flatMap((m) => m.profileIds));
    return { source: 'cache', region, fetchedAt: cached.fetchedAt, models: cached.models };
  }

  const timeoutMs = opts.timeoutMs ?? 10_000;
  const ctrl = new AbortController();
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  const onAbort = (): void => ctrl.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const list = await fetchLive(config, region, env, ctrl.signal, timeoutMs);
    try {
      opts.cache?.put(key, list);
    } catch {
      // Not being able to cache must not cost the user the list.
    }
    return { source: 'live', ...list };
  } catch (e) {
    if (opts.signal?.aborted) throw cancelled(false);
    const error = isProviderError(e)
      ? e
      : classifyError(ctrl.signal.aborted ? Object.assign(new Error('no answer in time'), { name: 'TimeoutError', code: 'ETIMEDOUT' }) : e, {
          afterFirstToken: false,
          modelId: config.modelId,
          region,
          secrets: secretsOf(config, env),
        });
    const why = t('models.live.couldNotAsk', { why: error.title });
    if (cached) {
      return { source: 'cache', region, fetchedAt: cached.fetchedAt, models: cached.models, notice: t('models.live.showingCached', { why, date: dateOf(cached.fetchedAt) }), error };
    }
    return { source: 'built-in', region, fetchedAt: null, models: builtInCallable(region), notice: t('models.live.showingBuiltIn', { why }), error };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Teaches the inference-profile retry what the cached lists say (every region and account in the
 * cache), so a process that did not ask Bedrock itself still prefers real profile ids. Call once per
 * process with the store's cache (e.g. where providers are opened). Never throws.
 */
export function seedProfilesFromCache(cache: CatalogCache, keys: readonly string[]): void {
  for (const key of keys) {
    try {
      const list = cache.get(key);
      if (list) rememberLiveProfiles(list.region, list.models.flatMap((m) => m.profileIds));
    } catch {
      // a damaged cache teaches nothing
    }
  }
}

/** For views: "live · 2026-11-30", "cached 2026-11-29" (local dates), "built-in". */
export function describeSource(list: Pick<CallableModels, 'source' | 'fetchedAt'>): string {
  if (list.source === 'live') return t('models.live.live', { date: dateOf(list.fetchedAt) });
  if (list.source === 'cache') return t('models.live.cached', { date: dateOf(list.fetchedAt) });
  return t('models.live.builtIn');
}
