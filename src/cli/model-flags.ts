// `models add` flags → the same input the configuration form builds, validated by the one shared
// schema (src/store/model-config.ts). Problems come back named by the flag the user typed.
import { defaultParams, rulesFor } from '../models/catalog.js';
import { REASONING_EFFORTS } from '../models/catalog-types.js';
import { DEFAULT_REGION } from '../models/regions.js';
import type { ConfigField } from '../store/model-config.js';
import type { Auth } from '../store/schema.js';
import { t } from '../i18n/index.js';

export interface ModelAddFlags {
  name?: string;
  provider: string;
  region?: string;
  modelId?: string;
  apiKey?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
  profile?: string;
  endpoint?: string;
  temperature?: string;
  maxTokens?: string;
  topP?: string;
  topK?: string;
  stop: string[];
  guardrailId?: string;
  guardrailVersion?: string;
  reasoningBudget?: string;
  reasoningEffort?: string;
  replyDeadline?: string;
}

export const FLAG_FOR_FIELD: Record<ConfigField, string> = {
  name: '--name',
  provider: '--provider',
  auth: '--api-key / --access-key-id / --profile',
  apiKey: '--api-key',
  accessKeyId: '--access-key-id',
  secretAccessKey: '--secret-access-key',
  sessionToken: '--session-token',
  profile: '--profile',
  region: '--region',
  modelId: '--model-id',
  endpoint: '--endpoint',
  temperature: '--temperature',
  maxTokens: '--max-tokens',
  topP: '--top-p',
  topK: '--top-k',
  stopSequences: '--stop',
  guardrailId: '--guardrail-id',
  guardrailVersion: '--guardrail-version',
  reasoningBudget: '--reasoning-budget',
  reasoningEffort: '--reasoning-effort',
  replyDeadlineMs: '--reply-deadline',
};

export interface FlagProblem {
  flag: string;
  message: string;
}

export type FlagsResult =
  | { ok: true; input: Record<string, unknown>; notices: string[] }
  | { ok: false; problems: FlagProblem[] };

/** Parses a numeric flag; a value that is not a number is a problem, never silently NaN. */
function parseNumber(
  raw: string | undefined,
  flag: string,
  integer: boolean,
  problems: FlagProblem[],
): number | undefined {
  if (raw === undefined) return undefined;
  const trimmed = raw.trim();
  const n = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(n)) {
    problems.push({ flag, message: t('cli.modelFlags.notNumber', { value: raw }) });
    return undefined;
  }
  if (integer && !Number.isInteger(n)) {
    problems.push({ flag, message: t('cli.modelFlags.notWhole', { value: raw }) });
    return undefined;
  }
  return n;
}

function authFromFlags(f: ModelAddFlags, problems: FlagProblem[], notices: string[]): Auth | undefined {
  const chosen = [
    f.apiKey !== undefined && '--api-key',
    (f.accessKeyId !== undefined || f.secretAccessKey !== undefined) && '--access-key-id/--secret-access-key',
    f.profile !== undefined && '--profile',
  ].filter(Boolean);
  if (chosen.length > 1) {
    problems.push({
      flag: '--api-key / --access-key-id / --profile',
      message: t('cli.modelFlags.oneAuth', { got: chosen.join(t('cli.secrets.and')) }),
    });
    return undefined;
  }
  if (f.apiKey !== undefined) return { type: 'apiKey', apiKey: f.apiKey };
  if (f.accessKeyId !== undefined || f.secretAccessKey !== undefined) {
    if (f.accessKeyId === undefined) problems.push({ flag: '--access-key-id', message: t('cli.modelFlags.requiredWith', { flag: '--secret-access-key' }) });
    if (f.secretAccessKey === undefined) problems.push({ flag: '--secret-access-key', message: t('cli.modelFlags.requiredWith', { flag: '--access-key-id' }) });
    return {
      type: 'iam',
      accessKeyId: f.accessKeyId ?? '',
      secretAccessKey: f.secretAccessKey ?? '',
      ...(f.sessionToken !== undefined ? { sessionToken: f.sessionToken } : {}),
    };
  }
  if (f.sessionToken !== undefined) {
    problems.push({ flag: '--session-token', message: t('cli.modelFlags.sessionTokenAlone') });
  }
  if (f.profile !== undefined) return { type: 'profile', profile: f.profile };
  notices.push(t('cli.modelFlags.defaultChain'));
  return { type: 'profile' };
}

