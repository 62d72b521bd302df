import { openStore } from '../store/index.js';

/** NO_COLOR or --no-color: colour stays off whatever the setting says. */
let forcedOff = false;

/**
 * Ink's colours come from chalk, which does not read NO_COLOR; FORCE_COLOR=0 must be set before it
 * loads. NO_COLOR, --no-color and the colour setting all turn colour off.
 */
export function applyColourChoice(opts: { dataDir?: string; color?: boolean }): void {
  forcedOff = Boolean(process.env.NO_COLOR) || opts.color === false;
  let off = forcedOff;
  if (!off) {
    try {
      off = !openStore({ dataDir: opts.dataDir }).settings().color;
    } catch {
      // A damaged store is reported by the app itself.
    }
  }
  if (off) process.env.FORCE_COLOR = '0';
}

export function colourForcedOff(): boolean {
  return forcedOff || Boolean(process.env.NO_COLOR);
}
