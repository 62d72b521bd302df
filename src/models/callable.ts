// What the model picker lists: a model this account can call in a region, from Bedrock's own list
// APIs merged with the built-in catalog (or the built-in catalog alone when offline). Shared by
// src/bedrock (which builds it) and src/store (which caches it), so it lives in neither.
import { z } from 'zod';
import { LIFECYCLES } from './catalog-types.js';

export const CallableModelSchema = z.object({
  /** The foundation model id (`anthropic.claude-…`). */
  id: z.string().min(1),
  name: z.string().min(1),
  vendor: z.string(),
  lifecycle: z.enum(LIFECYCLES),
  /** From the built-in catalog; null for a model it does not know. */
  maxOutput: z.number().int().positive().nullable(),
  /** The built-in catalog knows its parameter rules. */
  known: z.boolean(),
  /** Callable with its own id (on-demand throughput). */
  onDemand: z.boolean(),
  /** System inference profiles in this region that serve it (`us.…`, `global.…`). */
  profileIds: z.array(z.string()),
  /** The id to put in a configuration: the model id when on-demand works, else the best profile id. */
  callableId: z.string().min(1),
  /** The catalog id AWS names as its replacement (Legacy models). */
  replacement: z.string().optional(),
});
export type CallableModel = z.infer<typeof CallableModelSchema>;

export const CALLABLE_SOURCES = ['live', 'cache', 'built-in'] as const;
export type CallableSource = (typeof CALLABLE_SOURCES)[number];

export const CallableListSchema = z.object({
  region: z.string(),
  /** When Bedrock was asked (ISO); null for the built-in list. */
  fetchedAt: z.string().nullable(),
  models: z.array(CallableModelSchema),
});
export type CallableList = z.infer<typeof CallableListSchema>;
