// Bundles test/harness/eval.ts (TypeScript) for Node and runs it with the arguments given.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { NODE_BUNDLE } from '../../scripts/node-bundle.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '../..');
const out = path.join(ROOT, 'node_modules/.cache/mockview/eval.mjs');
await build({ entryPoints: [path.join(HERE, 'eval.ts')], outfile: out, ...NODE_BUNDLE });
await import(pathToFileURL(out).href);
