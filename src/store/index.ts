export { openStore, DEMO_MODEL, DEMO_MODEL_NAME } from './store.js';
export { resolveDataDir } from './paths.js';
export { StoreError } from './types.js';
export type { Store, StorePaths } from './types.js';
