import type { Settings } from '../store/schema.js';
import { openStore } from '../store/index.js';
import { colourForcedOff, forceColourOff } from '../terminal/colour-state.js';

// The state lives in terminal/colour-state.ts (below everything that prints, and free of chalk).
export { colourForcedOff };

/** The stored settings, for choices made before anything loads (colour, interface language); undefined when the store cannot be read (the app reports it itself). */
export function startSettings(dataDir: string | undefined): Settings | undefined {
  try {
    return openStore({ dataDir }).settings();
  } catch {
    return undefined;
  }
}

/**
 * Ink's colours come from chalk, which does not read NO_COLOR; FORCE_COLOR=0 must be set before it
 * loads. NO_COLOR, --no-color and the colour setting all turn colour off.
 */
export function applyColourChoice(opts: { color?: boolean }, settings: Settings | undefined): void {
  const forcedOff = Boolean(process.env.NO_COLOR) || opts.color === false;
  forceColourOff(forcedOff);
  const off = forcedOff || settings?.color === false;
  if (off) process.env.FORCE_COLOR = '0';
}
