// Moved to src/models/ (shared by store/ and bedrock/, which must not import each other).
export * from '../models/catalog-types.js';
