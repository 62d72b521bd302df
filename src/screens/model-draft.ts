// The configuration form's state, kept as plain data with pure helpers so it is tested without Ink:
// draft ⇄ configuration, the list of fields on screen, and re-fitting parameters when the model changes.
import { defaultParams, rulesFor } from '../bedrock/catalog.js';
import { DEFAULT_REGION } from '../bedrock/regions.js';
import { t } from '../i18n/index.js';
import { validateModelConfig, type ConfigField, type ConfigValidation } from '../store/model-config.js';
import { ModelConfigSchema, type AuthType, type ModelConfig, type ModelParams } from '../store/schema.js';

export type FormAuthType = Exclude<AuthType, 'none'>;
export const AUTH_TYPES: { type: FormAuthType; label: () => string }[] = [
  { type: 'apiKey', label: () => t('models.form.authTypes.apiKey') },
  { type: 'iam', label: () => t('models.form.authTypes.iam') },
  { type: 'profile', label: () => t('models.form.authTypes.profile') },
];

export interface ModelDraft {
  name: string;
  authType: FormAuthType;
  apiKey: string;
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  /** Empty: the default credential chain. */
  profile: string;
  region: string;
  modelId: string;
  endpoint: string;
  params: ModelParams;
  /** Stop sequences as typed: separated by commas. */
  stopText: string;
  guardrailId: string;
  guardrailVersion: string;
}

export const DEFAULT_MODEL_ID = 'anthropic.claude-sonnet-4-5-20250929-v1:0';

export function emptyDraft(env: NodeJS.ProcessEnv = process.env): ModelDraft {
  return {
    name: '',
    authType: 'apiKey',
    apiKey: '',
    accessKeyId: '',
    secretAccessKey: '',
    sessionToken: '',
    profile: '',
    region: env.AWS_REGION || DEFAULT_REGION,
    modelId: DEFAULT_MODEL_ID,
    endpoint: '',
    params: defaultParams(DEFAULT_MODEL_ID),
    stopText: '',
    guardrailId: '',
    guardrailVersion: '',
  };
}

export function draftFromConfig(config: ModelConfig): ModelDraft {
  const { auth } = config;
  return {
    ...emptyDraft(),
    name: config.name,
    authType: auth.type === 'none' ? 'apiKey' : auth.type,
    apiKey: auth.type === 'apiKey' ? auth.apiKey : '',
    accessKeyId: auth.type === 'iam' ? auth.accessKeyId : '',
    secretAccessKey: auth.type === 'iam' ? auth.secretAccessKey : '',
    sessionToken: auth.type === 'iam' ? (auth.sessionToken ?? '') : '',
    profile: auth.type === 'profile' ? (auth.profile ?? '') : '',
    region: config.region,
    modelId: config.modelId,
    endpoint: config.endpoint ?? '',
    params: { ...config.params },
    stopText: config.params.stopSequences.join(', '),
    guardrailId: config.params.guardrail?.id ?? '',
    guardrailVersion: config.params.guardrail?.version ?? '',
  };
}

export const parseStops = (text: string): string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

export function draftToInput(draft: ModelDraft, times: { createdAt: string; updatedAt: string }): Record<string, unknown> {
  const auth =
    draft.authType === 'apiKey'
      ? { type: 'apiKey', apiKey: draft.apiKey }
      : draft.authType === 'iam'
        ? {
            type: 'iam',
            accessKeyId: draft.accessKeyId,
            secretAccessKey: draft.secretAccessKey,
            ...(draft.sessionToken.trim() ? { sessionToken: draft.sessionToken } : {}),
          }
        : { type: 'profile', ...(draft.profile.trim() ? { profile: draft.profile } : {}) };
  const { guardrail: _old, ...params } = draft.params;
  return {
    name: draft.name,
    provider: 'bedrock',
    auth,
    region: draft.region,
    modelId: draft.modelId,
    ...(draft.endpoint.trim() ? { endpoint: draft.endpoint } : {}),
    params: {
      ...params,
      stopSequences: parseStops(draft.stopText),
      ...(draft.guardrailId.trim() || draft.guardrailVersion.trim()
        ? { guardrail: { id: draft.guardrailId, version: draft.guardrailVersion } }
        : {}),
    },
    ...times,
  };
}

export function validateDraft(draft: ModelDraft, createdAt: string): ConfigValidation {
  const now = new Date().toISOString();
  return validateModelConfig(draftToInput(draft, { createdAt, updatedAt: now }));
}

/**
 * A new model keeps what still fits: ranges clamped, parameters the model does not take dropped.
 * A model that takes no sampling parameter (Opus 4.7+) and an id the catalog does not know get no
 * carried-over temperature, top_p or top_k: Bedrock refuses them for the first, and for the second
 * only what the user sets for it is sent. Reasoning settings stay only where the model takes them.
 */
