// What a Bedrock API key says about itself, without sending it anywhere.
//
// Short-term keys (the console's "short-term API keys", AWS's token generator libraries) are
// `bedrock-api-key-` + base64 of a SigV4 *presigned URL* for `bedrock.amazonaws.com/?Action=
// CallWithBearerToken&X-Amz-Credential=<id>/<date>/<region>/bedrock/aws4_request&X-Amz-Date=…&
// X-Amz-Expires=<seconds>…&Version=1` (aws/aws-bedrock-token-generator-js, -python: AUTH_PREFIX
// "bedrock-api-key-", TOKEN_VERSION "&Version=1", TOKEN_DURATION 43200). So the region it works in and
// when it expires are readable: region from the credential scope, expiry = X-Amz-Date + X-Amz-Expires.
// AWS documents both rules: "Can be used only in the AWS Region from which you generated it", valid
// for at most 12 hours (https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys-how.html).
// The format is not a documented contract, so a key we cannot decode is simply "unknown" and the
// server's own refusal is classified as usual. Long-term keys (ABSK…) carry neither fact.

import { t } from '../i18n/index.js';

export interface ShortTermKeyInfo {
  kind: 'short-term';
  region: string;
  expiresAt: Date;
}
export type ApiKeyInfo = ShortTermKeyInfo | { kind: 'long-term' } | { kind: 'unknown' };

const PREFIX = 'bedrock-api-key-';

/** `20261130T221500Z` → Date. */
function amzDate(text: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
}

export function describeApiKey(key: string): ApiKeyInfo {
  const k = key.trim();
  if (k.startsWith('ABSK')) return { kind: 'long-term' };
  if (!k.startsWith(PREFIX)) return { kind: 'unknown' };
  let url: URL;
  try {
    const decoded = Buffer.from(k.slice(PREFIX.length), 'base64').toString('utf8');
    url = new URL(decoded.startsWith('http') ? decoded : `https://${decoded}`);
  } catch {
    return { kind: 'unknown' };
  }
  const credential = url.searchParams.get('X-Amz-Credential') ?? '';
  const region = credential.split('/')[2];
  const signedAt = amzDate(url.searchParams.get('X-Amz-Date') ?? '');
  const expires = Number(url.searchParams.get('X-Amz-Expires'));
  if (!region || !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region) || !signedAt || !Number.isFinite(expires) || expires <= 0) {
    return { kind: 'unknown' };
  }
  return { kind: 'short-term', region, expiresAt: new Date(signedAt.getTime() + expires * 1000) };
}

/** "in 3 h 20 min" / "2 h ago" for messages. */
export function relativeTime(target: Date, now: Date): string {
  const mins = Math.round(Math.abs(target.getTime() - now.getTime()) / 60_000);
  const span = mins >= 60 ? t('errors.time.hoursMinutes', { hours: Math.floor(mins / 60), minutes: mins % 60 }) : t('errors.time.minutes', { minutes: mins });
  return target.getTime() >= now.getTime() ? t('errors.time.in', { span }) : t('errors.time.ago', { span });
}
