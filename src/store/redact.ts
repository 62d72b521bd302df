// A last line of defence for the log and for error text: anything shaped like an AWS secret is
// masked before it is written, even if a caller forgot. Key ids keep 4+4 characters so a user can
// still tell which key it was.

/** Long runs of token characters. Only redacted when they mix cases and digits (see looksSecret). */
const LONG_TOKEN = /[A-Za-z0-9+/=_-]{40,}/g;

/**
 * Paths and hyphenated words are long too, but secrets mix upper case, lower case and digits, and
 * an absolute path starts with a slash (a secret key rarely does).
 */
function looksSecret(s: string): boolean {
  // A SigV4 credential scope (…/20261130/us-east-1/bedrock/aws4_request) is not a secret.
  if (/\/\d{8}\/[a-z0-9-]+\/[a-z0-9-]+\/aws4_request/.test(s)) return false;
  return !s.startsWith('/') && /[A-Z]/.test(s) && /[a-z]/.test(s) && /[0-9]/.test(s);
}

const PATTERNS: [RegExp, (m: string) => string][] = [
  // An echoed SigV4 Authorization header: "Credential=<key id>/<date>/<region>/<service>/aws4_request"
  // names the access key id whatever its prefix (test keys, other partitions): keep 4 + 4.
  [/(\bCredential=)([A-Za-z0-9]{8,})(?=\/)/g, (m) => {
    const id = m.slice('Credential='.length);
    return `Credential=${id.slice(0, 4)}…${id.slice(-4)}`;
  }],
  // …and its Signature, which proves possession of the secret for that request.
  [/(\bSignature=)[0-9a-fA-F]{16,}/g, () => 'Signature=[redacted]'],
  // Session tokens echoed as headers or query parameters.
  [/(\bX-Amz-Security-Token[=:]\s*)[^\s"',;&]+/gi, (m) => `${m.replace(/[=:]\s*[\s\S]*$/, '')}=[redacted]`],
  // aws_secret_access_key = …, "secretAccessKey":"…", secret_access_key: … (config dumps, debug output).
  [/(\b(?:aws_)?secret_?access_?key["']?\s*[=:]\s*["']?)[^\s"',;]+/gi, (m) => `${m.replace(/[^=:]*$/, '').trimEnd()} [redacted]`],
  [/(\b(?:aws_)?session_?token["']?\s*[=:]\s*["']?)[^\s"',;]+/gi, (m) => `${m.replace(/[^=:]*$/, '').trimEnd()} [redacted]`],
  // Bedrock API keys: long-term ones start ABSK, short-term ones "bedrock-api-key-".
  [/\bABSK[A-Za-z0-9+/=_-]{8,}/g, () => '[redacted API key]'],
  [/\bbedrock-api-key-[A-Za-z0-9+/=._%-]{8,}/g, () => '[redacted API key]'],
  // "Authorization: Bearer <anything>" carries the API key itself.
  [/(\bBearer\s+)[^\s"',;]+/gi, (m) => `${m.split(/\s+/)[0]} [redacted]`],
  // Access key ids (long-term AKIA, temporary ASIA): keep 4 + 4.
  [/\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g, (m) => `${m.slice(0, 4)}…${m.slice(-4)}`],
  // 40-character secret access keys, session tokens and other long base64-ish tokens.
  [LONG_TOKEN, (m) => (looksSecret(m) ? '[redacted secret]' : m)],
];

export function redactSecrets(text: string): string {
  return PATTERNS.reduce((acc, [re, fn]) => acc.replace(re, fn), text);
}
