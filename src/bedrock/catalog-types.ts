// Shapes of the model catalog (seed §4) and the per-family parameter rules (seed §2.4).
// Data and lookups live in catalog.ts / catalog-data.ts / presets.ts / regions.ts.
import { z } from 'zod';

export const FAMILIES = [
  'claude',
  'nova',
  'titan',
  'llama',
  'mistral',
  'jamba',
  'cohere',
  'deepseek',
  'qwen',
  'gpt-oss',
  /** A model id we do not know (typed by the user): permissive rules. */
  'unknown',
] as const;
export type Family = (typeof FAMILIES)[number];

export const VENDORS = [
  'Anthropic',
  'Amazon',
  'Meta',
  'Mistral AI',
  'AI21 Labs',
  'Cohere',
  'DeepSeek',
  'Qwen',
  'OpenAI',
] as const;
export type Vendor = (typeof VENDORS)[number];

export const CatalogModelSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  vendor: z.enum(VENDORS),
  family: z.enum(FAMILIES),
  /** Max output tokens (seed: 64K = 65536, 32K = 32768, 8K = 8192, 4K = 4096). */
  maxOutput: z.number().int().positive(),
  /** What it is good for, in English and as the seed says it. */
  use: z.string().min(1),
  useZh: z.string().min(1),
  /** On-demand calls need a geography inference profile (us./eu./apac.… prefix). */
  needsProfile: z.boolean(),
  /** Bedrock rejects temperature and top_p together (Claude Sonnet 4.5, Haiku 4.5, Opus 4.1). */
  noTemperatureWithTopP: z.boolean().default(false),
});
export type CatalogModel = z.infer<typeof CatalogModelSchema>;

export interface NumberRange {
  min: number;
  max: number;
  /** Value used when the user sets nothing. */
  default: number;
  /** What the seed recommends (shown beside the slider). */
  recommended: number;
  /** Slider step for ←/→; big step is 10×. */
  step: number;
}

/** How a family's top_k travels in additionalModelRequestFields. */
export type TopKField = 'anthropic' /* {"top_k": N} */ | 'nova' /* {"inferenceConfig":{"topK":N}} */ | 'mistral' /* {"top_k": N} */;

export interface FamilyRules {
  family: Family;
  temperature: NumberRange;
  /** null: the family does not take top_p and never receives it. */
  topP: NumberRange | null;
  /** null: the family does not take top_k and never receives it. */
  topK: (NumberRange & { field: TopKField }) | null;
  /** 0 when the family takes no stop sequences. */
  maxStopSequences: number;
}

/** Rules for one concrete model id: the family's, plus its max_tokens range. */
export interface ModelRules extends FamilyRules {
  /** The catalog entry, when the id (or the id inside a profile id / ARN) is known. */
  model: CatalogModel | undefined;
  maxTokens: NumberRange;
  noTemperatureWithTopP: boolean;
}

export interface Preset {
  id: string;
  /** One key in the advanced panel. */
  key: string;
  name: string;
  nameZh: string;
  /** The family the seed's table wrote it for (informational). */
  writtenFor: string;
  temperature: number;
  maxTokens: number;
  topP?: number;
  topK?: number;
}
