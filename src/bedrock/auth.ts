// The SDK client configuration for one model configuration. Nothing here overrides what the
// standard AWS environment provides unless the configuration says so: no `endpoint` unless the user
// set one (so AWS_ENDPOINT_URL_BEDROCK_RUNTIME keeps working), region from the config else AWS_REGION.
import type { BedrockRuntimeClientConfig } from '@aws-sdk/client-bedrock-runtime';
import type { ModelConfig } from '../store/schema.js';
import { DEFAULT_REGION } from './regions.js';

export function clientConfigFor(config: ModelConfig, env: NodeJS.ProcessEnv = process.env): BedrockRuntimeClientConfig {
  const base: BedrockRuntimeClientConfig = {
    region: config.region || env.AWS_REGION || DEFAULT_REGION,
    // Our own retry policy (client.ts) decides what is retried, and never after the first token.
    maxAttempts: 1,
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
  };
  const { auth } = config;
  switch (auth.type) {
    case 'apiKey':
      // A token alone still signs with SigV4 when other credentials exist in the environment;
      // the preference makes the bearer scheme win.
      return { ...base, token: { token: auth.apiKey }, authSchemePreference: ['httpBearerAuth'] };
    case 'iam':
      return {
        ...base,
        credentials: {
          accessKeyId: auth.accessKeyId,
          secretAccessKey: auth.secretAccessKey,
          ...(auth.sessionToken ? { sessionToken: auth.sessionToken } : {}),
        },
      };
    case 'profile':
      // The SDK's default chain: AWS_BEARER_TOKEN_BEDROCK, env keys, SSO, ~/.aws, IMDS; `profile` picks one.
      return { ...base, ...(auth.profile ? { profile: auth.profile } : {}) };
    case 'none':
      return base;
  }
}

/** The secret values of a configuration, so error text can be scrubbed of them. */
export function secretsOf(config: ModelConfig): string[] {
  const { auth } = config;
  if (auth.type === 'apiKey') return [auth.apiKey];
  if (auth.type === 'iam') return [auth.secretAccessKey, auth.accessKeyId, auth.sessionToken ?? ''].filter(Boolean);
  return [];
}

/** Cache key for reusing a client (and its HTTP/2 session) across calls. */
export function clientKey(config: ModelConfig): string {
  return JSON.stringify([config.region, config.endpoint ?? '', config.auth]);
}
