import { openStore, type Store } from '../store/index.js';
import { colourForcedOff, forceColourOff } from '../terminal/colour-state.js';

// The state lives in terminal/colour-state.ts (below everything that prints, and free of chalk).
export { colourForcedOff };

/**
 * Ink's colours come from chalk, which does not read NO_COLOR; FORCE_COLOR=0 must be set before it
 * loads. NO_COLOR, --no-color and the colour setting all turn colour off.
 */
export function applyColourChoice(opts: { dataDir?: string; color?: boolean }, store?: Pick<Store, 'settings'>): void {
  const forcedOff = Boolean(process.env.NO_COLOR) || opts.color === false;
  forceColourOff(forcedOff);
  let off = forcedOff;
  if (!off) {
    try {
      // The app's own store when it has one (its settings are then read once, not twice).
      off = !(store ?? openStore({ dataDir: opts.dataDir })).settings().color;
    } catch {
      // A damaged store is reported by the app itself.
    }
  }
  if (off) process.env.FORCE_COLOR = '0';
}
