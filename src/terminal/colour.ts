// The colour setting, applied while the app runs (not only at the next start). Ink colours through
// chalk, one shared instance in the bundle, so its level is the switch.
import chalk from 'chalk';
import { colourForcedOff } from './colour-state.js';

// What the terminal was found to support at start; a start with colour off found nothing, and then
// the 16 basic colours (all mockview uses) are the safe choice.
const detected = chalk.level;

/** Colours on or off from the next frame. False when NO_COLOR or --no-color keeps them off. */
export function setColour(on: boolean): boolean {
  if (on && colourForcedOff()) return false;
  chalk.level = on ? detected || 1 : 0;
  return true;
}
