// ConverseStream → an async iterable of typed events. One request shape for every model family.
// Measures time to first token and tokens/s on our side; retries throttling and 5xx only before the
// first token; on "on-demand throughput isn't supported" retries once with the region's inference
// profile and says so. The SDK is imported lazily so start-up does not pay for it.
import type { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import type { ChatRequest, StreamEvent } from '../providers/types.js';
import type { ModelConfig } from '../store/schema.js';
import { clientConfigFor, clientKey, secretsOf } from './auth.js';
import { ProviderError } from './error-types.js';
import { classifyError, isRetryable } from './errors.js';
import { buildConverseInput } from './params.js';
import { profileIdFor } from './regions.js';

export interface StreamTimeouts {
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

export interface StreamConverseOptions {
  config: ModelConfig;
  request: ChatRequest;
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  timeouts?: Partial<StreamTimeouts>;
  retry?: Partial<RetryPolicy>;
}

const DEFAULT_TIMEOUTS: StreamTimeouts = { firstTokenMs: 60_000, stallMs: 30_000 };
const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 250 };

type Sdk = typeof import('@aws-sdk/client-bedrock-runtime');
let sdk: Promise<Sdk> | undefined;
const loadSdk = (): Promise<Sdk> => (sdk ??= import('@aws-sdk/client-bedrock-runtime'));

const clients = new Map<string, BedrockRuntimeClient>();
async function clientFor(config: ModelConfig, env: NodeJS.ProcessEnv): Promise<BedrockRuntimeClient> {
  const key = clientKey(config);
  let client = clients.get(key);
  if (!client) {
    const { BedrockRuntimeClient } = await loadSdk();
    client = new BedrockRuntimeClient(clientConfigFor(config, env));
    clients.set(key, client);
  }
  return client;
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

const cancelled = (afterFirstToken: boolean): ProviderError =>
  new ProviderError('cancelled', 'Cancelled', '', { name: 'AbortError', message: 'cancelled by the user' }, afterFirstToken);

export async function* streamConverse(opts: StreamConverseOptions): AsyncGenerator<StreamEvent> {
  const { config, request, signal } = opts;
  const env = opts.env ?? process.env;
  const timeouts = { ...DEFAULT_TIMEOUTS, ...opts.timeouts };
  const retry = { ...DEFAULT_RETRY, ...opts.retry };
  const secrets = secretsOf(config);
  const region = config.region || env.AWS_REGION || 'us-east-1';
  if (signal?.aborted) throw cancelled(false);

  const { ConverseStreamCommand } = await loadSdk();
  const client = await clientFor(config, env);
  const started = performance.now();
  let modelId = config.modelId;
  let triedProfile = false;
  let firstTokenAt: number | null = null;
  let deltas = 0;

  for (let attempt = 1; ; attempt++) {
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
      if (!after) {
        if (err.errorClass === 'needs-inference-profile' && !triedProfile) {
          triedProfile = true;
          const profileId = profileIdFor(modelId, region);
          if (profileId !== modelId) {
            yield {
              type: 'notice',
              message: `on-demand throughput isn't supported for ${modelId}; retried with inference profile ${profileId}`,
              profileId,
            };
            modelId = profileId;
            attempt--;
            continue;
          }
        }
        if (isRetryable(err) && attempt < retry.attempts) {
          const delay = retry.baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
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
