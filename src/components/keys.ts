// Key facts Ink 8 leaves to us (checked against its parse-keypress, input-parser, App and use-input):
// - Enter is '\r' → key.return. Ctrl+J is '\n' → key.return false, input '\n'.
// - Alt+Enter is '\x1b\r' → key.return and key.meta. Shift+Enter is key.return + key.shift (input
//   '\r') under the kitty keyboard protocol (ESC[13;2u). xterm's modifyOtherKeys form ESC[27;2;13~
//   names no key, and Ink 8's App drops such complete CSI sequences before any handler: the app's
//   input path (src/terminal/key-by-key.ts) hands it to Ink in the kitty form instead (Ink 6 handed
//   it over as '[27;2;13~'; the pattern below still accepts that form).
// - A lone Esc is held back 20 ms (it could start a sequence); a key within that window reads as Alt+key.
// - A bracketed paste reaches useInput as one string without its ESC[200~/ESC[201~ markers unless a
//   usePaste handler takes it.
// - Backspace usually arrives as '\x7f', which Ink reports as key.delete (not key.backspace).
// - Sequences Ink cannot name reach `input` without their ESC, e.g. bracketed paste '[200~'.
// - A paste arrives as one input string; newlines in it are '\r' (terminals send CR in raw mode).
import type { Key } from 'ink';

const MODIFIED_ENTER = /^\[(?:27;\d+;13~|13;\d+u)$/;
const UNNAMED_SEQUENCE = /^\[[0-9;:<>?=]*[~A-Za-z]$/;

export const PASTE_START = '[200~';
export const PASTE_END = '[201~';

/** Shift/Alt+Enter in any of the forms terminals send: insert a newline instead of submitting. */
export const isModifiedEnter = (input: string, key: Key): boolean =>
  (key.return && (key.meta || key.shift)) || MODIFIED_ENTER.test(input);

/** Backspace in either form (\b or \x7f); Ink cannot tell \x7f from the Delete key. */
export const isBackspace = (key: Key): boolean => key.backspace || key.delete;

/** Input that is text to insert: not a control combination, not a leftover escape sequence. */
export function isTextInput(input: string, key: Key): boolean {
  if (!input || key.ctrl || key.escape || key.tab) return false;
  if (key.meta && input.length === 1) return false; // Alt+letter
  if (input.length > 1 && UNNAMED_SEQUENCE.test(input)) return false;
  return true;
}
