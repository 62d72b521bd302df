// Any failure → one of a closed set of classes, each with a fix the user can act on (seed §5).
// The raw service details are kept for the log; secrets are scrubbed from every field.
import { findModel, replacementFor } from '../models/catalog.js';
import { HAS_PROFILE_PREFIX, profileIdFor } from '../models/regions.js';
import { describeApiKey, relativeTime } from './api-key.js';
import { ProviderError, type ErrorClass, type RawErrorDetails } from '../models/provider-error.js';
import { isOnDemandNotSupported, profileIdsFor } from './profiles.js';
import { t } from '../i18n/index.js';

export interface ErrorContext {
  afterFirstToken: boolean;
  modelId: string;
  region: string;
  /** Values that must never appear in what we show or log. */
  secrets?: string[];
  /** The bearer key in use, if any: a short-term key says its region and expiry. */
  apiKey?: string;
  now?: Date;
}

interface SdkLikeError {
  name?: string;
  message?: string;
  code?: string;
  $metadata?: { httpStatusCode?: number; requestId?: string };
  $response?: { statusCode?: number; headers?: Record<string, string> };
  cause?: unknown;
}

// Things that look like a credential even when we do not know its value (another key echoed back):
// Bedrock API keys start with ABSK; a bearer header may be quoted in a proxy's error page.
const BEDROCK_KEY = /\bABSK[A-Za-z0-9+/=_-]{16,}/g;
const BEARER = /\b(Bearer\s+)[A-Za-z0-9+/=._-]{16,}/gi;

function scrub(text: string, secrets: string[]): string {
  let out = text;
  for (const s of secrets) if (s && s.length >= 4) out = out.split(s).join('[redacted]');
  out = out.replace(BEDROCK_KEY, '[redacted]').replace(BEARER, '$1[redacted]');
  return out;
}

/** `AccessDeniedException:http://internal.amazon.com/…` → `AccessDeniedException`. */
const errorTypeName = (raw?: string): string | undefined => raw?.split(':')[0]?.trim() || undefined;

export function rawDetails(err: unknown, secrets: string[] = []): RawErrorDetails {
  const e = (err ?? {}) as SdkLikeError;
  const status = e.$metadata?.httpStatusCode ?? e.$response?.statusCode;
  const errorType = errorTypeName(e.$response?.headers?.['x-amzn-errortype']);
  return {
    ...(e.name ? { name: e.name } : {}),
    ...(status !== undefined ? { status } : {}),
    message: scrub(e.message ?? String(err), secrets).slice(0, 1000),
    ...(e.$metadata?.requestId ? { requestId: e.$metadata.requestId } : {}),
    ...(errorType ? { errorType } : {}),
  };
}

const NETWORK_CODES =
  /ECONNRESET|ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ERR_HTTP2|ERR_STREAM_PREMATURE_CLOSE|socket hang up|premature close|stream was destroyed|NGHTTP2|HTTP\/2 stream|http2 request did not get a response|Frame type id|GOAWAY|ERR_SSL|certificate|self[- ]signed/i;

function classOf(name: string, status: number | undefined, message: string, code: string, errorType: string | undefined): ErrorClass {
  const n = name.toLowerCase();
  const m = message.toLowerCase();
  if (n === 'aborterror' || n === 'cancelled') return 'cancelled';
  if (n === 'mockviewtimeout' || n === 'connecttimeouterror') return 'timeout';
  // ModelTimeoutException is HTTP 408; ModelErrorException 424 (Bedrock Runtime service model).
  if (n.includes('modeltimeout') || status === 408) return 'model-timeout';
  if (n.includes('modelerrorexception') || status === 424) return 'model-error';
  if (isOnDemandNotSupported({ message })) return 'needs-inference-profile';
  if (n.includes('modelstreamerror')) return 'model-stream-error';
  // "Model access is denied due to IAM user or service role is not authorized to perform the required
  // AWS Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe)…" (403).
  if (m.includes('aws-marketplace')) return 'marketplace-permission';
  // "This model version has reached the end of its life. Please refer to the AWS documentation…"
  if (/end of (its )?life|end-of-life/.test(m)) return 'model-end-of-life';
  // "Access denied. This Model is marked by provider as Legacy and you have not been actively using
  // the model in the last 30 days…", and the bare "Operation not allowed" Legacy models answer.
  if (m.includes('marked by provider as legacy') || /operation not allowed/.test(m)) return 'model-legacy';
  // A daily token limit comes as a ThrottlingException, but waiting seconds will not lift it.
  if (n.includes('servicequotaexceeded') || m.includes('quota') || /tokens per day|per day/.test(m)) return 'quota-exceeded';
  if (n.includes('throttling') || status === 429) return 'throttled';
  if (
    n.includes('unrecognizedclient') ||
    n.includes('invalidsignature') ||
    n.includes('expiredtoken') ||
    n.includes('credentialsprovidererror') ||
    n.includes('tokenprovidererror') ||
    m.includes('security token included in the request is invalid') ||
    m.includes('api key') ||
    m.includes('could not load credentials') ||
    m.includes('bearer token') ||
    status === 401
  ) {
    return 'bad-credentials';
  }
  if (n.includes('accessdenied') || status === 403) {
    return m.includes('not authorized to perform') || m.includes('no identity-based policy') ? 'iam-permission' : 'model-access-denied';
  }
  // A 404 that is not Bedrock's own ResourceNotFoundException comes from something else at that URL
  // (a proxy, a wrong endpoint path or host): no x-amzn-errortype, or an unknown operation.
  if (status === 404 && (!errorType || /unknownoperation/i.test(errorType)) && !n.includes('resourcenotfound')) return 'wrong-endpoint';
  if (n.includes('unknownoperation')) return 'wrong-endpoint';
  if (n.includes('resourcenotfound') || status === 404 || m.includes('not supported in this region') || m.includes('model identifier is invalid')) {
    return 'region-unavailable';
  }
  if (n.includes('validation') || status === 400 || status === 413 || status === 422) return 'validation';
  if (n.includes('serviceunavailable') || n.includes('internalserver') || (status !== undefined && status >= 500)) {
    return 'service-unavailable';
  }
  if (NETWORK_CODES.test(code) || NETWORK_CODES.test(message) || n.includes('timeouterror')) return 'connection-lost';
  return 'unknown';
}

