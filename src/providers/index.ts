// Opens the right provider for a configuration and writes every failed call to the log
// (seed: "view the error in log management"). The log entry carries the classified error and the
// raw service details, never a secret.
import { isProviderError } from '../models/provider-error.js';
import type { LogEntry, ModelConfig } from '../store/schema.js';
import type { Store } from '../store/types.js';
import { createBedrockProvider } from './bedrock.js';
import { createDemoProvider } from './demo.js';
import type { ChatRequest, Provider, StreamEvent } from './types.js';

export type ProviderPurpose = 'test' | 'chat' | 'ask' | 'interview' | 'feedback' | 'questions';

export interface OpenProviderOptions {
  /** Where failures are logged; omitted in pure tests. */
  store?: Pick<Store, 'appendLog'>;
  purpose: ProviderPurpose;
  env?: NodeJS.ProcessEnv;
}

/** Why an error could not be logged (damaged or busy logs.json), for the one line that says so. */
const unlogged = new WeakMap<object, string>();
export function whyNotLogged(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null ? unlogged.get(e) : undefined;
}

export function openProvider(config: ModelConfig, opts: OpenProviderOptions): Provider {
  const inner = config.provider === 'demo' ? createDemoProvider() : createBedrockProvider(config, { env: opts.env });
  if (!opts.store) return inner;
  const store = opts.store;
  const kind: LogEntry['kind'] = opts.purpose === 'ask' ? 'ask' : opts.purpose;
  return {
    kind: inner.kind,
    label: inner.label,
    offline: inner.offline,
    async *stream(request: ChatRequest, signal?: AbortSignal): AsyncIterable<StreamEvent> {
      try {
        yield* inner.stream(request, signal);
      } catch (e) {
        if (!(isProviderError(e) && e.errorClass === 'cancelled')) {
          // Logging never stands between the user and the real error: a damaged or locked logs.json
          // costs the log entry, and the error below is still the one the user sees.
          try {
            const entry = store.appendLog({
              level: 'error',
              kind,
              configName: config.name,
              modelId: config.modelId,
              region: config.region,
              errorClass: isProviderError(e) ? e.errorClass : 'unknown',
              message: isProviderError(e) ? e.title : e instanceof Error ? e.message : String(e),
              details: isProviderError(e) ? { ...e.raw } : undefined,
            });
            if (isProviderError(e)) e.logId = entry.id;
          } catch (logError) {
            if (typeof e === 'object' && e !== null) unlogged.set(e, logError instanceof Error ? logError.message : String(logError));
          }
        }
        throw e;
      }
    },
  };
}
