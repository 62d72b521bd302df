// Swaps Ink's frame writer (ink/build/log-update.js) for ours (src/terminal/log-update.ts) in the
// bundle: Ink 6.8's incremental writer misplaces rows, and its standard one rewrites the whole live
// region on every frame. The reason and the tests are with our module.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ours = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/terminal/log-update.ts');

export const inkLogUpdate = {
  name: 'ink-log-update',
  setup(build) {
    build.onResolve({ filter: /^\.\/log-update\.js$/ }, (args) =>
      /[\\/]ink[\\/]build[\\/]ink\.js$/.test(args.importer) ? { path: ours } : undefined,
    );
  },
};
