// The model catalog and the family parameter rules of seed §2.4, as validated data.
import { z } from 'zod';
import type { ModelParams } from '../store/schema.js';
import { CATALOG_DATA } from './catalog-data.js';
import { HAS_PROFILE_PREFIX } from './regions.js';
import {
  CatalogModelSchema,
  VENDORS,
  type CatalogModel,
  type Family,
  type FamilyRules,
  type ModelRules,
  type NumberRange,
  type Vendor,
} from './catalog-types.js';

export const CATALOG: readonly CatalogModel[] = (() => {
  const parsed = z.array(CatalogModelSchema).safeParse(CATALOG_DATA);
  if (!parsed.success) throw new Error(`model catalog is invalid: ${z.prettifyError(parsed.error)}`);
  // A repeated id would make findModel silently answer with the last one.
  const seen = new Set<string>();
  for (const m of parsed.data) {
    if (seen.has(m.id)) throw new Error(`model catalog is invalid: '${m.id}' is listed twice`);
    seen.add(m.id);
  }
  return Object.freeze(parsed.data);
})();

const BY_ID = new Map(CATALOG.map((m) => [m.id, m]));

const temperature = (max: number): NumberRange => ({ min: 0, max, default: 0.7, recommended: 0.7, step: 0.05 });
const topP = (def: number): NumberRange => ({ min: 0, max: 1, default: def, recommended: 0.9, step: 0.01 });

/**
 * Seed §2.4. Temperature ranges for Claude, Llama, Mistral, DeepSeek and Titan are the seed's; the
 * rest follow AWS's model parameter pages. top_k only where Converse can carry it
 * (additionalModelRequestFields): Anthropic and Mistral as `top_k`, Nova as inferenceConfig.topK.
 */
export const FAMILY_RULES: Record<Family, FamilyRules> = {
  claude: { family: 'claude', temperature: temperature(1), topP: topP(1), topK: { min: 0, max: 500, default: 250, recommended: 250, step: 1, field: 'anthropic' }, maxStopSequences: 4 },
  nova: { family: 'nova', temperature: temperature(1), topP: topP(0.9), topK: { min: 0, max: 128, default: 50, recommended: 50, step: 1, field: 'nova' }, maxStopSequences: 4 },
  titan: { family: 'titan', temperature: temperature(1), topP: topP(1), topK: null, maxStopSequences: 4 },
  llama: { family: 'llama', temperature: temperature(2), topP: topP(0.9), topK: null, maxStopSequences: 4 },
  mistral: { family: 'mistral', temperature: temperature(1), topP: topP(1), topK: { min: 0, max: 200, default: 50, recommended: 50, step: 1, field: 'mistral' }, maxStopSequences: 4 },
  jamba: { family: 'jamba', temperature: temperature(2), topP: topP(1), topK: null, maxStopSequences: 4 },
  cohere: { family: 'cohere', temperature: temperature(1), topP: topP(1), topK: null, maxStopSequences: 4 },
  deepseek: { family: 'deepseek', temperature: temperature(2), topP: topP(1), topK: null, maxStopSequences: 4 },
  qwen: { family: 'qwen', temperature: temperature(2), topP: topP(1), topK: null, maxStopSequences: 4 },
  'gpt-oss': { family: 'gpt-oss', temperature: temperature(2), topP: topP(1), topK: null, maxStopSequences: 4 },
  unknown: { family: 'unknown', temperature: temperature(2), topP: topP(1), topK: null, maxStopSequences: 4 },
};

export const FAMILY_NAMES: Record<Family, string> = {
  claude: 'Claude',
  nova: 'Amazon Nova',
  titan: 'Amazon Titan',
  llama: 'Meta Llama',
  mistral: 'Mistral',
  jamba: 'AI21 Jamba',
  cohere: 'Cohere Command',
  deepseek: 'DeepSeek',
  qwen: 'Qwen',
  'gpt-oss': 'OpenAI gpt-oss',
  unknown: 'unknown',
};

/** The largest max_tokens we allow for ids we do not know (the seed's overall maximum). */
export const UNKNOWN_MAX_OUTPUT = 65536;


/** The foundation-model id inside an inference-profile id or an ARN. */
export function baseModelId(id: string): string {
  const trimmed = id.trim();
  const last = trimmed.startsWith('arn:') ? (trimmed.split('/').pop() ?? trimmed) : trimmed;
  return last.replace(HAS_PROFILE_PREFIX, '');
}

export function findModel(id: string): CatalogModel | undefined {
  return BY_ID.get(baseModelId(id));
}

export function rulesFor(modelId: string): ModelRules {
  const model = findModel(modelId);
  const family = FAMILY_RULES[model?.family ?? 'unknown'];
  const max = model?.maxOutput ?? UNKNOWN_MAX_OUTPUT;
  const def = Math.min(8192, max);
  return {
    ...family,
    model,
    maxTokens: { min: 256, max, default: def, recommended: def, step: 256 },
    noTemperatureWithTopP: model?.noTemperatureWithTopP ?? false,
  };
}

export function defaultParams(modelId: string): ModelParams {
  const rules = rulesFor(modelId);
  return { temperature: rules.temperature.default, maxTokens: rules.maxTokens.default, stopSequences: [] };
}

export function modelsByVendor(): { vendor: Vendor; models: CatalogModel[] }[] {
  return VENDORS.map((vendor) => ({ vendor, models: CATALOG.filter((m) => m.vendor === vendor) })).filter(
    (g) => g.models.length > 0,
  );
}

export function searchCatalog(query: string): CatalogModel[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...CATALOG];
  return CATALOG.filter((m) =>
    [m.id, m.name, m.vendor, m.use, m.useZh].some((field) => field.toLowerCase().includes(q)),
  );
}

/** 65536 → "64K" as the seed writes it; anything that is not a whole number of K stays a number. */
export function formatTokens(n: number): string {
  return n > 0 && n % 1024 === 0 ? `${n / 1024}K` : String(n);
}