/** A rejected bearer request whose short-term key explains it better than "bad credentials". */
function keyClass(cls: ErrorClass, ctx: ErrorContext): ErrorClass {
  if (!ctx.apiKey || !['bad-credentials', 'model-access-denied', 'iam-permission'].includes(cls)) return cls;
  const info = describeApiKey(ctx.apiKey);
  if (info.kind !== 'short-term') return cls;
  if (info.expiresAt.getTime() <= (ctx.now ?? new Date()).getTime()) return 'key-expired';
  if (info.region !== ctx.region) return 'key-region-mismatch';
  return cls;
}

// AWS's own names (permissions, policies, commands, products) go in as values: they stay as they are
// in every interface language.
const REFRESH = 'mockview models catalog --refresh';

const USE_REPLACEMENT = (modelId: string): string => {
  const r = replacementFor(modelId);
  return r ? t('errors.replacement.switchTo', { name: r.name, id: r.id, command: `mockview models add … --model-id ${r.id}` }) : t('errors.replacement.pickActive', { command: REFRESH });
};

export function explainClass(cls: ErrorClass, ctx: ErrorContext, raw: RawErrorDetails): { title: string; fix: string } {
  const model = findModel(ctx.modelId)?.name ?? ctx.modelId;
  const { region } = ctx;
  switch (cls) {
    case 'model-access-denied':
      return { title: t('errors.modelAccessDenied.title', { model, region }), fix: t('errors.modelAccessDenied.fix', { region }) };
    case 'marketplace-permission':
      return {
        title: t('errors.marketplacePermission.title', { marketplace: 'AWS Marketplace', model }),
        fix: t('errors.marketplacePermission.fix', { market: 'Marketplace', subscribe: 'aws-marketplace:Subscribe', view: 'aws-marketplace:ViewSubscriptions' }),
      };
    case 'model-end-of-life':
      return { title: t('errors.modelEndOfLife.title', { model }), fix: USE_REPLACEMENT(ctx.modelId) };
    case 'model-legacy':
      return {
        title: t('errors.modelLegacy.title', { model }),
        fix: t('errors.modelLegacy.fix', { answer: raw.message.slice(0, 120), then: USE_REPLACEMENT(ctx.modelId) }),
      };
    case 'model-timeout':
      return { title: t('errors.modelTimeout.title', { model }), fix: t('errors.modelTimeout.fix', { maxTokens: t('models.form.labels.maxTokens') }) };
    case 'model-error':
      return { title: t('errors.modelError.title', { model }), fix: t('errors.modelError.fix') };
    case 'wrong-endpoint':
      return {
        title: t('errors.wrongEndpoint.title'),
        fix: t('errors.wrongEndpoint.fix', { env: 'AWS_ENDPOINT_URL_BEDROCK_RUNTIME', url: 'https://bedrock-runtime.<region>.amazonaws.com', vpc: 'VPC' }),
      };
    case 'key-expired': {
      const info = ctx.apiKey ? describeApiKey(ctx.apiKey) : undefined;
      const when = info?.kind === 'short-term' ? t('errors.keyExpired.when', { when: relativeTime(info.expiresAt, ctx.now ?? new Date()) }) : '';
      return { title: t('errors.keyExpired.title', { when }), fix: t('errors.keyExpired.fix') };
    }
    case 'key-region-mismatch': {
      const info = ctx.apiKey ? describeApiKey(ctx.apiKey) : undefined;
      const keyRegion = info?.kind === 'short-term' ? info.region : t('errors.keyRegionMismatch.anotherRegion');
      return { title: t('errors.keyRegionMismatch.title', { keyRegion, region }), fix: t('errors.keyRegionMismatch.fix', { keyRegion, region }) };
    }
    case 'reply-deadline':
      return { title: t('errors.replyDeadline.title'), fix: t('errors.replyDeadline.fix', { env: 'MOCKVIEW_REPLY_DEADLINE_MS' }) };
    case 'guardrail-blocked':
      return { title: t('errors.guardrailBlocked.title'), fix: t('errors.guardrailBlocked.fix') };
    case 'reasoning-only':
      return { title: t('errors.reasoningOnly.title', { model }), fix: t('errors.reasoningOnly.fix', { maxTokens: t('models.form.labels.maxTokens') }) };
    case 'iam-permission':
      return {
        title: t('errors.iamPermission.title'),
        fix: t('errors.iamPermission.fix', {
          stream: 'bedrock:InvokeModelWithResponseStream',
          invoke: 'bedrock:InvokeModel',
          limited: 'AmazonBedrockLimitedAccess',
          full: 'AmazonBedrockFullAccess',
        }),
      };
    case 'bad-credentials':
      return { title: t('errors.badCredentials.title'), fix: t('errors.badCredentials.fix', { command: 'aws sts get-caller-identity' }) };
    case 'region-unavailable':
      if (HAS_PROFILE_PREFIX.test(ctx.modelId) && /model identifier is invalid/i.test(raw.message)) {
        return {
          title: t('errors.profileNotInRegion.title', { profile: ctx.modelId, region }),
          fix: t('errors.profileNotInRegion.fix', { jp: 'jp.', au: 'au.', global: 'global.', command: REFRESH }),
        };
      }
      return { title: t('errors.regionUnavailable.title', { model, region }), fix: t('errors.regionUnavailable.fix', { command: REFRESH }) };
    case 'needs-inference-profile': {
      const profile = profileIdsFor(ctx.modelId, ctx.region)[0] ?? profileIdFor(ctx.modelId, ctx.region);
      return { title: t('errors.needsInferenceProfile.title', { model }), fix: t('errors.needsInferenceProfile.fix', { profile }) };
    }
    case 'throttled':
      return { title: t('errors.throttled.title'), fix: t('errors.throttled.fix') };
    case 'quota-exceeded':
      return { title: t('errors.quotaExceeded.title'), fix: t('errors.quotaExceeded.fix', { quotas: 'Service Quotas' }) };
    case 'validation':
      return { title: t('errors.validation.title', { message: raw.message }), fix: t('errors.validation.fix') };
    case 'model-stream-error':
      return { title: t('errors.modelStreamError.title'), fix: t('errors.modelStreamError.fix') };
    case 'timeout':
      return { title: t('errors.timeout.title'), fix: t('errors.timeout.fix') };
    case 'connection-lost':
      return { title: t('errors.connectionLost.title'), fix: t('errors.connectionLost.fix', { vpn: 'VPN' }) };
    case 'service-unavailable':
      return { title: t('errors.serviceUnavailable.title'), fix: t('errors.serviceUnavailable.fix', { dashboard: 'AWS Health Dashboard' }) };
    case 'cancelled':
      return { title: t('errors.cancelled.title'), fix: '' };
    case 'unknown':
      return { title: t('errors.unknown.title', { message: raw.message }), fix: t('errors.unknown.fix', { command: 'mockview logs' }) };
  }
}

