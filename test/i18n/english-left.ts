// What English is left in a Chinese screen or message: words that are not names, ids, key names,
// flags, paths or environment variables. "No English left except names and ids" (issue 14) as a check.

/** Names and ids that stay as they are in every language: products, companies, models, standards, keys. */
export const KEEP_AS_IS = new Set(
  `mockview Bedrock Amazon AWS Anthropic Claude Haiku Sonnet Opus Nova Lite Micro Pro Premier Meta Llama Mistral
  Pixtral Ministral Magistral Devstral DeepSeek OpenAI gpt oss Qwen Qwen3 Coder Cohere Command Jamba AI21 Writer
  Palmyra Google Gemma Kimi MiniMax TwelveLabs Stability Titan Instruct Scout Maverick Large Small Medium Instant
  Thinking Opus4 R1 V3 Converse ConverseStream InvokeModel STAR JSON Markdown API IAM SSO URL HTTP HTTPS SDK CLI
  TTY UTF LLM ID ARN CSV ISO UTC GB MB KB K M tok s ms min h
  Enter Esc Tab Shift Ctrl Alt PgUp PgDn Home End Space Backspace Del Delete Ctrl+C
  NO_COLOR TERM dumb LANG LC_ALL LC_MESSAGES MOCKVIEW_LANG MOCKVIEW_HOME English macOS Linux Windows tmux SSH
  Behavioural Technical SystemDesign ok OK demo bedrock md json local us VPC http https Español Français Deutsch Português
  ABSK GovCloud GPT Marketplace VPN Kubernetes`.split(/\s+/).filter(Boolean),
);

/** Tokens that are ids, not words: model ids, regions, paths, flags, env names, versions, URLs, keys like Ctrl+E. */
const ID_LIKE = [
  /^[a-z0-9]+(?:[.:_/-][a-z0-9]+){2,}/i, // anthropic.claude-haiku-4-5…, us-east-1, a/b/c
  /^(?:~|\.|\/)/, // paths
  /^--?[a-z]/i, // flags
  /^[A-Z0-9]+(?:_[A-Z0-9]+)+$/, // ENV_NAMES
  /^[a-z0-9]+(?:_[a-z0-9]+)+$/, // parameter names: top_p, max_tokens
  /^https?:/i,
  /^(?:Ctrl|Shift|Alt)\+/i,
  /^v?\d/, // numbers, versions, 4.5
  /^(?=[a-f0-9]*\d)[a-f0-9]{8,}$/i, // hex ids: a log entry's, a session's
  /^[a-z]+\.[a-z]+/i, // file.json, e.g. config.json, and dotted names
  /^[a-z]{2}-(?:Hans|Hant|[A-Z]{2})$/, // language tags: zh-Hans, en-GB
];

/** The English words in `text` that should have been translated (empty when none). */
export function englishLeft(text: string, keep: ReadonlySet<string> = KEEP_AS_IS): string[] {
  const found: string[] = [];
  // Tokens are runs of Latin letters, digits and id punctuation; CJK and symbols split them.
  for (const token of text.match(/[A-Za-z\u00C0-\u024F0-9~/.-][A-Za-z\u00C0-\u024F0-9_.:/+~-]*/g) ?? []) {
    const bare = token.replace(/[.:/-]+$/, '');
    if (ID_LIKE.some((re) => re.test(bare))) continue;
    for (const word of bare.split(/[-+/]/)) {
      if (!/[A-Za-z\u00C0-\u024F]{2,}/.test(word)) continue;
      if (keep.has(word) || keep.has(word.replace(/s$/, ''))) continue;
      found.push(word);
    }
  }
  return found;
}
