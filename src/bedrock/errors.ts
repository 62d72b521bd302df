// Any failure → one of a closed set of classes, each with a fix the user can act on (seed §5).
// The raw service details are kept for the log; secrets are scrubbed from every field.
import { findModel, replacementFor } from '../models/catalog.js';
import { HAS_PROFILE_PREFIX, profileIdFor } from '../models/regions.js';
import { describeApiKey, relativeTime } from './api-key.js';
import { ProviderError, type ErrorClass, type RawErrorDetails } from '../models/provider-error.js';
import { isOnDemandNotSupported, profileIdsFor } from './profiles.js';

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

const USE_REPLACEMENT = (modelId: string): string => {
  const r = replacementFor(modelId);
  return r
    ? `Switch to ${r.name} (${r.id}), the model AWS names as its replacement: Models → edit → Model, or mockview models add … --model-id ${r.id}.`
    : 'Pick an Active model (mockview models catalog --refresh lists what your account can call).';
};

export function explainClass(cls: ErrorClass, ctx: ErrorContext, raw: RawErrorDetails): { title: string; fix: string } {
  const model = findModel(ctx.modelId)?.name ?? ctx.modelId;
  switch (cls) {
    case 'model-access-denied':
      return {
        title: `No access to ${model} in ${ctx.region}`,
        fix: `Bedrock gives access to serverless models by default now (the old "Model access" page is retired). Check that an AWS Organizations policy (SCP) or an IAM deny does not block this model, that the model is offered in ${ctx.region}, and for Anthropic models that your account has submitted its use-case details once in the Bedrock console.`,
      };
    case 'marketplace-permission':
      return {
        title: `AWS Marketplace permission missing to enable ${model}`,
        fix: 'The first call of a Marketplace model subscribes your account to it. Allow aws-marketplace:Subscribe and aws-marketplace:ViewSubscriptions for this IAM identity (or have an admin call the model once), then wait 2–5 minutes and test again.',
      };
    case 'model-end-of-life':
      return { title: `${model} has reached end of life on Bedrock`, fix: USE_REPLACEMENT(ctx.modelId) };
    case 'model-legacy':
      return {
        title: `${model} is a Legacy model this account can no longer call`,
        fix: `Bedrock answered "${raw.message.slice(0, 120)}". Legacy models stay only for accounts that used them recently. ${USE_REPLACEMENT(ctx.modelId)}`,
      };
    case 'model-timeout':
      return { title: `${model} took too long to answer (model timeout)`, fix: 'Try again; a shorter conversation or a smaller max_tokens helps a slow model.' };
    case 'model-error':
      return { title: `${model} failed to process the request (model error)`, fix: 'Try again; if it keeps failing, pick another model or check the request size.' };
    case 'wrong-endpoint':
      return {
        title: 'The endpoint answered 404: it is not the Bedrock runtime API',
        fix: 'Check the endpoint URL (Models → edit → Endpoint, or AWS_ENDPOINT_URL_BEDROCK_RUNTIME): it should be https://bedrock-runtime.<region>.amazonaws.com or your VPC endpoint / proxy for it, without a path.',
      };
    case 'key-expired': {
      const info = ctx.apiKey ? describeApiKey(ctx.apiKey) : undefined;
      const when = info?.kind === 'short-term' ? ` (it expired ${relativeTime(info.expiresAt, ctx.now ?? new Date())})` : '';
      return {
        title: `The short-term Bedrock API key has expired${when}`,
        fix: 'Short-term keys last at most 12 hours. Generate a new one (Bedrock console → API keys, or AWS\'s token generator) and paste it in Models → edit.',
      };
    }
    case 'key-region-mismatch': {
      const info = ctx.apiKey ? describeApiKey(ctx.apiKey) : undefined;
      const keyRegion = info?.kind === 'short-term' ? info.region : 'another region';
      return {
        title: `This short-term API key was issued for ${keyRegion}, not ${ctx.region}`,
        fix: `Short-term keys work only in the region that issued them. Set the region to ${keyRegion}, or generate a key in ${ctx.region}.`,
      };
    }
    case 'reply-deadline':
      return { title: 'The reply took longer than the reply deadline', fix: 'The text so far is kept. Raise the deadline (MOCKVIEW_REPLY_DEADLINE_MS) or check the connection.' };
    case 'guardrail-blocked':
      return { title: 'A guardrail or content filter blocked this reply', fix: 'The text shown is the guardrail\'s message, not the model\'s answer. Rephrase, or check the guardrail configuration.' };
    case 'reasoning-only':
      return { title: `${model} only reasoned and gave no answer`, fix: 'Raise max_tokens (or lower the reasoning budget) so the answer fits after the thinking.' };
    case 'iam-permission':
      return {
        title: 'Your AWS identity is not allowed to call this model',
        fix: 'Allow bedrock:InvokeModelWithResponseStream (and bedrock:InvokeModel) on this model or inference profile for the IAM user or role (e.g. attach AmazonBedrockLimitedAccess or AmazonBedrockFullAccess), and check the access key belongs to it.',
      };
    case 'bad-credentials':
      return {
        title: 'The credentials were rejected or could not be found',
        fix: 'Check the API key or access key / secret (copy them again; keys can expire), or the AWS profile name. For the default chain, run `aws sts get-caller-identity` to see what it finds.',
      };
    case 'region-unavailable':
      if (HAS_PROFILE_PREFIX.test(ctx.modelId) && /model identifier is invalid/i.test(raw.message)) {
        return {
          title: `The inference profile ${ctx.modelId} is not offered in ${ctx.region}`,
          fix: 'Use the profile of this region\'s geography (jp. in Tokyo/Osaka, au. in Sydney/Melbourne) or global.; mockview models catalog --refresh lists the profiles your account can call.',
        };
      }
      return {
        title: `${model} is not available in ${ctx.region}`,
        fix: 'Pick a region that offers this model (us-east-1 or us-west-2 have the widest coverage), or check the model id (mockview models catalog --refresh).',
      };
    case 'needs-inference-profile': {
      const profile = profileIdsFor(ctx.modelId, ctx.region)[0] ?? profileIdFor(ctx.modelId, ctx.region);
      return {
        title: `${model} cannot be called on demand; it needs an inference profile`,
        fix: `Use the inference profile id ${profile} as the model id (mockview can switch it for you).`,
      };
    }
    case 'throttled':
      return { title: 'Bedrock is throttling requests', fix: 'Wait a few seconds and try again; if it keeps happening, slow down or ask for a higher quota.' };
    case 'quota-exceeded':
      return {
        title: 'Your Bedrock quota is used up',
        fix: 'Check usage in the Bedrock console (Service Quotas); request a higher tokens-per-minute (TPM) or requests-per-minute (RPM) limit, or space out requests.',
      };
    case 'validation':
      return { title: `Bedrock rejected the request: ${raw.message}`, fix: 'Change the parameter it names (Models → edit → Advanced), then test again.' };
    case 'model-stream-error':
      return { title: 'The model failed while answering', fix: 'Try again (Ctrl+R retries); the text so far is kept.' };
    case 'timeout':
      return { title: 'No answer from Bedrock in time', fix: 'Check your connection and try again; a busy model can be slow to start.' };
    case 'connection-lost':
      return {
        title: 'The connection to Bedrock was lost',
        fix: 'Check your network, VPN or proxy (and the endpoint URL, if you set one), then try again.',
      };
    case 'service-unavailable':
      return { title: 'Bedrock is having trouble right now', fix: 'Wait a minute and try again; see the AWS Health Dashboard if it persists.' };
    case 'cancelled':
      return { title: 'Cancelled', fix: '' };
    case 'unknown':
      return { title: `Unexpected error: ${raw.message}`, fix: 'See the log (mockview logs) for details.' };
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
