// Two changes to Ink 6.8 in the bundle (Ink 6.8 is the last Ink for Node 20, so they live here):
// 1. Its frame writer (ink/build/log-update.js) is swapped for ours (src/terminal/log-update.ts):
//    Ink's incremental writer misplaces rows, and its standard one rewrites the whole live region on
//    every frame. The reason and the tests are with our module.
// 2. After a frame as tall as the terminal, Ink repaints the screen and tells the writer the frame
//    ends with a newline, but writes it without one; the next frame then lands one row high (seen:
//    the form's buttons overwritten and a stale hint bar left under them after a tall test result).
//    It now writes the newline it announces.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ours = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/terminal/log-update.ts');
const REPAINT = 'this.options.stdout.write(ansiEscapes.clearTerminal + this.fullStaticOutput + output);';

export const inkPatches = {
  name: 'ink-patches',
  setup(build) {
    build.onResolve({ filter: /^\.\/log-update\.js$/ }, (args) =>
      /[\\/]ink[\\/]build[\\/]ink\.js$/.test(args.importer) ? { path: ours } : undefined,
    );
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]ink\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      // A newer Ink that moved this line must fail the build, not ship unpatched.
      if (!source.includes(REPAINT)) throw new Error(`ink-patches: ${args.path} no longer has the repaint line to patch`);
      return { contents: source.replace(REPAINT, REPAINT.replace('+ output)', '+ outputToRender)')), loader: 'js' };
    });
  },
};
