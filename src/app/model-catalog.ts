// The model list's cache, for the screens: they ask the app layer, which knows where the data lives,
// instead of opening a store file themselves (screens never import store/ internals).
import { cacheKey, seedProfilesFromCache } from '../bedrock/catalog-live.js';
import { openCatalogCache, type CatalogCache } from '../store/catalog-cache.js';
import type { ModelConfig } from '../store/schema.js';

/** The cached live model lists of this data directory (catalog-cache.json). */
export function modelListCache(dataDir: string): CatalogCache {
  return openCatalogCache(dataDir);
}

/** Before a connection test: let the inference-profile retry prefer what the live list saw for this account and region. */
export function seedProfilesFor(dataDir: string, config: ModelConfig, env: NodeJS.ProcessEnv): void {
  seedProfilesFromCache(openCatalogCache(dataDir), [cacheKey(config, config.region, env)]);
}
