// Bundles test tools that must run as their own processes (the fake Bedrock) into
// node_modules/.cache/mockview, where node_modules still resolve. Built once per test run.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE } from '../../scripts/node-bundle.mjs';

export { NODE_BUNDLE };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = path.join(ROOT, 'dist/cli.js');
const OUT = path.join(ROOT, 'node_modules/.cache/mockview');
/** The recorded Bedrock bodies: the workspace's shared folder beside the clone, else the copy in test/fixtures. */
const SHARED_FIXTURES = path.resolve(ROOT, '../shared/fixtures/bedrock');
const FIXTURES = fs.existsSync(SHARED_FIXTURES) ? SHARED_FIXTURES : path.join(ROOT, 'test/fixtures/bedrock');

let fakeBuilt: Promise<string> | undefined;

/** Path of a runnable fake-bedrock script (node <path>). */
export function fakeBedrockScript(): Promise<string> {
  fakeBuilt ??= build({
    entryPoints: [path.join(ROOT, 'test/fake-bedrock/serve.ts')],
    outfile: path.join(OUT, 'fake-bedrock.mjs'),
    ...NODE_BUNDLE,
    // import.meta.url of the bundle is not the source's: point the fixtures lookup at the repo.
    define: { 'process.env.MOCKVIEW_FIXTURES_DIR': JSON.stringify(FIXTURES) },
  }).then(() => path.join(OUT, 'fake-bedrock.mjs'));
  return fakeBuilt;
}
