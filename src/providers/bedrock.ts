// Amazon Bedrock as a Provider.
import { findModel } from '../bedrock/catalog.js';
import { streamConverse, type RetryPolicy, type StreamTimeouts } from '../bedrock/client.js';
import type { ModelConfig } from '../store/schema.js';
import type { Provider } from './types.js';

export interface BedrockProviderOptions {
  env?: NodeJS.ProcessEnv;
  timeouts?: Partial<StreamTimeouts>;
  retry?: Partial<RetryPolicy>;
}

export function bedrockLabel(config: ModelConfig): string {
  return `${findModel(config.modelId)?.name ?? config.modelId} · ${config.region}`;
}

export function createBedrockProvider(config: ModelConfig, opts: BedrockProviderOptions = {}): Provider {
  return {
    kind: 'bedrock',
    label: bedrockLabel(config),
    offline: false,
    stream: (request, signal) =>
      streamConverse({ config, request, signal, env: opts.env, timeouts: opts.timeouts, retry: opts.retry }),
  };
}
