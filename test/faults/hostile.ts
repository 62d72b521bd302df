// The hostile corpus shared by the fault tests: every way text from elsewhere could act on a terminal.
const ESC = '\u001b';

/** One string holding all of them, with a readable word between each so partial damage shows. */
export const HOSTILE = [
  'osc52',
  `${ESC}]52;c;ZWNobyBwd25lZA==\u0007`, // clipboard write
  'title',
  `${ESC}]0;owned${ESC}\\`, // window title (ST-terminated)
  'clear',
  `${ESC}[2J${ESC}[H`, // clear screen, cursor home
  'reset',
  `${ESC}c`, // full terminal reset
  'csi8',
  '\u009b2J', // 8-bit CSI
  'osc8',
  '\u009d0;t\u0007', // 8-bit OSC
  'bidi',
  '\u202eevil\u202c', // right-to-left override
  'zw',
  'pass\u200bword\u2060', // zero-width space, word joiner
  'bell',
  '\u0007',
  'cr',
  'safe\rEVIL',
].join(' ');

/** Anything that could act in a terminal or reorder text. Newline and tab are allowed. */
export const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/;

/** The first active character and its surroundings, for a readable failure. */
export function firstActive(text: string): string | undefined {
  const m = ACTIVE.exec(text);
  if (!m) return undefined;
  return JSON.stringify(text.slice(Math.max(0, m.index - 20), m.index + 20));
}
