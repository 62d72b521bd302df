// The one validation of a model configuration, used by `models add`, the configuration form and the
// store. Shape first (the zod schema), then the chosen model's family rules (seed §2.4). Every
// problem names a field and fits on one line; no message ever contains a secret's value.
import type { z } from 'zod';
import { FAMILY_NAMES, replacementFor, rulesFor, UNKNOWN_MAX_OUTPUT } from '../models/catalog.js';
import { isBedrockRegion } from '../models/regions.js';
import { ModelConfigSchema, type ModelConfig } from './schema.js';
import { t } from '../i18n/index.js';
import { kindText, schemaMessage } from './schema-messages.js';

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

/** A field's name as the form and the CLI say it, in the interface language. */
export function fieldLabel(field: ConfigField): string {
  switch (field) {
    case 'name':
      return t('store.config.fields.name');
    case 'provider':
      return t('store.config.fields.provider');
    case 'auth':
      return t('store.config.fields.auth');
    case 'apiKey':
      return t('store.config.fields.apiKey');
    case 'accessKeyId':
      return t('store.config.fields.accessKeyId');
    case 'secretAccessKey':
      return t('store.config.fields.secretAccessKey');
    case 'sessionToken':
      return t('store.config.fields.sessionToken');
    case 'profile':
      return t('store.config.fields.profile');
    case 'region':
      return t('store.config.fields.region');
    case 'modelId':
      return t('store.config.fields.modelId');
    case 'endpoint':
      return t('store.config.fields.endpoint');
    case 'temperature':
      return t('store.config.fields.temperature');
    case 'maxTokens':
      return t('store.config.fields.maxTokens');
    case 'topP':
      return t('store.config.fields.topP');
    case 'topK':
      return t('store.config.fields.topK');
    case 'stopSequences':
      return t('store.config.fields.stopSequences');
    case 'guardrailId':
      return t('store.config.fields.guardrailId');
    case 'guardrailVersion':
      return t('store.config.fields.guardrailVersion');
    case 'reasoningBudget':
      return t('store.config.fields.reasoningBudget');
    case 'reasoningEffort':
      return t('store.config.fields.reasoningEffort');
    case 'replyDeadlineMs':
      return t('store.config.fields.replyDeadlineMs');
  }
}

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