export function classifyError(err: unknown, ctx: ErrorContext): ProviderError {
  if (err instanceof ProviderError) return err;
  const secrets = ctx.secrets ?? [];
  const raw = rawDetails(err, secrets);
  const e = (err ?? {}) as SdkLikeError;
  const cause = e.cause as { code?: string; name?: string } | undefined;
  const causeCode = cause?.code ?? '';
  // Our connect timeout can arrive wrapped by the HTTP/2 session.
  const name = raw.errorType ?? (cause?.name === 'ConnectTimeoutError' ? cause.name : e.name) ?? '';
  const cls = keyClass(classOf(name, raw.status, raw.message, `${e.code ?? ''} ${causeCode}`, raw.errorType), ctx);
  const { title, fix } = explainClass(cls, ctx, raw);
  return new ProviderError(cls, scrub(title, secrets), scrub(fix, secrets), raw, ctx.afterFirstToken);
}

/** Worth retrying with backoff before the first token: throttling and 5xx. */
export const isRetryable = (e: ProviderError): boolean =>
  e.errorClass === 'throttled' || e.errorClass === 'service-unavailable';

/** A ProviderError of a class we raise ourselves (not from a service error), with its usual words. */
export function ownError(cls: ErrorClass, ctx: ErrorContext, message: string): ProviderError {
  const raw: RawErrorDetails = { name: cls, message: scrub(message, ctx.secrets ?? []) };
  const { title, fix } = explainClass(cls, ctx, raw);
  return new ProviderError(cls, scrub(title, ctx.secrets ?? []), scrub(fix, ctx.secrets ?? []), raw, ctx.afterFirstToken);
}
