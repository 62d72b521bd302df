// Any failure → one of a closed set of classes, each with a fix the user can act on (seed §5).
// The raw service details are kept for the log; secrets are scrubbed from every field.
import { findModel } from './catalog.js';
import { ProviderError, type ErrorClass, type RawErrorDetails } from './error-types.js';
import { isOnDemandNotSupported } from './profiles.js';
import { profileIdFor } from './regions.js';

export interface ErrorContext {
  afterFirstToken: boolean;
  modelId: string;
  region: string;
  /** Values that must never appear in what we show or log. */
  secrets?: string[];
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

function classOf(name: string, status: number | undefined, message: string, code: string): ErrorClass {
  const n = name.toLowerCase();
  const m = message.toLowerCase();
  if (n === 'aborterror' || n === 'cancelled') return 'cancelled';
  if (n === 'mockviewtimeout' || n === 'modeltimeoutexception' || n === 'connecttimeouterror') return 'timeout';
  if (isOnDemandNotSupported({ message })) return 'needs-inference-profile';
  if (n.includes('modelstreamerror')) return 'model-stream-error';
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

function explain(cls: ErrorClass, ctx: ErrorContext, raw: RawErrorDetails): { title: string; fix: string } {
  const model = findModel(ctx.modelId)?.name ?? ctx.modelId;
  switch (cls) {
    case 'model-access-denied':
      return {
        title: `No access to ${model} in ${ctx.region}`,
        fix: `Open the Bedrock console → Model access in ${ctx.region}, request access to ${model}, and wait for approval (usually minutes; some models take 1–2 business days).`,
      };
    case 'iam-permission':
      return {
        title: 'Your AWS identity is not allowed to call this model',
        fix: 'Attach the AmazonBedrockFullAccess policy (or allow bedrock:InvokeModelWithResponseStream) to the IAM user or role, and check the access key belongs to it.',
      };
    case 'bad-credentials':
      return {
        title: 'The credentials were rejected or could not be found',
        fix: 'Check the API key or access key / secret (copy them again; keys can expire), or the AWS profile name. For the default chain, run `aws sts get-caller-identity` to see what it finds.',
      };
    case 'region-unavailable':
      return {
        title: `${model} is not available in ${ctx.region}`,
        fix: 'Pick a region that offers this model (us-east-1 or us-west-2 have the widest coverage), or check the model id.',
      };
    case 'needs-inference-profile': {
      const profile = profileIdFor(ctx.modelId, ctx.region);
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
  const cls = classOf(name, raw.status, raw.message, `${e.code ?? ''} ${causeCode}`);
  const { title, fix } = explain(cls, ctx, raw);
  return new ProviderError(cls, scrub(title, secrets), scrub(fix, secrets), raw, ctx.afterFirstToken);
}

/** Worth retrying before the first token: throttling and 5xx. */
export const isRetryable = (e: ProviderError): boolean =>
  e.errorClass === 'throttled' || e.errorClass === 'service-unavailable';
