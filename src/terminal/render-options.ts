// How the full-screen app is handed to Ink, in one place, so screen tests render it the way a
// terminal gets it: keys one at a time through src/terminal/key-by-key.ts, Ink 8's own
// incremental writer on a stream that compacts its cursor moves, the alternate screen.
import type { RenderOptions } from 'ink';
import { compactOutput } from './compact-output.js';
import { keyByKey } from './key-by-key.js';

export function appRenderOptions(stdin: NodeJS.ReadStream, stdout: NodeJS.WriteStream): RenderOptions {
  return {
    patchConsole: false,
    // Keys typed ahead over a slow link reach the screens one at a time.
    stdin: keyByKey(stdin),
    // Ink's frames with runs of cursor moves compacted (src/terminal/compact-output.ts).
    stdout: compactOutput(stdout),
    maxFps: 15,
    // Only changed rows are written, a changed row from where it differs.
    incrementalRendering: true,
    // The app owns the whole screen; the terminal's own screen comes back as it was on exit.
    alternateScreen: true,
  };
}
