// The one validation of a model configuration, used by `models add`, the configuration form and the
// store. Shape first (the zod schema), then the chosen model's family rules (seed §2.4). Every
// problem names a field and fits on one line; no message ever contains a secret's value.
import type { z } from 'zod';
import { FAMILY_NAMES, rulesFor, UNKNOWN_MAX_OUTPUT } from '../bedrock/catalog.js';
import { isBedrockRegion } from '../bedrock/regions.js';
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
  | 'guardrailVersion';

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
};

const SECRET_FIELDS = new Set<ConfigField>(['apiKey', 'secretAccessKey', 'sessionToken']);

function fieldFor(path: PropertyKey[]): ConfigField {
  const named = path.filter((p) => typeof p === 'string').join('.');
  if (PATH_FIELDS[named]) return PATH_FIELDS[named];
  if (named.startsWith('params.stopSequences')) return 'stopSequences';
  if (named.startsWith('auth')) return 'auth';
  return 'name';
}

/** zod's message, made safe: for secret fields only the schema's own text, never the input. */
function messageFor(issue: z.core.$ZodIssue, field: ConfigField): string {
  const label = FIELD_LABELS[field];
  if (issue.code === 'invalid_type') {
    // zod does not echo the input (so no secret leaks); its message says what it received.
    return issue.message.includes('received undefined') ? `${label} is required` : `${label} must be a ${issue.expected}`;
  }
  if (SECRET_FIELDS.has(field) && issue.code !== 'too_small') return `${label} is not valid`;
  if (issue.code === 'invalid_union' || issue.code === 'invalid_value') {
    return field === 'auth' ? 'choose an auth method: API key, IAM access key, or AWS profile' : `${label} is not valid`;
  }
  // Lower-case the first letter unless it starts an acronym ("API key").
  const text = issue.message;
  return /^[A-Z][A-Z]/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

const fmt = (n: number): string => String(Number(n.toFixed(4)));

export function validateModelConfig(input: unknown): ConfigValidation {
  const parsed = ModelConfigSchema.safeParse(input);
  if (!parsed.success) {
    const seen = new Set<ConfigField>();
    const problems: ConfigProblem[] = [];
    for (const issue of parsed.error.issues) {
      const field = fieldFor(issue.path);
      if (seen.has(field)) continue;
      seen.add(field);
      problems.push({ field, message: messageFor(issue, field) });
    }
    return { ok: false, problems };
  }
  const config = parsed.data;
  const problems: ConfigProblem[] = [];
  const notices: string[] = [];
  const add = (field: ConfigField, message: string): void => void problems.push({ field, message });

  if (config.provider === 'bedrock') {
    if (config.name.toLowerCase() === 'demo') add('name', "'demo' is the built-in offline demo; choose another name");
    if (config.auth.type === 'none') add('auth', 'choose an auth method: API key, IAM access key, or AWS profile');
    if (!isBedrockRegion(config.region)) {
      add('region', `region '${config.region}' is not a Bedrock region (e.g. us-east-1, us-west-2, eu-central-1)`);
    }
  }

  const rules = rulesFor(config.modelId);
  const family = FAMILY_NAMES[rules.family];
  const modelName = rules.model?.name ?? `model '${config.modelId}'`;
  if (!rules.model && config.provider === 'bedrock') {
    notices.push(
      `model id '${config.modelId}' is not in the catalog; using permissive rules (temperature 0–${rules.temperature.max}, max_tokens up to ${UNKNOWN_MAX_OUTPUT})`,
    );
  }
  const p = config.params;
  const familyText = rules.model ? `for ${family} models` : 'for unknown models';
  if (p.temperature !== undefined && (p.temperature < rules.temperature.min || p.temperature > rules.temperature.max)) {
    add('temperature', `temperature ${fmt(p.temperature)} is outside ${rules.temperature.min}–${rules.temperature.max} ${familyText}`);
  }
  if (p.maxTokens !== undefined) {
    if (p.maxTokens > rules.maxTokens.max) {
      add('maxTokens', `max_tokens ${p.maxTokens} is above ${rules.maxTokens.max}, the most ${modelName} can output`);
    } else if (p.maxTokens < rules.maxTokens.min) {
      add('maxTokens', `max_tokens ${p.maxTokens} is below the minimum of ${rules.maxTokens.min}`);
    }
  }
  if (p.topP !== undefined) {
    if (!rules.topP) add('topP', `top_p is not supported by ${family} models`);
    else if (p.topP < rules.topP.min || p.topP > rules.topP.max) add('topP', `top_p ${fmt(p.topP)} is outside ${rules.topP.min}–${rules.topP.max}`);
  }
  if (p.topK !== undefined) {
    if (!rules.topK) add('topK', `top_k is not supported by ${rules.model ? family : 'unknown'} models`);
    else if (p.topK < rules.topK.min || p.topK > rules.topK.max) add('topK', `top_k ${p.topK} is outside ${rules.topK.min}–${rules.topK.max} ${familyText}`);
  }
  if (p.stopSequences.length > rules.maxStopSequences) {
    add('stopSequences', `at most ${rules.maxStopSequences} stop sequences (got ${p.stopSequences.length})`);
  }
  if (rules.noTemperatureWithTopP && p.temperature !== undefined && p.topP !== undefined) {
    add('topP', `${modelName} does not accept temperature and top_p together; set only one`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, config, notices };
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
