// The one validation of a model configuration, used by `models add`, the configuration form and the
// store. Shape first (the zod schema), then the chosen model's family rules (seed §2.4). Every
// problem names a field and fits on one line; no message ever contains a secret's value.
import type { z } from 'zod';
import { FAMILY_NAMES, replacementFor, rulesFor, UNKNOWN_MAX_OUTPUT } from '../models/catalog.js';
import { isBedrockRegion } from '../models/regions.js';
import { ModelConfigSchema, type ModelConfig } from './schema.js';

export type ConfigField =
  | 'name'
  | 'provider'
  | 'auth'
  | 'apiKey'
  | 'accessKeyId'
  | 'secretAccessKey'
  | 'sessionToken'
  | 'profile'
  | 'region'
  | 'modelId'
  | 'endpoint'
  | 'temperature'
  | 'maxTokens'
  | 'topP'
  | 'topK'
  | 'stopSequences'
  | 'guardrailId'
  | 'guardrailVersion'
  | 'reasoningBudget'
  | 'reasoningEffort'
  | 'replyDeadlineMs';

export interface ConfigProblem {
  field: ConfigField;
  message: string;
}

export type ConfigValidation =
  | { ok: true; config: ModelConfig; notices: string[] }
  | { ok: false; problems: ConfigProblem[] };

export const FIELD_LABELS: Record<ConfigField, string> = {
  name: 'Name',
  provider: 'Provider',
  auth: 'Auth',
  apiKey: 'API key',
  accessKeyId: 'Access key id',
  secretAccessKey: 'Secret access key',
  sessionToken: 'Session token',
  profile: 'Profile',
  region: 'Region',
  modelId: 'Model',
  endpoint: 'Endpoint URL',
  temperature: 'temperature',
  maxTokens: 'max_tokens',
  topP: 'top_p',
  topK: 'top_k',
  stopSequences: 'stop sequences',
  guardrailId: 'guardrail id',
  guardrailVersion: 'guardrail version',
  reasoningBudget: 'reasoning budget',
  reasoningEffort: 'reasoning effort',
  replyDeadlineMs: 'reply deadline',
};

const PATH_FIELDS: Record<string, ConfigField> = {
  name: 'name',
  provider: 'provider',
  auth: 'auth',
  'auth.apiKey': 'apiKey',
  'auth.accessKeyId': 'accessKeyId',
  'auth.secretAccessKey': 'secretAccessKey',
  'auth.sessionToken': 'sessionToken',
  'auth.profile': 'profile',
  'auth.type': 'auth',
  region: 'region',
  modelId: 'modelId',
  endpoint: 'endpoint',
  'params.temperature': 'temperature',
  'params.maxTokens': 'maxTokens',
  'params.topP': 'topP',
  'params.topK': 'topK',
  'params.stopSequences': 'stopSequences',
  'params.guardrail.id': 'guardrailId',
  'params.guardrail.version': 'guardrailVersion',
  'params.guardrail': 'guardrailId',
  'params.reasoningBudget': 'reasoningBudget',
  'params.reasoningEffort': 'reasoningEffort',
  'params.replyDeadlineMs': 'replyDeadlineMs',
};

const SECRET_FIELDS = new Set<ConfigField>(['apiKey', 'secretAccessKey', 'sessionToken']);
const NUMBER_FIELDS = new Set<ConfigField>(['temperature', 'maxTokens', 'topP', 'topK', 'reasoningBudget', 'replyDeadlineMs']);

function fieldFor(path: PropertyKey[]): ConfigField {
  const named = path.filter((p) => typeof p === 'string').join('.');
  if (PATH_FIELDS[named]) return PATH_FIELDS[named];
  if (named.startsWith('params.stopSequences')) return 'stopSequences';
  if (named.startsWith('auth')) return 'auth';
  return 'name';
}

/** A label as it starts a message: lower-case, unless it starts with an acronym ("API key"). */
const lead = (text: string): string => (/^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1));

const KINDS: Record<string, string> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text',
  array: 'a list',
  object: 'an object',
  boolean: 'true or false',
};