/**
 * `profileRegion` is the `region` of the AWS profile in use (read by the caller through the SDK's
 * shared-config loader, src/bedrock/default-region.ts); --region wins, then it, then AWS_REGION /
 * AWS_DEFAULT_REGION, then us-east-1.
 */
export function inputFromFlags(f: ModelAddFlags, now: string, env: NodeJS.ProcessEnv, profileRegion?: string): FlagsResult {
  const problems: FlagProblem[] = [];
  const notices: string[] = [];
  if (f.provider === 'demo') {
    return {
      ok: false,
      problems: [{ flag: '--provider', message: t('cli.modelFlags.demoProvider', { name: 'demo' }) }],
    };
  }
  if (f.provider !== 'bedrock') {
    return { ok: false, problems: [{ flag: '--provider', message: t('cli.modelFlags.unknownProvider', { provider: f.provider, available: 'bedrock' }) }] };
  }
  if (f.name === undefined) problems.push({ flag: '--name', message: t('cli.modelFlags.nameRequired') });
  if (f.modelId === undefined) {
    problems.push({
      flag: '--model-id',
      message: t('cli.modelFlags.modelIdRequired', { command: 'mockview models catalog' }),
    });
  }
  const auth = authFromFlags(f, problems, notices);
  const temperature = parseNumber(f.temperature, '--temperature', false, problems);
  const maxTokens = parseNumber(f.maxTokens, '--max-tokens', true, problems);
  const topP = parseNumber(f.topP, '--top-p', false, problems);
  const topK = parseNumber(f.topK, '--top-k', true, problems);
  const reasoningBudget = parseNumber(f.reasoningBudget, '--reasoning-budget', true, problems);
  const deadlineSeconds = parseNumber(f.replyDeadline, '--reply-deadline', false, problems);
  if (deadlineSeconds !== undefined && deadlineSeconds < 1) problems.push({ flag: '--reply-deadline', message: t('cli.modelFlags.deadlineMin') });
  const effort = f.reasoningEffort?.trim().toLowerCase();
  if (effort !== undefined && !(REASONING_EFFORTS as readonly string[]).includes(effort)) {
    problems.push({ flag: '--reasoning-effort', message: t('cli.common.notOneOf', { value: f.reasoningEffort, list: REASONING_EFFORTS.join(', ') }) });
  }
  if (problems.length > 0) return { ok: false, problems };

  const modelId = f.modelId ?? '';
  const defaults = defaultParams(modelId);
  const params: Record<string, unknown> = {
    ...defaults,
    ...(temperature !== undefined ? { temperature } : {}),
    ...(maxTokens !== undefined ? { maxTokens } : {}),
    ...(topP !== undefined ? { topP } : {}),
    ...(topK !== undefined ? { topK } : {}),
    ...(reasoningBudget !== undefined ? { reasoningBudget } : {}),
    ...(effort !== undefined ? { reasoningEffort: effort } : {}),
    ...(deadlineSeconds !== undefined ? { replyDeadlineMs: Math.round(deadlineSeconds * 1000) } : {}),
    stopSequences: f.stop,
  };
  // Extended thinking does not go with temperature: an explicit budget drops the default temperature.
  if (reasoningBudget !== undefined && temperature === undefined) delete params.temperature;
  // Models that refuse temperature with top_p: an explicit --top-p wins over the default temperature.
  if (topP !== undefined && temperature === undefined && rulesFor(modelId).noTemperatureWithTopP) {
    delete params.temperature;
  }
  // A lone guardrail half is passed through so the shared validation names the missing half.
  if (f.guardrailId !== undefined || f.guardrailVersion !== undefined) {
    params.guardrail = { id: f.guardrailId ?? '', version: f.guardrailVersion ?? '' };
  }
  return {
    ok: true,
    notices,
    input: {
      name: f.name,
      provider: 'bedrock',
      auth,
      region: f.region ?? (profileRegion || env.AWS_REGION || env.AWS_DEFAULT_REGION || DEFAULT_REGION),
      modelId,
      ...(f.endpoint !== undefined ? { endpoint: f.endpoint } : {}),
      params,
      createdAt: now,
      updatedAt: now,
    },
  };
}
