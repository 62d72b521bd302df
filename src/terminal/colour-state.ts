// Whether colour is forced off (NO_COLOR or --no-color), in a module that loads nothing: the CLI sets
// it before chalk is imported (chalk reads FORCE_COLOR once, at import), and terminal/colour.ts reads it.
let forcedOff = false;

export function forceColourOff(off: boolean): void {
  forcedOff = off;
}

/** NO_COLOR or --no-color: colour stays off whatever the setting says. */
export function colourForcedOff(): boolean {
  return forcedOff || Boolean(process.env.NO_COLOR);
}
