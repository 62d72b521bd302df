// ConverseStream → an async iterable of typed events. One request shape for every model family.
// Measures time to first token and tokens/s on our side; retries throttling and 5xx only before the
// first token; on "on-demand throughput isn't supported" retries once with the region's inference
// profile and says so. The SDK is imported lazily so start-up does not pay for it.
import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { ChatRequest, StreamEvent } from '../providers/types.js';
import type { ModelConfig } from '../store/schema.js';
import { clientConfigFor, clientKey, envEndpoint, regionOf, secretsOf } from './auth.js';
import { cancelled, ProviderError } from './error-types.js';
import { classifyError, isRetryable } from './errors.js';
import { buildConverseInput } from './params.js';
import { profileRetryFor } from './profiles.js';
import { quietNodeVersionWarning } from './sdk-warnings.js';

export interface StreamTimeouts {
  /** TCP (and TLS) connection to the endpoint. */
  connectMs: number;
  /** From sending to the first text. */
  firstTokenMs: number;
  /** Longest silence between two events once text flows. */
  stallMs: number;
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

const DEFAULT_TIMEOUTS: StreamTimeouts = { connectMs: 10_000, firstTokenMs: 60_000, stallMs: 30_000 };
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
  const retry = { ...DEFAULT_RETRY, ...opts.retry };
  const secrets = secretsOf(config, env);
  const region = regionOf(config, env);
  if (signal?.aborted) throw cancelled(false);

  const { ConverseStreamCommand } = await loadSdk();
  const endpoint = customEndpoint(config, env);
  let http1 = endpoint !== undefined && http1Endpoints.has(endpoint);
  let client = await clientFor(config, env, timeouts.connectMs, http1);
  const started = performance.now();
  let modelId = config.modelId;
  let triedProfile = false;
  let firstTokenAt: number | null = null;
  let deltas = 0;

  let sends = 0; // every request sent, profile retry included (what onRetry reports)
  for (let attempt = 1; ; attempt++) {
    sends++;
    const ctrl = new AbortController();
    const onUserAbort = (): void => ctrl.abort();
    signal?.addEventListener('abort', onUserAbort, { once: true });
    let timedOut: 'first-token' | 'stall' | undefined;
    let timer: NodeJS.Timeout | undefined;
    const arm = (ms: number, why: 'first-token' | 'stall'): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = why;
        ctrl.abort();
      }, ms);
    };
    let finished = false;
    arm(timeouts.firstTokenMs, 'first-token');
    try {
      const response = await client.send(new ConverseStreamCommand(buildConverseInput(config, request, modelId)), {
        abortSignal: ctrl.signal,
      });
      let usage: Extract<StreamEvent, { type: 'usage' }> | undefined;
      let serverLatencyMs: number | undefined;
      let sawStop = false;
      for await (const event of response.stream ?? []) {
        if (firstTokenAt !== null) arm(timeouts.stallMs, 'stall');
        const text = event.contentBlockDelta?.delta?.text;
        if (text) {
          if (firstTokenAt === null) {
            firstTokenAt = performance.now();
            arm(timeouts.stallMs, 'stall');
          }
          deltas++;
          yield { type: 'text', text };
        } else if (event.messageStop) {
          sawStop = true;
          yield { type: 'stop', reason: event.messageStop.stopReason ?? 'end_turn' };
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
      if (!sawStop) throw Object.assign(new Error('the stream ended before the model finished'), { code: 'ECONNRESET' });
      finished = true;
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
      const after = firstTokenAt !== null;
      if (signal?.aborted) throw cancelled(after);
      const ctx = { afterFirstToken: after, modelId, region, secrets };
      const err = timedOut
        ? new ProviderError(
            'timeout',
            timedOut === 'first-token'
              ? `No answer from Bedrock within ${Math.round(timeouts.firstTokenMs / 1000)} s`
              : `Bedrock stopped sending for ${Math.round(timeouts.stallMs / 1000)} s`,
            'Check your connection and try again; the text so far is kept.',
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
      if (!after) {
        const notice = triedProfile ? undefined : profileRetryFor(err, modelId, region);
        if (notice) {
          triedProfile = true;
          yield notice;
          modelId = notice.profileId;
          opts.onRetry?.({ attempt: sends + 1, delayMs: 0, error: err, modelId });
          attempt--; // the profile retry does not use up a throttling/5xx attempt
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
