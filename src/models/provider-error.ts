// The closed set of failures a user can meet, with a title and a fix, shared by Bedrock, the demo, the
// app layer and every view. It lives beside the chat types, not in bedrock/, so none of them has to
// import bedrock/ for it. Classification (status / exception name / message → class + fix) lives in
// src/bedrock/errors.ts.
import { t } from '../i18n/index.js';

export const ERROR_CLASSES = [
  'model-access-denied', // seed §5.1: model access not granted in the Bedrock console
  'iam-permission', // seed §5.2: the identity lacks bedrock:InvokeModelWithResponseStream
  'bad-credentials', // wrong / expired key, secret, token; no credentials found
  'region-unavailable', // seed §5.3: Bedrock or this model is not offered in the region
  'needs-inference-profile', // on-demand throughput not supported; use us./eu./apac.… profile
  'throttled', // too many requests right now
  'quota-exceeded', // seed §5.4: service quota (TPM/RPM) exceeded
  'validation', // a bad parameter; Bedrock's own message says which
  'model-stream-error', // the model failed mid-stream
  'timeout', // no answer in time (first token or stall)
  'connection-lost', // network / socket / DNS / reset
  'service-unavailable', // 5xx, Bedrock is having trouble
  'cancelled', // the user stopped it
  'marketplace-permission', // 403: the identity may not make the AWS Marketplace subscription a model needs
  'model-end-of-life', // the model version reached end of life; use its replacement
  'model-legacy', // a Legacy model this account may no longer call ("Operation not allowed", inactivity)
  'model-timeout', // ModelTimeoutException (408): the model took too long; retried once before any text
  'model-error', // ModelErrorException (424): the model failed to process the request
  'wrong-endpoint', // a plain 404 from something that is not Bedrock's runtime API
  'key-region-mismatch', // a short-term API key used outside the region that issued it
  'key-expired', // a short-term API key past its expiry (at most 12 hours)
  'reply-deadline', // the whole reply took longer than the per-reply deadline (text so far kept)
  'guardrail-blocked', // stopReason guardrail_intervened / content_filtered: the reply is not the model's
  'reasoning-only', // the model only reasoned and gave no answer text
  'unknown',
] as const;
export type ErrorClass = (typeof ERROR_CLASSES)[number];

/** What the service actually said, for the log. Never holds a secret. */
export interface RawErrorDetails {
  name?: string;
  status?: number;
  message: string;
  requestId?: string;
  errorType?: string;
}

export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    readonly errorClass: ErrorClass,
    /** One line for the user: what went wrong. */
    readonly title: string,
    /** One or more short lines: what to do about it. */
    readonly fix: string,
    readonly raw: RawErrorDetails,
    /** True when some text had already streamed: nothing was resent. */
    readonly afterFirstToken = false,
  ) {
    super(title);
  }

  /** Set once the failure is written to the log, so views can point at the entry. */
  logId?: string;
}

export const isProviderError = (e: unknown): e is ProviderError => e instanceof ProviderError;

/** The user stopped the reply (Esc, Ctrl+C, leaving the screen): the one error every provider throws for it. */
export const cancelled = (afterFirstToken: boolean): ProviderError =>
  new ProviderError('cancelled', t('errors.cancelled.title'), '', { name: 'AbortError', message: 'cancelled by the user' }, afterFirstToken);

/**
 * A few words for a failure class where a column is narrow (the Models list's last test): the class id
 * in English; a stored class this version does not know is shown as it is.
 */
export function errorClassLabel(cls: string): string {
  switch (cls as ErrorClass) {
    case 'model-access-denied':
      return t('errors.short.model-access-denied');
    case 'iam-permission':
      return t('errors.short.iam-permission');
    case 'bad-credentials':
      return t('errors.short.bad-credentials');
    case 'region-unavailable':
      return t('errors.short.region-unavailable');
    case 'needs-inference-profile':
      return t('errors.short.needs-inference-profile');
    case 'throttled':
      return t('errors.short.throttled');
    case 'quota-exceeded':
      return t('errors.short.quota-exceeded');
    case 'validation':
      return t('errors.short.validation');
    case 'model-stream-error':
      return t('errors.short.model-stream-error');
    case 'timeout':
      return t('errors.short.timeout');
    case 'connection-lost':
      return t('errors.short.connection-lost');
    case 'service-unavailable':
      return t('errors.short.service-unavailable');
    case 'cancelled':
      return t('errors.short.cancelled');
    case 'marketplace-permission':
      return t('errors.short.marketplace-permission');
    case 'model-end-of-life':
      return t('errors.short.model-end-of-life');
    case 'model-legacy':
      return t('errors.short.model-legacy');
    case 'model-timeout':
      return t('errors.short.model-timeout');
    case 'model-error':
      return t('errors.short.model-error');
    case 'wrong-endpoint':
      return t('errors.short.wrong-endpoint');
    case 'key-region-mismatch':
      return t('errors.short.key-region-mismatch');
    case 'key-expired':
      return t('errors.short.key-expired');
    case 'reply-deadline':
      return t('errors.short.reply-deadline');
    case 'guardrail-blocked':
      return t('errors.short.guardrail-blocked');
    case 'reasoning-only':
      return t('errors.short.reasoning-only');
    case 'unknown':
      return t('errors.short.unknown');
    default:
      return cls;
  }
}
