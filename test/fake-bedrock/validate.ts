// The checks Bedrock itself makes on a ConverseStream request before any model sees it — the AWS SDK
// does none of them client-side — and the model-specific refusals the app must avoid. A violation is
// answered the way Bedrock answers it (400, x-amzn-errortype ValidationException), e.g.
// "1 validation error detected: Value '1.5' at 'inferenceConfig.temperature' failed to satisfy
// constraint: Member must have value less than or equal to 1".
//
// Constraints copied from the Bedrock Runtime service model (aws/aws-sdk-js-v3,
// codegen/sdk-codegen/aws-models/bedrock-runtime.json): ConverseStreamRequest (modelId required,
// httpLabel, ConversationalModelId length 1–2048 + pattern), InferenceConfiguration (maxTokens range
// min 1; temperature and topP range 0–1; stopSequences NonEmptyStringList, length max 2500, members
// length min 1), Message (role required, enum user|assistant; content required),
// GuardrailStreamConfiguration (GuardrailIdentifier length max 2048 + pattern, GuardrailVersion pattern),
// additionalModelResponseFieldPaths (length max 10, members length 1–256). Coral reports list members
// 1-based as `messages.1.member.role`.

/** ConversationalModelId's pattern, verbatim from the service model. */
const MODEL_ID_PATTERN =
  '^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:(([0-9]{12}:custom-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}/[a-z0-9]{12})|(:foundation-model/[a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|([0-9]{12}:imported-model/[a-z0-9]{12})|([0-9]{12}:provisioned-model/[a-z0-9]{12})|([0-9]{12}:custom-model-deployment/[a-z0-9]{12})|([0-9]{12}:(inference-profile|application-inference-profile)/[a-zA-Z0-9-:.]+)))|([a-z0-9-]{1,63}[.]{1}[a-z0-9-]{1,63}([.:]?[a-z0-9-]{1,63}))|(([0-9a-zA-Z][_-]?)+)|([a-zA-Z0-9-:.]+)|(^(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:prompt/[0-9a-zA-Z]{10}(?::[0-9]{1,5})?))$|(^arn:aws:sagemaker:[a-z0-9-]+:[0-9]{12}:endpoint/[a-zA-Z0-9-]+$)|(^arn:aws(-[^:]+)?:bedrock:([0-9a-z-]{1,20}):([0-9]{12}):(default-)?prompt-router/[a-zA-Z0-9-:.]+$)$';
const GUARDRAIL_ID_PATTERN = '^(|([a-z0-9]+)|(arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail/[a-z0-9]+))$';
const GUARDRAIL_VERSION_PATTERN = '^(|([1-9][0-9]{0,7})|(DRAFT))$';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Java's toString, as Coral prints values: 2 → '2.0' for floats, strings as they are. */
function shown(value: unknown, float: boolean): string {
  if (typeof value === 'number') return float && Number.isInteger(value) ? `${value}.0` : String(value);
  return String(value);
}

export interface Violation {
  path: string;
  value: unknown;
  float?: boolean;
  constraint: string;
}

function line(v: Violation): string {
  const value = v.value === null || v.value === undefined ? 'null' : `'${shown(v.value, v.float ?? false)}'`;
  return `Value ${value} at '${v.path}' failed to satisfy constraint: ${v.constraint}`;
}

/** Bedrock's message for a list of violations: "N validation error(s) detected: …; …". */
export function validationMessage(violations: Violation[]): string {
  const n = violations.length;
  return `${n} validation error${n === 1 ? '' : 's'} detected: ${violations.map(line).join('; ')}`;
}

function range(out: Violation[], path: string, value: unknown, min: number | undefined, max: number | undefined, float: boolean): void {
  if (value === undefined) return;
  if (typeof value !== 'number') return void out.push({ path, value, constraint: 'Member must be a number' });
  if (min !== undefined && value < min) out.push({ path, value, float, constraint: `Member must have value greater than or equal to ${min}` });
  if (max !== undefined && value > max) out.push({ path, value, float, constraint: `Member must have value less than or equal to ${max}` });
}

function length(out: Violation[], path: string, value: string | unknown[], min: number | undefined, max: number | undefined): void {
  const len = value.length;
  const shownValue = Array.isArray(value) ? `[${value.join(', ')}]` : value;
  if (min !== undefined && len < min) out.push({ path, value: shownValue, constraint: `Member must have length greater than or equal to ${min}` });
  if (max !== undefined && len > max) out.push({ path, value: shownValue, constraint: `Member must have length less than or equal to ${max}` });
}

/** Coral matches the whole value (Java's Matcher.matches), whatever anchors the pattern has. */
function pattern(out: Violation[], path: string, value: string, re: string): void {
  if (!new RegExp(`^(?:${re})$`).test(value)) out.push({ path, value, constraint: `Member must satisfy regular expression pattern: ${re}` });
}

