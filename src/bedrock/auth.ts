// The SDK client configuration for one model configuration. Nothing here overrides what the
// standard AWS environment provides unless the configuration says so: no `endpoint` unless the user
// set one (so AWS_ENDPOINT_URL_BEDROCK_RUNTIME keeps working), region from the config else AWS_REGION.
import { createHash } from 'node:crypto';
import type { BedrockRuntimeClientConfig } from '@aws-sdk/client-bedrock-runtime';
import type { ModelConfig } from '../store/schema.js';
import { connectWithTimeout } from './connect.js';
import { DEFAULT_REGION } from './regions.js';
import { sdkLogger } from './sdk-warnings.js';

export interface ClientOptions {
  /** Give up on the TCP/TLS connection after this long. */
  connectMs: number;
}

/**
 * The SDK reads endpoints and AWS_BEARER_TOKEN_BEDROCK from process.env itself. When a caller hands
 * us another environment (tests, `--env`-style overrides), we apply the same rules from it.
 */
function fromCustomEnv(env: NodeJS.ProcessEnv): { endpoint?: string } {
  const endpoint = env === process.env ? undefined : envEndpoint(env);
  return endpoint ? { endpoint } : {};
}

/** The endpoint the standard AWS variables name, as the SDK reads them. */
export function envEndpoint(env: NodeJS.ProcessEnv): string | undefined {
  if (env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === 'true') return undefined;
  return env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME || env.AWS_ENDPOINT_URL || undefined;
}

export function regionOf(config: ModelConfig, env: NodeJS.ProcessEnv = process.env): string {
  return config.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || DEFAULT_REGION;
}

export function clientConfigFor(
  config: ModelConfig,
  env: NodeJS.ProcessEnv = process.env,
  options: ClientOptions = { connectMs: 10_000 },
): BedrockRuntimeClientConfig {
  const base: BedrockRuntimeClientConfig = {
    region: regionOf(config, env),
    // Our own retry policy (client.ts) decides what is retried, and never after the first token.
    maxAttempts: 1,
    // Warnings go to our collector (and from there to the log), never to the terminal.
    logger: sdkLogger,
    // The SDK's default handler for this client (HTTP/2, one isolated session per event stream),
    // with a connection that gives up after connectMs instead of the OS's minutes.
    requestHandler: {
      disableConcurrentStreams: true,
      nodeHttp2ConnectOptions: { createConnection: (url: URL) => connectWithTimeout(url, options.connectMs) },
    },
    ...fromCustomEnv(env),
    ...(config.endpoint ? { endpoint: config.endpoint } : {}),
  };
  const { auth } = config;
  const bearer = (token: string): BedrockRuntimeClientConfig => ({
    ...base,
    token: { token },
    // A token alone still signs with SigV4 when other credentials exist in the environment;
    // the preference makes the bearer scheme win.
    authSchemePreference: ['httpBearerAuth'],
  });
  switch (auth.type) {
    case 'apiKey':
      return bearer(auth.apiKey);
    case 'iam':
      return {
        ...base,
        // AWS_BEARER_TOKEN_BEDROCK in the environment would otherwise make the SDK prefer bearer
        // auth and ignore the keys this configuration names.
        authSchemePreference: ['sigv4'],
        credentials: {
          accessKeyId: auth.accessKeyId,
          secretAccessKey: auth.secretAccessKey,
          ...(auth.sessionToken ? { sessionToken: auth.sessionToken } : {}),
        },
      };
    case 'profile':
    case 'none': {
      // The SDK's default chain: AWS_BEARER_TOKEN_BEDROCK, env keys, SSO, ~/.aws, IMDS; `profile`
      // picks a named profile. With process.env the SDK finds the bearer token by itself.
      const profile = auth.type === 'profile' ? auth.profile : undefined;
      // A profile the user named wins over a bearer token lying in the environment.
      if (profile) return { ...base, profile, authSchemePreference: ['sigv4'] };
      if (env !== process.env && env.AWS_BEARER_TOKEN_BEDROCK) return bearer(env.AWS_BEARER_TOKEN_BEDROCK);
      return base;
    }
  }
}

/** The secret values of a configuration (and environment), so error text can be scrubbed of them. */
export function secretsOf(config: ModelConfig, env: NodeJS.ProcessEnv = process.env): string[] {
  const { auth } = config;
  const fromEnv = [env.AWS_BEARER_TOKEN_BEDROCK, env.AWS_SECRET_ACCESS_KEY, env.AWS_SESSION_TOKEN];
  const own =
    auth.type === 'apiKey' ? [auth.apiKey] : auth.type === 'iam' ? [auth.secretAccessKey, auth.sessionToken] : [];
  return [...own, ...fromEnv].filter((s): s is string => Boolean(s));
}

/** Cache key for reusing a client: everything its configuration was built from. */
export function clientKey(config: ModelConfig, env: NodeJS.ProcessEnv, options: ClientOptions): string {
  const envPart =
    env === process.env
      ? ['process', process.env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME, process.env.AWS_ENDPOINT_URL, process.env.AWS_BEARER_TOKEN_BEDROCK]
      : [env.AWS_ENDPOINT_URL_BEDROCK_RUNTIME, env.AWS_ENDPOINT_URL, env.AWS_BEARER_TOKEN_BEDROCK, env.AWS_REGION];
  const material = JSON.stringify([regionOf(config, env), config.endpoint ?? '', config.auth, envPart, options.connectMs]);
  // Hashed so the cache never holds a key or secret in clear beside the client.
  return createHash('sha256').update(material).digest('hex');
}
