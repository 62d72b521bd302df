// ConverseStream → an async iterable of typed events. One request shape for every model family.
// Measures time to first token and tokens/s on our side; retries throttling and 5xx only before the
// first token; on "on-demand throughput isn't supported" retries once with the region's inference
// profile and says so. The SDK is imported lazily so start-up does not pay for it.
import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { ChatRequest, StreamEvent } from '../models/chat.js';
import type { ModelConfig } from '../store/schema.js';
import { describeApiKey } from './api-key.js';
import { clientConfigFor, clientKey, envEndpoint, regionOf, secretsOf } from './auth.js';
import { cancelled, ProviderError } from '../models/provider-error.js';
import { classifyError, isRetryable, ownError, type ErrorContext } from './errors.js';
import { t } from '../i18n/index.js';
import { stopNotice } from './stop-reasons.js';
import { buildConverseInput } from './params.js';
import { profileRetryFor } from './profiles.js';
import { quietNodeVersionWarning } from './sdk-warnings.js';

export interface StreamTimeouts {
  /** TCP (and TLS) connection to the endpoint. */
  connectMs: number;
  /** From sending to the first text. */
  firstTokenMs: number;
  /** Longest silence between two events once text (or reasoning) flows. */
  stallMs: number;
  /**
   * The whole reply, however steadily it trickles in: MOCKVIEW_REPLY_DEADLINE_MS, else the model's
   * params.replyDeadlineMs, else 5 minutes (reasoning models think for minutes).
   */
  replyDeadlineMs: number;
}

export interface RetryPolicy {
  /** Total attempts for throttling / 5xx before the first token. */
  attempts: number;
  baseDelayMs: number;
}

/** Told before each resend, so a screen can show "retrying…" and the log can say why. */
export interface RetryInfo {
  /** The request about to be sent, counting from 1 (2 for the first retry). */
  attempt: number;
  /** Wait before it (0 for the inference-profile retry). */
  delayMs: number;
  /** What failed; its class says why we resend. */
  error: ProviderError;
  /** The model id the next attempt uses (a profile id after an on-demand refusal). */
  modelId: string;
}

export interface StreamConverseOptions {
  config: ModelConfig;
  request: ChatRequest;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  timeouts?: Partial<StreamTimeouts>;
  retry?: Partial<RetryPolicy>;
  onRetry?: (info: RetryInfo) => void;
}

const DEFAULT_TIMEOUTS: Omit<StreamTimeouts, 'replyDeadlineMs'> = { connectMs: 10_000, firstTokenMs: 60_000, stallMs: 30_000 };
export const DEFAULT_REPLY_DEADLINE_MS = 300_000;

/** The per-reply deadline in force: the caller's, else the environment's, else the model's, else 5 min. */
export function replyDeadlineMs(config: ModelConfig, env: NodeJS.ProcessEnv, override?: number): number {
  if (override !== undefined) return override;
  const fromEnv = Number(env.MOCKVIEW_REPLY_DEADLINE_MS);
  if (env.MOCKVIEW_REPLY_DEADLINE_MS && Number.isFinite(fromEnv) && fromEnv > 0) return fromEnv;
  return config.params.replyDeadlineMs ?? DEFAULT_REPLY_DEADLINE_MS;
}

/** The bearer key a configuration sends, if any (short-term keys say their region and expiry). */
function bearerKey(config: ModelConfig, env: NodeJS.ProcessEnv): string | undefined {
  if (config.auth.type === 'apiKey') return config.auth.apiKey;
  if (config.auth.type === 'profile' && !config.auth.profile) return env.AWS_BEARER_TOKEN_BEDROCK || undefined;
  return undefined;
}
const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250 };

type Sdk = typeof import('@aws-sdk/client-bedrock-runtime');
let sdk: Promise<Sdk> | undefined;
const loadSdk = (): Promise<Sdk> => (sdk ??= import('@aws-sdk/client-bedrock-runtime'));

const clients = new Map<string, BedrockRuntimeClient>();
async function clientFor(config: ModelConfig, env: NodeJS.ProcessEnv, connectMs: number, http1: boolean): Promise<BedrockRuntimeClient> {
  const key = `${clientKey(config, env, { connectMs })}${http1 ? ':http1' : ''}`;
  let client = clients.get(key);
  if (!client) {
    const { BedrockRuntimeClient } = await loadSdk();
    // Building a client is where the SDK would print its Node-version warning.
    quietNodeVersionWarning();
    const base = clientConfigFor(config, env, { connectMs });
    if (http1) {
      const { NodeHttpHandler } = await import('@smithy/node-http-handler');
      base.requestHandler = new NodeHttpHandler({ connectionTimeout: connectMs });
    }
    client = new BedrockRuntimeClient(base);
    clients.set(key, client);
  }
  return client;
}

/**
 * Endpoints found to speak only HTTP/1.1 (many proxies and gateways do). The SDK's handler for
 * this client speaks HTTP/2 only, so a request there fails at once with a protocol error; it is
 * sent again over HTTP/1.1, and later requests go that way from the start.
 */
const http1Endpoints = new Set<string>();