/** Every service-model constraint a ConverseStream request breaks (empty: Bedrock would accept its shape). */
export function serviceModelViolations(modelId: string, body: unknown): Violation[] {
  const out: Violation[] = [];
  if (!modelId) out.push({ path: 'modelId', value: null, constraint: 'Member must not be null' });
  else {
    length(out, 'modelId', modelId, 1, 2048);
    pattern(out, 'modelId', modelId, MODEL_ID_PATTERN);
  }
  const b = isObject(body) ? body : {};
  if (b.messages !== undefined) {
    if (!Array.isArray(b.messages)) out.push({ path: 'messages', value: b.messages, constraint: 'Member must be a list' });
    else {
      b.messages.forEach((m, i) => {
        const at = `messages.${i + 1}.member`;
        const msg = isObject(m) ? m : {};
        if (msg.role === undefined) out.push({ path: `${at}.role`, value: null, constraint: 'Member must not be null' });
        else if (msg.role !== 'user' && msg.role !== 'assistant') out.push({ path: `${at}.role`, value: msg.role, constraint: 'Member must satisfy enum value set: [user, assistant]' });
        if (msg.content === undefined) out.push({ path: `${at}.content`, value: null, constraint: 'Member must not be null' });
      });
    }
  }
  const ic = isObject(b.inferenceConfig) ? b.inferenceConfig : {};
  range(out, 'inferenceConfig.maxTokens', ic.maxTokens, 1, undefined, false);
  range(out, 'inferenceConfig.temperature', ic.temperature, 0, 1, true);
  range(out, 'inferenceConfig.topP', ic.topP, 0, 1, true);
  if (Array.isArray(ic.stopSequences)) {
    length(out, 'inferenceConfig.stopSequences', ic.stopSequences, undefined, 2500);
    ic.stopSequences.forEach((s, i) => {
      if (typeof s === 'string') length(out, `inferenceConfig.stopSequences.${i + 1}.member`, s, 1, undefined);
    });
  }
  if (isObject(b.guardrailConfig)) {
    const g = b.guardrailConfig;
    if (typeof g.guardrailIdentifier === 'string') {
      length(out, 'guardrailConfig.guardrailIdentifier', g.guardrailIdentifier, undefined, 2048);
      pattern(out, 'guardrailConfig.guardrailIdentifier', g.guardrailIdentifier, GUARDRAIL_ID_PATTERN);
    }
    if (typeof g.guardrailVersion === 'string') pattern(out, 'guardrailConfig.guardrailVersion', g.guardrailVersion, GUARDRAIL_VERSION_PATTERN);
  }
  if (Array.isArray(b.additionalModelResponseFieldPaths)) {
    length(out, 'additionalModelResponseFieldPaths', b.additionalModelResponseFieldPaths, undefined, 10);
  }
  return out;
}

/**
 * Refusals that depend on the model behind the id, in the words Bedrock (or the model provider behind
 * it) uses. The table is deliberately the fake's own, not the app's catalog: it is the "server truth"
 * the app's catalog is tested against. Sources: issue #12's live errors; Anthropic's Bedrock notes.
 */
interface ModelTruth {
  match: RegExp;
  maxOutput?: number;
  /** 'one': temperature and top_p not together; 'none': no temperature / top_p / top_k at all. */
  sampling?: 'one' | 'none';
  noSystem?: boolean;
  noTopK?: boolean;
  apiName?: string;
}
const MODEL_TRUTHS: ModelTruth[] = [
  { match: /anthropic\.claude-(sonnet|haiku|opus)-4-5/, maxOutput: 64000, sampling: 'one' },
  { match: /anthropic\.claude-opus-4-1/, maxOutput: 32000, sampling: 'one' },
  { match: /anthropic\.claude-(opus-4-[7-9]|sonnet-5|opus-5)/, sampling: 'none' },
  { match: /amazon\.titan-text/, noSystem: true },
  { match: /mistral\.(mistral-7b|mixtral-8x7b)/, noSystem: true },
  { match: /mistral\.(mistral-large-2407|pixtral-large)/, noTopK: true },
  { match: /meta\.llama3-(8b|70b)-instruct/, maxOutput: 2048 },
];

/** The model-specific refusal for this request, as Bedrock words it, or undefined. */
export function modelRefusal(modelId: string, body: unknown): string | undefined {
  const b = isObject(body) ? body : {};
  const ic = isObject(b.inferenceConfig) ? b.inferenceConfig : {};
  const extra = isObject(b.additionalModelRequestFields) ? b.additionalModelRequestFields : {};
  const base = modelId.replace(/^(us|eu|apac|jp|au|global|us-gov)\./, '');
  for (const t of MODEL_TRUTHS) {
    if (!t.match.test(base)) continue;
    if (t.noSystem && Array.isArray(b.system) && b.system.length > 0) return "This model doesn't support system messages. Try again without a system message.";
    if (t.maxOutput !== undefined && typeof ic.maxTokens === 'number' && ic.maxTokens > t.maxOutput) {
      return base.startsWith('anthropic.')
        ? `max_tokens: ${ic.maxTokens} > ${t.maxOutput}, which is the maximum allowed number of output tokens for ${base}`
        : `The maximum tokens you requested exceeds the model limit of ${t.maxOutput}. Try again with a maximum tokens value that is lower than ${t.maxOutput}.`;
    }
    if (t.sampling === 'one' && ic.temperature !== undefined && ic.topP !== undefined) {
      return '`temperature` and `top_p` cannot both be specified for this model. Please use only one.';
    }
    if (t.sampling === 'none' && (ic.temperature !== undefined || ic.topP !== undefined || extra.top_k !== undefined)) {
      return '`temperature`, `top_p` and `top_k` are not supported for this model.';
    }
    if (t.noTopK && extra.top_k !== undefined) return 'Malformed input request: extraneous key [top_k] is not permitted, please reformat your input and try again.';
  }
  // Claude extended thinking: max_tokens must be greater than budget_tokens, and temperature must not be changed.
  const thinking = isObject(extra.thinking) ? extra.thinking : undefined;
  if (thinking && typeof thinking.budget_tokens === 'number') {
    if (thinking.budget_tokens < 1024) return 'thinking.budget_tokens: Input should be greater than or equal to 1024';
    if (typeof ic.maxTokens === 'number' && ic.maxTokens <= thinking.budget_tokens) return '`max_tokens` must be greater than `thinking.budget_tokens`.';
    if (ic.temperature !== undefined && ic.temperature !== 1) return '`temperature` may only be set to 1 when thinking is enabled.';
  }
  return undefined;
}
