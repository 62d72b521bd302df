// The mouse wheel, for the chat's transcript. Reporting is opt-in (MOCKVIEW_MOUSE=1): while a
// terminal reports the mouse, a plain drag no longer selects text (most terminals want Shift held),
// and selecting a question to copy matters more than the wheel. Turned on only while a screen that
// scrolls is showing; the app turns it off on exit, crash and signals (src/run-app.tsx).
import { EventEmitter } from 'node:events';

/** Button presses and the wheel (1000), in the SGR encoding that has no 223-column limit (1006). */
export const MOUSE_ON = '\u001b[?1000h\u001b[?1006h';
export const MOUSE_OFF = '\u001b[?1006l\u001b[?1000l';

const SGR = /^\u001b\[<(\d+);(\d+);(\d+)([Mm])$/;
const X10 = /^\u001b\[M[\s\S]{3}$/;

export type WheelDirection = 'up' | 'down';
const wheel = new EventEmitter();

/** True when `key` is a mouse report (and then it has been dealt with): wheel turns are announced. */
export function takeMouseReport(key: string): boolean {
  const m = SGR.exec(key);
  if (m) {
    const button = Number(m[1]);
    // 64/65: wheel up/down (with any modifier bits); everything else (clicks, drags) is dropped.
    if ((button & ~0b11100) === 64 && m[4] === 'M') wheel.emit('wheel', 'up' satisfies WheelDirection);
    else if ((button & ~0b11100) === 65 && m[4] === 'M') wheel.emit('wheel', 'down' satisfies WheelDirection);
    return true;
  }
  if (X10.test(key)) {
    const button = key.charCodeAt(3) - 32;
    if ((button & ~0b11100) === 64) wheel.emit('wheel', 'up');
    else if ((button & ~0b11100) === 65) wheel.emit('wheel', 'down');
    return true;
  }
  return false;
}

export function onWheel(listener: (direction: WheelDirection) => void): () => void {
  wheel.on('wheel', listener);
  return () => wheel.off('wheel', listener);
}

/** Whether the user asked for the wheel. */
export const mouseWanted = (env: NodeJS.ProcessEnv): boolean => env.MOCKVIEW_MOUSE === '1' || env.MOCKVIEW_MOUSE === 'true';