/** zod's message, made safe and readable. zod never echoes the input, so no secret can leak from it. */
function messageFor(issue: z.core.$ZodIssue, field: ConfigField): string {
  const label = lead(FIELD_LABELS[field]);
  if (issue.code === 'invalid_type') {
    return issue.message.includes('received undefined')
      ? `${label} is required`
      : `${label} must be ${KINDS[issue.expected] ?? issue.expected}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && !/empty/.test(issue.message)) return `${label} is empty`;
  if (SECRET_FIELDS.has(field) && issue.code !== 'too_small') return `${label} is not valid`;
  if (issue.code === 'invalid_union' || issue.code === 'invalid_value') {
    return field === 'auth' ? 'choose an auth method: API key, IAM access key, or AWS profile' : `${label} is not valid`;
  }
  return lead(issue.message);
}

const fmt = (n: number): string => String(Number(n.toFixed(4)));

/** The values the family rules look at, as far as they have the right type (also when zod failed). */
interface RuleView {
  name?: string;
  provider?: string;
  authType?: string;
  region?: string;
  modelId?: string;
  temperature?: number;
  maxTokens?: number;
  topP?: number;
  topK?: number;
  stopCount?: number;
  reasoningBudget?: number;
  reasoningEffort?: string;
  guardrailId?: string;
  guardrailVersion?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

function looseView(input: Record<string, unknown>): RuleView {
  const params = isObject(input.params) ? input.params : {};
  return {
    name: text(input.name),
    provider: text(input.provider),
    authType: isObject(input.auth) ? text(input.auth.type) : undefined,
    region: text(input.region),
    modelId: text(input.modelId),
    temperature: num(params.temperature),
    maxTokens: num(params.maxTokens),
    topP: num(params.topP),
    topK: num(params.topK),
    stopCount: Array.isArray(params.stopSequences) ? params.stopSequences.length : undefined,
    reasoningBudget: num(params.reasoningBudget),
    reasoningEffort: text(params.reasoningEffort),
    guardrailId: isObject(params.guardrail) ? text(params.guardrail.id) : undefined,
    guardrailVersion: isObject(params.guardrail) ? text(params.guardrail.version) : undefined,
  };
}

const viewOf = (c: ModelConfig): RuleView => ({
  name: c.name,
  provider: c.provider,
  authType: c.auth.type,
  region: c.region,
  modelId: c.modelId,
  temperature: c.params.temperature,
  maxTokens: c.params.maxTokens,
  topP: c.params.topP,
  topK: c.params.topK,
  stopCount: c.params.stopSequences.length,
  reasoningBudget: c.params.reasoningBudget,
  reasoningEffort: c.params.reasoningEffort,
  guardrailId: c.params.guardrail?.id,
  guardrailVersion: c.params.guardrail?.version,
});

/** Seed §2.4: what the chosen model's family accepts. */
function ruleProblems(v: RuleView): { problems: ConfigProblem[]; notices: string[] } {
  const problems: ConfigProblem[] = [];
  const notices: string[] = [];
  const add = (field: ConfigField, message: string): void => void problems.push({ field, message });

  if (v.provider === 'bedrock') {
    if (v.name?.toLowerCase() === 'demo') add('name', "'demo' is the built-in offline demo; choose another name");
    if (v.authType === 'none') add('auth', 'choose an auth method: API key, IAM access key, or AWS profile');
    if (v.region !== undefined && !isBedrockRegion(v.region)) {
      // Echo only what looks like a region name (lower case, short): a key pasted into the wrong
      // field must not show, and AWS keys and tokens are upper/mixed case or long.
      const shown = /^[a-z0-9-]{1,32}$/.test(v.region) ? `region '${v.region}'` : 'this region';
      add('region', `${shown} is not a Bedrock region (e.g. us-east-1, us-west-2, eu-central-1)`);
    }
  }
  if (v.modelId === undefined) return { problems, notices };

  const rules = rulesFor(v.modelId);
  const family = FAMILY_NAMES[rules.family];
  const modelName = rules.model?.name ?? `model '${v.modelId}'`;
  const familyText = rules.model ? `for ${family} models` : 'for unknown models';
  if (rules.model?.lifecycle === 'eol') {
    const r = replacementFor(v.modelId);
    add('modelId', `${modelName} has reached end of life on Bedrock${r ? `; use ${r.name} (${r.id})` : '; pick an Active model'}`);
  } else if (rules.model?.lifecycle === 'legacy') {
    const r = replacementFor(v.modelId);
    notices.push(`${modelName} is Legacy on Bedrock: accounts that have not used it recently cannot call it${r ? `; consider ${r.name} (${r.id})` : ''}`);
  }
  if (!rules.model && v.provider === 'bedrock') {
    notices.push(
      `model id '${v.modelId}' is not in the catalog: only the parameters you set are sent (temperature 0–1, max_tokens up to ${UNKNOWN_MAX_OUTPUT})`,
    );
  }
  const { temperature, maxTokens, topP, topK } = v;
  if (rules.sampling === 'none' && (temperature !== undefined || topP !== undefined || topK !== undefined)) {
    notices.push(`${modelName} takes no temperature, top_p or top_k; they are not sent`);
  }
  // Temperature is 0–1 for every model through Converse (inferenceConfig's service-model range).
  if (temperature !== undefined && (temperature < rules.temperature.min || temperature > rules.temperature.max)) {
    add('temperature', `temperature ${fmt(temperature)} is outside ${rules.temperature.min}–${rules.temperature.max} (Bedrock's Converse range for every model)`);
  }
  if (maxTokens !== undefined) {
    if (maxTokens > rules.maxTokens.max) {
      add('maxTokens', `max_tokens ${fmt(maxTokens)} is above ${rules.maxTokens.max}, the most ${modelName} can output`);
    } else if (maxTokens < rules.maxTokens.min) {
      add('maxTokens', `max_tokens ${fmt(maxTokens)} is below the minimum of ${rules.maxTokens.min}`);
    }
  }
  if (topP !== undefined) {
    if (!rules.topP) add('topP', `top_p is not supported by ${rules.model ? family : 'unknown'} models`);
    else if (topP < rules.topP.min || topP > rules.topP.max) add('topP', `top_p ${fmt(topP)} is outside ${rules.topP.min}–${rules.topP.max}`);
  }
  if (topK !== undefined) {
    if (!rules.topK) add('topK', `top_k is not supported by ${rules.model ? (rules.model.topK ? `${family} models` : modelName) : 'unknown models'}`);
    else if (topK < rules.topK.min || topK > rules.topK.max) add('topK', `top_k ${fmt(topK)} is outside ${rules.topK.min}–${rules.topK.max} ${familyText}`);
  }
  if (v.stopCount !== undefined && v.stopCount > rules.maxStopSequences) {
    add('stopSequences', `at most ${rules.maxStopSequences} stop sequences (got ${v.stopCount})`);
  }
  if (rules.noTemperatureWithTopP && temperature !== undefined && topP !== undefined && !problems.some((p) => p.field === 'topP')) {
    add('topP', `${modelName} does not accept temperature and top_p together; set only one`);
  }
  if (v.reasoningBudget !== undefined) {
    if (rules.reasoning !== 'claude-budget') add('reasoningBudget', `${modelName} takes no reasoning budget (Claude extended thinking only)`);
    else if (v.reasoningBudget < 1024) add('reasoningBudget', `reasoning budget ${fmt(v.reasoningBudget)} is below the minimum of 1024`);
    else if (v.reasoningBudget >= rules.maxTokens.max) add('reasoningBudget', `reasoning budget ${fmt(v.reasoningBudget)} must be below ${rules.maxTokens.max}, the most ${modelName} can output`);
    else if (maxTokens !== undefined && v.reasoningBudget >= maxTokens) add('reasoningBudget', `reasoning budget ${fmt(v.reasoningBudget)} must be below max_tokens (${fmt(maxTokens)})`);
  }
  // GuardrailIdentifier / GuardrailVersion patterns of the Bedrock Runtime service model.
  if (v.guardrailId !== undefined && !/^([a-z0-9]+|arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail\/[a-z0-9]+)$/.test(v.guardrailId)) {
    add('guardrailId', 'guardrail id must be lower-case letters and digits (e.g. abc123xyz) or a guardrail ARN');
  }
  if (v.guardrailVersion !== undefined && !/^([1-9][0-9]{0,7}|DRAFT)$/.test(v.guardrailVersion)) {
    add('guardrailVersion', 'guardrail version must be a number (1, 2, …) or DRAFT');
  }
  if (v.reasoningEffort !== undefined && rules.reasoning !== 'effort') {
    add('reasoningEffort', `${modelName} takes no reasoning effort (gpt-oss models only)`);
  }
  return { problems, notices };
}

/**
 * Shape (the zod schema) and the model's rules, every problem at once so the form can mark each
 * field. Timestamps are the store's business, so missing ones are filled in; missing params mean
 * "all defaults".
 */
export function validateModelConfig(input: unknown): ConfigValidation {
  if (!isObject(input)) return { ok: false, problems: [{ field: 'name', message: 'a model configuration must be an object' }] };
  const now = new Date().toISOString();
  const normalised = { createdAt: now, updatedAt: now, ...input, params: input.params ?? {} };
  const parsed = ModelConfigSchema.safeParse(normalised);
  const rules = ruleProblems(parsed.success ? viewOf(parsed.data) : looseView(normalised));
  if (parsed.success) {
    return rules.problems.length > 0 ? { ok: false, problems: rules.problems } : { ok: true, config: parsed.data, notices: rules.notices };
  }
  const ruled = new Set(rules.problems.map((p) => p.field));
  const problems: ConfigProblem[] = [];
  const seen = new Set<ConfigField>();
  for (const issue of parsed.error.issues) {
    const field = fieldFor(issue.path);
    // The family rules say the same range more precisely ("outside 0–1 for Claude models").
    const isRange = issue.code === 'too_big' || issue.code === 'too_small';
    if (seen.has(field) || (NUMBER_FIELDS.has(field) && isRange && ruled.has(field))) continue;
    seen.add(field);
    problems.push({ field, message: messageFor(issue, field) });
  }
  for (const p of rules.problems) if (!seen.has(p.field)) problems.push(p);
  return { ok: false, problems };
}

/** `ABCD…wxyz` for long secrets, bullets for short ones: enough to recognise, never to use. */
export function maskSecret(secret: string): string {
  return secret.length >= 12 ? `${secret.slice(0, 4)}…${secret.slice(-4)}` : '••••';
}

export function maskConfig(config: ModelConfig): ModelConfig {
  const { auth } = config;
  switch (auth.type) {
    case 'apiKey':
      return { ...config, auth: { type: 'apiKey', apiKey: maskSecret(auth.apiKey) } };
    case 'iam':
      return {
        ...config,
        auth: {
          type: 'iam',
          accessKeyId: maskSecret(auth.accessKeyId),
          secretAccessKey: maskSecret(auth.secretAccessKey),
          ...(auth.sessionToken ? { sessionToken: maskSecret(auth.sessionToken) } : {}),
        },
      };
    default:
      return config;
  }
}
