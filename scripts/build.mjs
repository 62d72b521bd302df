// Bundles the CLI and its dependencies into dist/ so start-up reads a few files, not hundreds; the AWS
// SDK stays in node_modules and is imported lazily (only when a model is called).
import { build } from 'esbuild';
import { rmSync, chmodSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: ['src/cli.tsx'],
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node22',
  // react-devtools-core is an optional import of Ink's dev mode, never used here.
  external: ['@aws-sdk/*', '@smithy/*', 'react-devtools-core'],
  jsx: 'automatic',
  sourcemap: 'linked',
  // NODE_ENV: the app runs production React anyway (src/cli/interactive.ts); fixing it at build time
  // drops React's development builds from the bundle, which start-up would otherwise read and parse.
  define: { MOCKVIEW_VERSION: JSON.stringify(pkg.version), 'process.env.NODE_ENV': '"production"' },
  // Bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "#!/usr/bin/env node\nimport { createRequire as __mvCreateRequire } from 'node:module';\nconst require = __mvCreateRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
chmodSync(new URL('../dist/cli.js', import.meta.url), 0o755);
