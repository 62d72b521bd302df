// Every stored file carries `version`. A file from an older mockview is brought up to date here,
// step by step; one from a newer mockview is refused (and never overwritten).
import { SCHEMA_VERSION } from './schema.js';

export type FileKind = 'config' | 'logs' | 'questions' | 'session';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Version 0 was the prototype's config layout: `{ models: [{ name, apiKey, region, modelId,
 * temperature, maxTokens }], defaultModel }`, API keys only.
 */
function configV0toV1(raw: Json): Json {
  const now = new Date().toISOString();
  const models = Array.isArray(raw.models) ? raw.models : [];
  return {
    version: 1,
    models: models.map((m) => {
      const old = isObject(m) ? m : {};
      return {
        name: old.name,
        provider: 'bedrock',
        auth: { type: 'apiKey', apiKey: old.apiKey },
        region: old.region ?? 'us-east-1',
        modelId: old.modelId,
        params: {
          ...(old.temperature !== undefined ? { temperature: old.temperature } : {}),
          ...(old.maxTokens !== undefined ? { maxTokens: old.maxTokens } : {}),
          stopSequences: [],
        },
        createdAt: old.createdAt ?? now,
        updatedAt: old.updatedAt ?? now,
      };
    }),
    settings: {
      language: 'English',
      color: true,
      ...(typeof raw.defaultModel === 'string' ? { defaultModel: raw.defaultModel } : {}),
    },
  };
}

const STEPS: Record<FileKind, Record<number, (raw: Json) => Json>> = {
  config: { 0: configV0toV1 },
  logs: { 0: (raw) => ({ ...raw, version: 1 }) },
  questions: { 0: (raw) => ({ ...raw, version: 1 }) },
  session: {},
};

export function migrate(raw: unknown, kind: FileKind): { data: unknown; migratedFrom?: number } {
  if (!isObject(raw)) return { data: raw };
  const version = raw.version === undefined ? 0 : raw.version;
  if (typeof version !== 'number') return { data: raw };
  if (version > SCHEMA_VERSION) {
    throw new Error(`written by a newer mockview (version ${version}); upgrade mockview to read it`);
  }
  let data = raw;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = STEPS[kind][v];
    if (!step) return { data: raw };
    data = step(data);
  }
  return version === SCHEMA_VERSION ? { data } : { data, migratedFrom: version };
}