export function refitParams(params: ModelParams, modelId: string): ModelParams {
  const rules = rulesFor(modelId);
  const clamp = (n: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, n));
  const next: ModelParams = {
    ...defaultParams(modelId),
    stopSequences: params.stopSequences.slice(0, rules.maxStopSequences),
    ...(params.guardrail ? { guardrail: params.guardrail } : {}),
    ...(params.replyDeadlineMs !== undefined ? { replyDeadlineMs: params.replyDeadlineMs } : {}),
  };
  const sampling = rules.model !== undefined && rules.sampling !== 'none';
  if (params.maxTokens !== undefined) next.maxTokens = clamp(params.maxTokens, rules.maxTokens.min, rules.maxTokens.max);
  if (sampling) {
    if (params.temperature !== undefined) next.temperature = clamp(params.temperature, rules.temperature.min, rules.temperature.max);
    if (params.topP !== undefined && rules.topP) next.topP = params.topP;
    if (params.topK !== undefined && rules.topK) next.topK = clamp(params.topK, rules.topK.min, rules.topK.max);
    if (rules.noTemperatureWithTopP && next.topP !== undefined && next.temperature !== undefined) delete next.topP;
  }
  if (params.reasoningBudget !== undefined && rules.reasoning === 'claude-budget') {
    next.reasoningBudget = clamp(params.reasoningBudget, REASONING_BUDGET_MIN, budgetMax(modelId));
  }
  if (params.reasoningEffort !== undefined && rules.reasoning === 'effort') next.reasoningEffort = params.reasoningEffort;
  return next;
}

/** Claude extended thinking: budget_tokens is at least 1024 (Anthropic's extended-thinking rules). */
export const REASONING_BUDGET_MIN = 1024;
/** The largest budget the model allows: below its max output, since max_tokens must exceed it. */
export const budgetMax = (modelId: string): number => rulesFor(modelId).maxTokens.max - 1;

/** The reply deadline slider works in seconds; the configuration keeps milliseconds. */
export const DEADLINE_RANGE = { min: 10, max: 1800, step: 10 } as const;

/** Every field of the configuration plus the panel toggle and the two buttons. */
export type FormField = Exclude<ConfigField, 'provider'> | 'advanced' | 'test' | 'save';

/** The fields on screen, top to bottom, for this draft. */
export function formFields(draft: ModelDraft, advancedOpen: boolean): FormField[] {
  const rules = rulesFor(draft.modelId);
  // Opus 4.7 and later refuse temperature, top_p and top_k: their sliders are not offered.
  const takesSampling = rules.sampling !== 'none';
  const auth: FormField[] =
    draft.authType === 'apiKey' ? ['apiKey'] : draft.authType === 'iam' ? ['accessKeyId', 'secretAccessKey', 'sessionToken'] : ['profile'];
  const advanced: FormField[] = advancedOpen
    ? [
        ...(takesSampling ? (['temperature'] as const) : []),
        'maxTokens',
        ...(takesSampling && rules.topP ? (['topP'] as const) : []),
        ...(takesSampling && rules.topK ? (['topK'] as const) : []),
        ...(rules.reasoning === 'claude-budget' ? (['reasoningBudget'] as const) : []),
        ...(rules.reasoning === 'effort' ? (['reasoningEffort'] as const) : []),
        'replyDeadlineMs',
        'stopSequences',
        'guardrailId',
        'guardrailVersion',
      ]
    : [];
  return ['name', 'auth', ...auth, 'region', 'modelId', 'endpoint', 'advanced', ...advanced, 'test', 'save'];
}

/** Where a validation problem is shown. */
export const fieldOfProblem = (field: ConfigField): FormField => (field === 'provider' ? 'name' : field === 'auth' ? 'auth' : field);

export const TEXT_FIELDS = new Set<FormField>([
  'name',
  'apiKey',
  'accessKeyId',
  'secretAccessKey',
  'sessionToken',
  'profile',
  'modelId',
  'endpoint',
  'stopSequences',
  'guardrailId',
  'guardrailVersion',
]);

/**
 * The configuration the model picker asks Bedrock with: the form's credentials, region and endpoint
 * as they stand, saved or not. Only the shape is checked (a missing name or an end-of-life model id
 * does not matter for listing); undefined when the credentials themselves are incomplete.
 */
export function listingConfig(draft: ModelDraft): ModelConfig | undefined {
  const now = new Date().toISOString();
  const input = draftToInput(
    { ...draft, name: draft.name.trim() || 'unsaved', modelId: draft.modelId.trim() || DEFAULT_MODEL_ID, params: { stopSequences: [] }, stopText: '', guardrailId: '', guardrailVersion: '' },
    { createdAt: now, updatedAt: now },
  );
  const parsed = ModelConfigSchema.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}
