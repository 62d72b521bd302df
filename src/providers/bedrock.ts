// Amazon Bedrock as a Provider.
import { regionOf } from '../bedrock/auth.js';
import { findModel } from '../bedrock/catalog.js';
import { streamConverse, type RetryInfo, type RetryPolicy, type StreamTimeouts } from '../bedrock/client.js';
import type { ModelConfig } from '../store/schema.js';
import type { Provider } from './types.js';

export interface BedrockProviderOptions {
  env?: NodeJS.ProcessEnv;
  timeouts?: Partial<StreamTimeouts>;
  retry?: Partial<RetryPolicy>;
  onRetry?: (info: RetryInfo) => void;
}

export function bedrockLabel(config: ModelConfig, env: NodeJS.ProcessEnv = process.env): string {
  return `${findModel(config.modelId)?.name ?? config.modelId} · ${regionOf(config, env)}`;
}

export function createBedrockProvider(config: ModelConfig, opts: BedrockProviderOptions = {}): Provider {
  return {
    kind: 'bedrock',
    label: bedrockLabel(config, opts.env),
    offline: false,
    stream: (request, signal) =>
      streamConverse({ config, request, signal, env: opts.env, timeouts: opts.timeouts, retry: opts.retry, onRetry: opts.onRetry }),
  };
}
