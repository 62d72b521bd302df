// catalog-cache.json: the last live model list per region and account, with its date, so the model
// picker opens at once and works offline. Through the same validated, atomic, locked JSON file as
// the rest of the store; a damaged cache is kept aside like any other file and the caller falls
// back to the built-in list.
import path from 'node:path';
import { z } from 'zod';
import { CallableListSchema, type CallableList } from '../models/callable.js';
import { JsonDb } from './db.js';
import { SCHEMA_VERSION } from './schema.js';

const CatalogCacheFileSchema = z.object({
  version: z.literal(SCHEMA_VERSION),
  /** `<region>|<account key>` → the list. The account key is a hash, never a credential. */
  lists: z.record(z.string(), CallableListSchema).default({}),
});

export interface CatalogCache {
  readonly file: string;
  get(key: string): CallableList | undefined;
  put(key: string, list: CallableList): void;
}

/** Keeps at most this many lists (regions × accounts) so the file stays small. */
const MAX_LISTS = 20;

export function openCatalogCache(dataDir: string): CatalogCache {
  const file = path.join(dataDir, 'catalog-cache.json');
  const db = new JsonDb(file, {
    kind: 'catalog',
    schema: CatalogCacheFileSchema,
    defaults: () => ({ version: SCHEMA_VERSION, lists: {} }),
  });
  return {
    file,
    get: (key) => db.read().lists[key],
    put(key, list) {
      db.change((data) => {
        data.lists[key] = list;
        const keys = Object.keys(data.lists);
        if (keys.length > MAX_LISTS) {
          const oldest = keys.sort((a, b) => (data.lists[a]?.fetchedAt ?? '').localeCompare(data.lists[b]?.fetchedAt ?? ''));
          for (const k of oldest.slice(0, keys.length - MAX_LISTS)) delete data.lists[k];
        }
      });
    },
  };
}
