// The store's public face: open it, find where it lives, and the shapes it keeps.
export { openStore, demoModel, DEMO_MODEL, DEMO_MODEL_NAME } from './store.js';
export { resolveDataDir, type DataDirOptions } from './paths.js';
export { migrate, type FileKind } from './migrations.js';
export { redactSecrets } from './redact.js';
export { StoreError } from './types.js';
export type { Store, StorePaths, StoreErrorCode, StoreWrites, UpdateModelOptions } from './types.js';
export type { DamagedSession } from './sessions.js';
export { onLockWait, lockStats, type LockWaitProgress } from './lock.js';
export * from './schema.js';