/** zod's message, made safe and readable. zod never echoes the input, so no secret can leak from it. */
function messageFor(issue: z.core.$ZodIssue, field: ConfigField): string {
  const label = lead(fieldLabel(field));
  if (issue.code === 'invalid_type') {
    return issue.message.includes('received undefined') ? t('store.config.required', { label }) : t('store.config.mustBe', { label, kind: kindText(issue.expected) });
  }
  if (issue.code === 'too_small' && issue.origin === 'string' && !/empty/.test(issue.message)) return t('store.config.empty', { label });
  if (SECRET_FIELDS.has(field) && issue.code !== 'too_small') return t('store.config.notValid', { label });
  if (issue.code === 'invalid_union' || issue.code === 'invalid_value') {
    return field === 'auth' ? t('store.config.chooseAuth') : t('store.config.notValid', { label });
  }
  return lead(schemaMessage(issue.message));
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
    if (v.name?.toLowerCase() === 'demo') add('name', t('store.demoName', { name: 'demo' }));
    if (v.authType === 'none') add('auth', t('store.config.chooseAuth'));
    if (v.region !== undefined && !isBedrockRegion(v.region)) {
      // Echo only what looks like a region name (lower case, short): a key pasted into the wrong
      // field must not show, and AWS keys and tokens are upper/mixed case or long.
      const shown = /^[a-z0-9-]{1,32}$/.test(v.region) ? t('store.config.regionNamed', { region: v.region }) : t('store.config.thisRegion');
      add('region', t('store.config.notRegion', { region: shown }));
    }
  }
  if (v.modelId === undefined) return { problems, notices };

  const rules = rulesFor(v.modelId);
  const family = FAMILY_NAMES[rules.family];
  const modelName = rules.model?.name ?? t('store.config.modelNamed', { id: v.modelId });
  const familyText = rules.model ? t('store.config.forFamily', { family }) : t('store.config.forUnknown');
  if (rules.model?.lifecycle === 'eol') {
    const r = replacementFor(v.modelId);
    add('modelId', r ? t('store.config.eolUse', { model: modelName, replacement: r.name, id: r.id }) : t('store.config.eol', { model: modelName }));
  } else if (rules.model?.lifecycle === 'legacy') {
    const r = replacementFor(v.modelId);
    notices.push(r ? t('store.config.legacyConsider', { model: modelName, replacement: r.name, id: r.id }) : t('store.config.legacy', { model: modelName }));
  }
  if (!rules.model && v.provider === 'bedrock') {
    notices.push(t('store.config.unknownModel', { id: v.modelId, param: 'max_tokens', max: UNKNOWN_MAX_OUTPUT }));
  }
  const { temperature, maxTokens, topP, topK } = v;
  if (rules.sampling === 'none' && (temperature !== undefined || topP !== undefined || topK !== undefined)) {
    notices.push(t('store.config.noSampling', { model: modelName, topP: 'top_p', topK: 'top_k' }));
  }
  // Temperature is 0–1 for every model through Converse (inferenceConfig's service-model range).
  if (temperature !== undefined && (temperature < rules.temperature.min || temperature > rules.temperature.max)) {
    add('temperature', t('store.config.temperatureRange', { value: fmt(temperature), min: rules.temperature.min, max: rules.temperature.max }));
  }
  if (maxTokens !== undefined) {
    if (maxTokens > rules.maxTokens.max) {
      add('maxTokens', t('store.config.maxTokensAbove', { param: 'max_tokens', value: fmt(maxTokens), max: rules.maxTokens.max, model: modelName }));
    } else if (maxTokens < rules.maxTokens.min) {
      add('maxTokens', t('store.config.maxTokensBelow', { param: 'max_tokens', value: fmt(maxTokens), min: rules.maxTokens.min }));
    }
  }
  if (topP !== undefined) {
    if (!rules.topP) add('topP', rules.model ? t('store.config.topPUnsupported', { param: 'top_p', family }) : t('store.config.topPUnsupportedUnknown', { param: 'top_p' }));
    else if (topP < rules.topP.min || topP > rules.topP.max) add('topP', t('store.config.topPRange', { param: 'top_p', value: fmt(topP), min: rules.topP.min, max: rules.topP.max }));
  }
  if (topK !== undefined) {
    if (!rules.topK) {
      add('topK', rules.model ? (rules.model.topK ? t('store.config.topKUnsupportedFamily', { param: 'top_k', family }) : t('store.config.topKUnsupportedModel', { param: 'top_k', model: modelName })) : t('store.config.topKUnsupportedUnknown', { param: 'top_k' }));
    }
    else if (topK < rules.topK.min || topK > rules.topK.max) add('topK', t('store.config.topKRange', { param: 'top_k', value: fmt(topK), min: rules.topK.min, max: rules.topK.max, family: familyText }));
  }
  if (v.stopCount !== undefined && v.stopCount > rules.maxStopSequences) {
    add('stopSequences', t('store.config.stopCount', { max: rules.maxStopSequences, got: v.stopCount }));
  }
  if (rules.noTemperatureWithTopP && temperature !== undefined && topP !== undefined && !problems.some((p) => p.field === 'topP')) {
    add('topP', t('store.config.noTemperatureWithTopP', { model: modelName, param: 'top_p' }));
  }
  if (v.reasoningBudget !== undefined) {
    if (rules.reasoning !== 'claude-budget') add('reasoningBudget', t('store.config.noReasoningBudget', { model: modelName }));
    else if (v.reasoningBudget < 1024) add('reasoningBudget', t('store.config.budgetMin', { value: fmt(v.reasoningBudget) }));
    else if (v.reasoningBudget >= rules.maxTokens.max) add('reasoningBudget', t('store.config.budgetBelowModelMax', { value: fmt(v.reasoningBudget), max: rules.maxTokens.max, model: modelName }));
    else if (maxTokens !== undefined && v.reasoningBudget >= maxTokens) add('reasoningBudget', t('store.config.budgetBelowMaxTokens', { value: fmt(v.reasoningBudget), param: 'max_tokens', max: fmt(maxTokens) }));
  }
  // GuardrailIdentifier / GuardrailVersion patterns of the Bedrock Runtime service model.
  if (v.guardrailId !== undefined && !/^([a-z0-9]+|arn:aws(-[^:]+)?:bedrock:[a-z0-9-]{1,20}:[0-9]{12}:guardrail\/[a-z0-9]+)$/.test(v.guardrailId)) {
    add('guardrailId', t('store.config.guardrailId', { example: 'abc123xyz' }));
  }
  if (v.guardrailVersion !== undefined && !/^([1-9][0-9]{0,7}|DRAFT)$/.test(v.guardrailVersion)) {
    add('guardrailVersion', t('store.config.guardrailVersion', { draft: 'DRAFT' }));
  }
  if (v.reasoningEffort !== undefined && rules.reasoning !== 'effort') {
    add('reasoningEffort', t('store.config.noReasoningEffort', { model: modelName }));
  }
  return { problems, notices };
}

/**
 * Shape (the zod schema) and the model's rules, every problem at once so the form can mark each
 * field. Timestamps are the store's business, so missing ones are filled in; missing params mean
 * "all defaults".
 */
export function validateModelConfig(input: unknown): ConfigValidation {
  if (!isObject(input)) return { ok: false, problems: [{ field: 'name', message: t('store.config.notObject') }] };
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
