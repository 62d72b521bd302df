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

export const LIFECYCLES = ['active', 'legacy', 'eol'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

/**
 * 'claude-budget': Claude extended thinking, `{"thinking":{"type":"enabled","budget_tokens":N}}`;
 * 'effort': gpt-oss `{"reasoning_effort":"low|medium|high"}`; 'always': reasons on its own (DeepSeek R1).
 */
export const REASONING_KINDS = ['claude-budget', 'effort', 'always'] as const;
export type ReasoningKind = (typeof REASONING_KINDS)[number];
export const REASONING_EFFORTS = ['low', 'medium', 'high'] as const;
export type ReasoningEffort = (typeof REASONING_EFFORTS)[number];

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
  /**
   * Which sampling parameters Bedrock accepts for it: 'any' (temperature and top_p), 'one' (either,
   * never both: Claude Sonnet 4.5, Haiku 4.5, Opus 4.1, 4.5), 'none' (Claude Opus 4.7 and later).
   */
  sampling: z.enum(['any', 'one', 'none']).default('any'),
  /** Bedrock's lifecycle state (Active / Legacy / end of life); end-of-life models are not offered. */
  lifecycle: z.enum(LIFECYCLES).default('active'),
  /** The catalog id AWS names as the replacement of a Legacy or end-of-life model. */
  replacement: z.string().optional(),
  /** False for models that refuse a system prompt through Converse (Titan, Mistral 7B, Mixtral). */
  systemPrompt: z.boolean().default(true),
  /** How the model takes a reasoning setting through additionalModelRequestFields, if at all. */
  reasoning: z.enum(REASONING_KINDS).optional(),
  /** Takes top_k where its family does (Mistral Large 2407 and Pixtral do not). */
  topK: z.boolean().default(true),
  /** Geography prefixes of the system inference profiles AWS offers for it (us, eu, apac, jp, au, global, us-gov). */
  profiles: z.array(z.string()).default([]),
  /** The AWS (or model provider's) page each fact above was checked against. */
  source: z.string().url(),
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
  /** Temperature and top_p are refused together (sampling 'one'). */
  noTemperatureWithTopP: boolean;
  /** 'none': no sampling parameter at all (temperature, top_p, top_k) is accepted. */
  sampling: 'any' | 'one' | 'none';
  /** False: the system prompt is folded into the first user turn. */
  systemPrompt: boolean;
  reasoning: ReasoningKind | undefined;
  lifecycle: Lifecycle;
}

export interface Preset {
  id: string;
  /** One key in the advanced panel. */
  key: string;
  /** English; presetName() (bedrock/presets.ts) gives it in the interface language. */
  name: string;
  /** The family the seed's table wrote it for (informational). */
  writtenFor: string;
  temperature: number;
  maxTokens: number;
  topP?: number;
  topK?: number;
}
