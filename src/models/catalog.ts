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
  for (const m of parsed.data) {
    const r = m.replacement ? parsed.data.find((x) => x.id === m.replacement) : undefined;
    if (m.replacement && (!r || r.lifecycle === 'eol')) throw new Error(`model catalog is invalid: '${m.id}' names a replacement that is not offered`);
  }
  return Object.freeze(parsed.data);
})();

const BY_ID = new Map(CATALOG.map((m) => [m.id, m]));

// ConverseStream's inferenceConfig.temperature is 0–1 for every model: the service model says
// `range min 0 max 1` and Bedrock answers 1.5 with "Value '1.5' at 'inferenceConfig.temperature'
// failed to satisfy constraint". https://docs.aws.amazon.com/bedrock/latest/APIReference/API_runtime_InferenceConfiguration.html
const temperature = (): NumberRange => ({ min: 0, max: 1, default: 0.7, recommended: 0.7, step: 0.05 });

/**
 * Why the seed's "0–2" for Llama/DeepSeek does not apply, in English. The form shows it in the
 * interface language (models.form.temperatureNote, the same English words).
 */
export const TEMPERATURE_RANGE_NOTE =
  "0–1 for every model through Bedrock's Converse API (the seed's 0–2 for Llama/DeepSeek is their native API's range)";
const topP = (def: number): NumberRange => ({ min: 0, max: 1, default: def, recommended: 0.9, step: 0.01 });

/**
 * Seed §2.4. Temperature ranges for Claude, Llama, Mistral, DeepSeek and Titan are the seed's; the
 * rest follow AWS's model parameter pages. top_k only where Converse can carry it
 * (additionalModelRequestFields): Anthropic and Mistral as `top_k`, Nova as inferenceConfig.topK.
 */
export const FAMILY_RULES: Record<Family, FamilyRules> = {
  claude: { family: 'claude', temperature: temperature(), topP: topP(1), topK: { min: 0, max: 500, default: 250, recommended: 250, step: 1, field: 'anthropic' }, maxStopSequences: 4 },
  nova: { family: 'nova', temperature: temperature(), topP: topP(0.9), topK: { min: 0, max: 128, default: 50, recommended: 50, step: 1, field: 'nova' }, maxStopSequences: 4 },
  titan: { family: 'titan', temperature: temperature(), topP: topP(1), topK: null, maxStopSequences: 4 },
  llama: { family: 'llama', temperature: temperature(), topP: topP(0.9), topK: null, maxStopSequences: 4 },
  mistral: { family: 'mistral', temperature: temperature(), topP: topP(1), topK: { min: 0, max: 200, default: 50, recommended: 50, step: 1, field: 'mistral' }, maxStopSequences: 4 },
  jamba: { family: 'jamba', temperature: temperature(), topP: topP(1), topK: null, maxStopSequences: 4 },
  cohere: { family: 'cohere', temperature: temperature(), topP: topP(1), topK: null, maxStopSequences: 4 },
  deepseek: { family: 'deepseek', temperature: temperature(), topP: topP(1), topK: null, maxStopSequences: 4 },
  qwen: { family: 'qwen', temperature: temperature(), topP: topP(1), topK: null, maxStopSequences: 4 },
  'gpt-oss': { family: 'gpt-oss', temperature: temperature(), topP: topP(1), topK: null, maxStopSequences: 4 },
  unknown: { family: 'unknown', temperature: temperature(), topP: topP(1), topK: null, maxStopSequences: 4 },
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

/** The family an id we do not know most likely belongs to, from its provider prefix. */
const PREFIX_FAMILY: [RegExp, Family][] = [
  [/^anthropic\./, 'claude'],
  [/^amazon\.nova/, 'nova'],
  [/^amazon\.titan/, 'titan'],
  [/^meta\./, 'llama'],
  [/^mistral\./, 'mistral'],
  [/^ai21\./, 'jamba'],
  [/^cohere\./, 'cohere'],
  [/^deepseek\./, 'deepseek'],
  [/^qwen\./, 'qwen'],
  [/^openai\./, 'gpt-oss'],
];
export function guessFamily(id: string): Family {
  const base = baseModelId(id);
  return PREFIX_FAMILY.find(([re]) => re.test(base))?.[1] ?? 'unknown';
}


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
  // An id we do not know keeps its family's ranges (so a typed-in newer Claude still gets top_k the
  // Anthropic way), but its defaults send nothing the user did not set (defaultParams).
  const family = FAMILY_RULES[model?.family ?? guessFamily(modelId)];
  const max = model?.maxOutput ?? UNKNOWN_MAX_OUTPUT;
  const def = Math.min(8192, max);
  const sampling = model?.sampling ?? 'any';
  return {
    ...family,
    topK: model && !model.topK ? null : family.topK,
    model,
    maxTokens: { min: 256, max, default: def, recommended: def, step: 256 },
    noTemperatureWithTopP: sampling === 'one',
    sampling,
    systemPrompt: model?.systemPrompt ?? true,
    reasoning: model?.reasoning,
    lifecycle: model?.lifecycle ?? 'active',
  };
}

/**
 * What a new configuration starts with. Known models that take sampling get the recommended
 * temperature; models that take none, and ids we do not know, get no sampling parameter at all
 * (Bedrock rejects temperature for Opus 4.7+, and we cannot tell for an unknown id).
 */
export function defaultParams(modelId: string): ModelParams {
  const rules = rulesFor(modelId);
  const sends = rules.model !== undefined && rules.sampling !== 'none';
  return { ...(sends ? { temperature: rules.temperature.default } : {}), maxTokens: rules.maxTokens.default, stopSequences: [] };
}

/** The model AWS names as the replacement of a Legacy or end-of-life one. */
export function replacementFor(modelId: string): CatalogModel | undefined {
  const id = findModel(modelId)?.replacement;
  return id ? BY_ID.get(id) : undefined;
}

/** Models a user may pick: everything but end of life. */
export const OFFERED: readonly CatalogModel[] = CATALOG.filter((m) => m.lifecycle !== 'eol');

export function modelsByVendor(): { vendor: Vendor; models: CatalogModel[] }[] {
  return VENDORS.map((vendor) => ({ vendor, models: OFFERED.filter((m) => m.vendor === vendor) })).filter(
    (g) => g.models.length > 0,
  );
}

export function searchCatalog(query: string): CatalogModel[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...OFFERED];
  return OFFERED.filter((m) =>
    [m.id, m.name, m.vendor, m.use, m.useZh].some((field) => field.toLowerCase().includes(q)),
  );
}

/**
 * 64000 → "64,000", 65536 → "65,536", 128000 → "128,000": the exact number. The seed's "64K" was
 * ambiguous (AWS gives Claude 4.5's limit as 64,000; 1,024-based "K" showed 128,000 as "125K").
 */
export function formatTokens(n: number): string {
  return n.toLocaleString('en-US');
}