/** The endpoint a request goes to when it is not AWS's own (those all speak HTTP/2). */
function customEndpoint(config: ModelConfig, env: NodeJS.ProcessEnv): string | undefined {
  return config.endpoint || envEndpoint(env);
}

/** What an HTTP/2 request to an HTTP/1.1-only server ends in: a protocol error, or TLS refusing "h2". */
export function isHttp2Refused(e: unknown): boolean {
  const { code = '', message = '' } = (e ?? {}) as { code?: string; message?: string };
  // Not ERR_HTTP2_STREAM_CANCEL and the like: those wrap other failures (a connect timeout).
  return code === 'ERR_HTTP2_ERROR' || code === 'ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL' || /^Protocol error$|no application protocol/i.test(message);
}

/** Drops cached clients (their HTTP/2 sessions), e.g. after a configuration changed. */
export function resetClients(): void {
  for (const c of clients.values()) c.destroy();
  clients.clear();
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const t = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(t);
      resolve();
    }, { once: true });
  });
}


export async function* streamConverse(opts: StreamConverseOptions): AsyncGenerator<StreamEvent> {
  const { config, request, signal } = opts;
  const env = opts.env ?? process.env;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const deadlineMs = replyDeadlineMs(config, env, opts.timeouts?.replyDeadlineMs);
  const retry = { ...DEFAULT_RETRY, ...opts.retry };
  const secrets = secretsOf(config, env);
  const region = regionOf(config, env);
  const apiKey = bearerKey(config, env);
  const context = (afterFirstToken: boolean, modelId: string): ErrorContext => ({ afterFirstToken, modelId, region, secrets, ...(apiKey ? { apiKey } : {}) });
  if (signal?.aborted) throw cancelled(false);

  // A short-term key that cannot work here is refused before anything is sent.
  if (apiKey) {
    const key = describeApiKey(apiKey);
    if (key.kind === 'short-term' && key.expiresAt.getTime() <= Date.now()) throw ownError('key-expired', context(false, config.modelId), 'short-term API key expired');
    if (key.kind === 'short-term' && key.region !== region) {
      throw ownError('key-region-mismatch', context(false, config.modelId), `short-term API key for ${key.region} used in ${region}`);
    }
  }

  const { ConverseStreamCommand } = await loadSdk();
  const endpoint = customEndpoint(config, env);
  let http1 = endpoint !== undefined && http1Endpoints.has(endpoint);
  let client = await clientFor(config, env, timeouts.connectMs, http1);
  const started = performance.now();
  const deadlineAt = started + deadlineMs;
  let modelId = config.modelId;
  const triedIds = new Set<string>([modelId]);
  let modelTimeoutRetried = false;
  let firstTokenAt: number | null = null;
  /** Text or reasoning seen: from then on nothing is resent silently. */
  let firstOutputAt: number | null = null;
  let deltas = 0;
  let textChars = 0;
  let reasoningChars = 0;

  let sends = 0; // every request sent, profile retry included (what onRetry reports)
  for (let attempt = 1; ; attempt++) {
    sends++;
    const ctrl = new AbortController();
    const onUserAbort = (): void => ctrl.abort();
    signal?.addEventListener('abort', onUserAbort, { once: true });
    let timedOut: 'first-token' | 'stall' | 'deadline' | undefined;
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number, why: 'first-token' | 'stall'): void => {
      clearTimeout(timer);
      // Whichever comes first: this silence limit or the whole reply's deadline.
      const left = deadlineAt - performance.now();
      const [wait, reason] = left < ms ? [Math.max(0, left), 'deadline' as const] : [ms, why];
      timer = setTimeout(() => {
        timedOut = reason;
        ctrl.abort();
      }, wait);
    };
    let finished = false;
    arm(timeouts.firstTokenMs, 'first-token');
    try {
      const response = await client.send(new ConverseStreamCommand(buildConverseInput(config, request, modelId)), {
        abortSignal: ctrl.signal,
      });
      let usage: Extract<StreamEvent, { type: 'usage' }> | undefined;
      let serverLatencyMs: number | undefined;
      let stopReason: string | undefined;
      for await (const event of response.stream ?? []) {
        if (firstOutputAt !== null) arm(timeouts.stallMs, 'stall');
        const delta = event.contentBlockDelta?.delta;
        const text = delta?.text;
        // reasoningContent: {text, signature} or {redactedContent}; only text is shown. Either kind
        // shows the model is alive, so it keeps the first-token / stall timers satisfied.
        const reasoning = delta?.reasoningContent;
        if (text) {
          if (firstTokenAt === null) firstTokenAt = performance.now();
          if (firstOutputAt === null) {
            firstOutputAt = firstTokenAt;
            arm(timeouts.stallMs, 'stall');
          }
          deltas++;
          textChars += text.length;
          yield { type: 'text', text };
        } else if (reasoning) {
          if (firstOutputAt === null) {
            firstOutputAt = performance.now();
            arm(timeouts.stallMs, 'stall');
          }
          const thought = 'text' in reasoning ? reasoning.text : undefined;
          if (thought) {
            reasoningChars += thought.length;
            yield { type: 'reasoning', text: thought };
          }
        } else if (event.messageStop) {
          stopReason = event.messageStop.stopReason ?? 'end_turn';
          yield { type: 'stop', reason: stopReason };
          const notice = stopNotice(stopReason, config, request);
          if (notice) yield { type: 'notice', message: notice };
        } else if (event.metadata) {
          const u = event.metadata.usage;
          if (u) {
            usage = { type: 'usage', inputTokens: u.inputTokens ?? 0, outputTokens: u.outputTokens ?? 0, totalTokens: u.totalTokens ?? 0 };
            yield usage;
          }
          serverLatencyMs = event.metadata.metrics?.latencyMs;
        } else {
          // Exceptions can arrive as union members rather than thrown errors.
          const exception = Object.entries(event).find(([k, v]) => k.endsWith('Exception') && v);
          if (exception) {
            const [name, value] = exception;
            const err = Object.assign(new Error((value as { message?: string }).message ?? name), {
              name: name.charAt(0).toUpperCase() + name.slice(1),
            });
            throw err;
          }
        }
      }
      // The SDK ends the stream quietly when aborted; a stream cut short without messageStop is a
      // lost connection, not a finished reply.
      if (ctrl.signal.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
      if (stopReason === undefined) throw Object.assign(new Error('the stream ended before the model finished'), { code: 'ECONNRESET' });
      finished = true;
      // A guardrail's canned text is not the model's answer: the reply fails, with its text kept.
      if (stopReason === 'guardrail_intervened' || stopReason === 'content_filtered') {
        throw ownError('guardrail-blocked', context(firstOutputAt !== null, modelId), `stopReason ${stopReason}`);
      }
      if (textChars === 0 && reasoningChars > 0) {
        throw ownError('reasoning-only', context(true, modelId), `the reply held ${reasoningChars} characters of reasoning and no answer (stopReason ${stopReason})`);
      }
      const end = performance.now();
      const outputTokens = usage?.outputTokens || deltas;
      const streamSeconds = firstTokenAt !== null ? (end - firstTokenAt) / 1000 : 0;
      yield {
        type: 'metrics',
        firstTokenMs: firstTokenAt !== null ? Math.round(firstTokenAt - started) : null,
        totalMs: Math.round(end - started),
        tokensPerSecond: streamSeconds > 0.05 ? Math.round((outputTokens / streamSeconds) * 10) / 10 : null,
        ...(serverLatencyMs !== undefined ? { serverLatencyMs } : {}),
      };
      return;
    } catch (e) {
      if (e instanceof ProviderError && (e.errorClass === 'guardrail-blocked' || e.errorClass === 'reasoning-only')) throw e;
      const after = firstOutputAt !== null;
      if (signal?.aborted) throw cancelled(after);
      const ctx = context(after, modelId);
      const err =
        timedOut === 'deadline'
          ? ownError('reply-deadline', ctx, `no complete reply within ${Math.round(deadlineMs / 1000)} s`)
          : timedOut
            ? new ProviderError(
                'timeout',
                timedOut === 'first-token'
                  ? t('errors.timeout.firstToken', { seconds: Math.round(timeouts.firstTokenMs / 1000) })
                  : t('errors.timeout.stalled', { seconds: Math.round(timeouts.stallMs / 1000) }),
                t('errors.timeout.stalledFix'),
                { name: 'TimeoutError', message: `${timedOut} timeout` },
                after,
              )
            : classifyError(e, ctx);
      if (!after && !timedOut && err.errorClass !== 'timeout' && endpoint !== undefined && !http1 && isHttp2Refused(e)) {
        http1 = true;
        http1Endpoints.add(endpoint);
        client = await clientFor(config, env, timeouts.connectMs, true);
        opts.onRetry?.({ attempt: sends + 1, delayMs: 0, error: err, modelId });
        attempt--; // a change of protocol, not a retry of a failure
        continue;
      }
      if (!after && err.errorClass !== 'reply-deadline') {
        const notice = profileRetryFor(err, config.modelId, region, triedIds);
        if (notice) {
          yield notice;
          modelId = notice.profileId;
          triedIds.add(modelId);
          opts.onRetry?.({ attempt: sends + 1, delayMs: 0, error: err, modelId });
          attempt--; // the profile retry does not use up a throttling/5xx attempt
          continue;
        }
        // A model-side timeout (408) is worth one more try before any text; not a second.
        if (err.errorClass === 'model-timeout' && !modelTimeoutRetried) {
          modelTimeoutRetried = true;
          opts.onRetry?.({ attempt: sends + 1, delayMs: 0, error: err, modelId });
          attempt--;
          continue;
        }
        if (isRetryable(err) && attempt < retry.attempts) {
          const delay = Math.round(retry.baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5));
          opts.onRetry?.({ attempt: sends + 1, delayMs: delay, error: err, modelId });
          await sleep(delay, signal);
          if (signal?.aborted) throw cancelled(false);
          continue;
        }
      }
      throw err;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onUserAbort);
      // A consumer that stops early (break / return) must not leave the request running.
      if (!finished) ctrl.abort();
    }
  }
}
