// Every stored file carries `version`. A file from an older mockview is brought up to date here,
// one step per version; a file from a newer mockview is refused (and never overwritten).
import { SCHEMA_VERSION } from './schema.js';
import { t } from '../i18n/index.js';

export type FileKind = 'config' | 'logs' | 'questions' | 'session' | 'catalog';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export class NewerVersionError extends Error {
  constructor(readonly version: number) {
    super(t('store.newerVersion', { version }));
  }
}

/**
 * The layout version of a parsed file: a missing `version` is the version 0 prototype layout.
 * Undefined when there is no usable version (not an object, or a non-number version): the schema
 * then says what is wrong.
 */
export function storedVersion(raw: unknown): number | undefined {
  if (!isObject(raw)) return undefined;
  if (raw.version === undefined) return 0;
  return typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : undefined;
}

/**
 * Version 0 was the prototype's config layout: `{ models: [{ name, apiKey, region, modelId,
 * temperature, maxTokens }], defaultModel }`, Bedrock API keys only, no timestamps.
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
        // The prototype only ever talked to us-east-1 when no region was saved.
        region: old.region ?? 'us-east-1',
        modelId: old.modelId,
        params: {
          ...(old.temperature !== undefined ? { temperature: old.temperature } : {}),
          ...(old.maxTokens !== undefined ? { maxTokens: old.maxTokens } : {}),
          stopSequences: [],
        },
        createdAt: typeof old.createdAt === 'string' ? old.createdAt : now,
        updatedAt: typeof old.updatedAt === 'string' ? old.updatedAt : now,
      };
    }),
    settings: {
      language: 'English',
      color: true,
      ...(typeof raw.defaultModel === 'string' ? { defaultModel: raw.defaultModel } : {}),
    },
  };
}

/** STEPS[kind][v] turns a version-v file into a version v+1 file. */
const STEPS: Record<FileKind, Record<number, (raw: Json) => Json>> = {
  config: { 0: configV0toV1 },
  logs: { 0: (raw) => ({ ...raw, version: 1 }) },
  questions: { 0: (raw) => ({ ...raw, version: 1 }) },
  // Sessions were born at version 1: a session without a version is simply invalid.
  session: {},
  // The model-list cache was born at version 1.
  catalog: {},
};

/**
 * Takes a parsed file of any older version to SCHEMA_VERSION. Returns the input unchanged when
 * it is current or has no known path (the schema then reports the problem); throws
 * NewerVersionError for a file from the future.
 */
export function migrate(raw: unknown, kind: FileKind): unknown {
  const version = storedVersion(raw);
  if (version === undefined || version === SCHEMA_VERSION) return raw;
  if (version > SCHEMA_VERSION) throw new NewerVersionError(version);
  let data = raw as Json;
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = STEPS[kind][v];
    if (!step) return raw;
    data = step(data);
  }
  return data;
}
