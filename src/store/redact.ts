// A last line of defence for the log: anything shaped like an AWS secret is masked before it is
// written, even if a caller forgot. Key ids keep 4+4 characters so a user can tell which key it was.
const PATTERNS: [RegExp, (m: string) => string][] = [
  // Bedrock API keys (long-term keys start ABSK, short-term "bedrock-api-key-").
  [/\b(ABSK[A-Za-z0-9+/=]{8,}|bedrock-api-key-[A-Za-z0-9+/=._-]{8,})/g, () => '[redacted API key]'],
  // Access key ids.
  [/\b(AKIA|ASIA)[A-Z0-9]{12,}\b/g, (m) => `${m.slice(0, 4)}…${m.slice(-4)}`],
  // 40-character secret access keys and other long base64-ish tokens (session tokens, bearer tokens).
  [/(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{40}(?![A-Za-z0-9+/])/g, () => '[redacted secret]'],
  [/[A-Za-z0-9+/=]{100,}/g, () => '[redacted token]'],
  [/(Bearer\s+)\S+/gi, (m) => `${m.split(/\s+/)[0]} [redacted]`],
];

export function redactSecrets(text: string): string {
  return PATTERNS.reduce((acc, [re, fn]) => acc.replace(re, fn), text);
}
