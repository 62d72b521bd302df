// The terminal's input as Ink should see it: one key at a time. Over a laggy SSH link, keys typed
// ahead arrive in one read ("Work Claude", ↓, ↓, then a pasted API key). Ink splits such a read
// into keys and hands them all to the handlers at once, before React has rendered the first one,
// so the second key is judged by the screen as it was: focus had not moved, and the pasted key
// landed, unmasked, in the Name field. Here each key (an escape sequence, or a run of text: a
// paste stays whole) is handed to Ink after React has rendered the one before and any screen it
// opened is listening.
import { EventEmitter } from 'node:events';
import { takeMouseReport } from './mouse.js';

const PASTE_START = '\u001b[200~';
const PASTE_END = '\u001b[201~';
const X10_MOUSE = '\u001b[M';
/** Enter, Tab, Backspace and Ctrl+letter: keys of their own, not text (Ctrl+J '\n' is text: a newline). */
const CONTROL = /^[\u0000-\u0009\u000b-\u001a\u007f]/;

/**
 * Cuts reads into keys: each escape sequence alone; in a run of text, the control keys it starts
 * or ends with (Enter Enter typed ahead; an answer typed fast and then Enter, which a slow link
 * delivers in one read) one by one, the rest whole — a paste from a terminal without bracketed paste
 * still arrives in one piece when its line breaks are inside it. Inside a bracketed paste nothing is
 * cut. Stateful, because a long paste comes in several reads.
 */
export function keySplitter(): (chunk: string) => string[] {
  let pasting = false;
  return (chunk) => {
    const keys: string[] = [];
    let i = 0;
    while (i < chunk.length) {
      const start = i;
      if (pasting) {
        const end = chunk.indexOf(PASTE_END, i);
        if (end === i) {
          pasting = false;
          i += PASTE_END.length;
        } else i = end < 0 ? chunk.length : end;
      } else if (chunk.startsWith(X10_MOUSE, i)) {
        // A mouse report in the old encoding carries three raw bytes that must not be read as text.
        i = Math.min(chunk.length, i + X10_MOUSE.length + 3);
      } else if (chunk[i] === '\u001b') {
        i++;
        if (chunk[i] === '\u001b') i++; // Alt + a sequence: ESC ESC [ A
        if (chunk[i] === '[') {
          i++;
          while (i < chunk.length && /[\x20-\x3f[]/.test(chunk[i]!)) i++; // parameters, intermediates
          i++; // the final byte
        } else if (chunk[i] === 'O') {
          i += 2;
        } else if (i < chunk.length) {
          i += (chunk.codePointAt(i) ?? 0) > 0xffff ? 2 : 1; // Alt + a key
        }
        if (chunk.slice(start, i) === PASTE_START) pasting = true;
      } else if (CONTROL.test(chunk.slice(i))) {
        i++;
      } else {
        while (i < chunk.length && chunk[i] !== '\u001b') i++;
        // Enter, Tab or Backspace typed after the text (not a line break inside a paste) are keys.
        while (i - 1 > start && CONTROL.test(chunk[i - 1]!)) i--;
      }
      keys.push(asInkKnowsIt(chunk.slice(start, Math.min(i, chunk.length))));
    }
    return keys;
  };
}

/**
 * xterm's modifyOtherKeys Enter (Shift+Enter is ESC[27;2;13~) names no key for Ink 8, which drops it
 * unseen; the kitty form of the same key (ESC[13;2u) Ink reads as Enter with its modifiers. So a
 * Shift/Alt/Ctrl+Enter from xterm (or a terminal configured like it) inserts a newline in an answer
 * instead of vanishing.
 */
const XTERM_MODIFIED_ENTER = /^\u001b\[27;(\d+);13~$/;
const asInkKnowsIt = (key: string): string => key.replace(XTERM_MODIFIED_ENTER, '\u001b[13;$1u');

/** One read cut into keys (no paste carried over from an earlier read). */
export const splitKeys = (chunk: string): string[] => keySplitter()(chunk);

type Input = NodeJS.ReadStream;

/** How long a key that changed nothing holds back the next one. */
const IDLE_MS = 30;
const waiting = new Set<() => void>();

/**
 * What keys typed ahead wait for: a screen whose code is still loading, until it is shown
 * (src/screens/index.tsx); the providers loading after the first frame (src/run-app.tsx). All of
 * them: a later hold never cuts an earlier one short (`mockview interview` opens on a screen still
 * loading while the providers load, and a key let through between the two was lost).
 */
const holds = new Set<Promise<void>>();
let held: Promise<void> | undefined;

/** Keys are never held longer than this, whatever happens to the screen that asked. */
const HOLD_MAX_MS = 2000;

export function holdKeysWhile(loading: Promise<unknown>): void {
  const atMost = new Promise<void>((resolve) => setTimeout(resolve, HOLD_MAX_MS).unref());
  const mine: Promise<void> = Promise.race([loading, atMost]).then(
    () => undefined,
    () => undefined,
  );
  holds.add(mine);
  held = Promise.all(holds).then(() => undefined);
  void mine.then(() => {
    holds.delete(mine);
    held = holds.size > 0 ? Promise.all(holds).then(() => undefined) : undefined;
  });
}

/**
 * Ink holds a lone Esc this long (20 ms, pendingInputFlushDelayMilliseconds in its App) in case it
 * starts an escape sequence, and reads a key arriving meanwhile as Alt+key: Esc then `2` typed
 * ahead became Alt+2. The key after a lone Esc waits at least this long.
 */
const AFTER_LONE_ESC_MS = 25;

/**
 * Called by the app after every commit, from a passive effect of its last component, so after
 * every screen's own effects: the key before has been fully taken in, hand over the next one.
 */
export function keyTakenIn(): void {
  for (const release of [...waiting]) setImmediate(release);
}

/**
 * Wraps the terminal's stdin for Ink's `render({ stdin })`: the same stream, but `read()` gives
 * one key per 'readable', and the next 'readable' comes a turn of the event loop later.
 */
export function keyByKey(stdin: Input): Input {
  const queue: string[] = [];
  const split = keySplitter();
  let offered = false; // one key is out for Ink to read
  let settling = false; // a key was just handed over: React renders it before the next goes
  const wrapper = new EventEmitter() as EventEmitter & Record<string, unknown>;
  let afterHold = false; // a key waits for the holds to end
  const offerNext = (): void => {
    if (offered || settling || queue.length === 0) return;
    // The first key typed while a screen loads waits too, not only the keys after it.
    if (held) {
      if (afterHold) return;
      afterHold = true;
      void held.then(() =>
        setImmediate(() => {
          afterHold = false;
          offerNext();
        }),
      );
      return;
    }
    offered = true;
    wrapper.emit('readable');
  };
  const onReadable = (): void => {
    let chunk: string | Buffer | null;
    while ((chunk = stdin.read() as string | Buffer | null) !== null) {
      // Mouse reports never reach the screens as keys: the wheel goes to whoever listens for it,
      // clicks and drags are dropped (they would otherwise be typed into a field).
      for (const key of split(String(chunk))) if (!takeMouseReport(key)) queue.push(key);
    }
    offerNext();
  };
  Object.assign(wrapper, {
    isTTY: stdin.isTTY,
    read(): string | null {
      if (!offered) return null;
      offered = false;
      const key = queue.shift() ?? null;
      // Ink calls read() until null in one go. The next key — from this read or the next one —
      // waits until React has rendered this one and run its effects (where a screen this key
      // opened starts listening for keys), or, for a key that changed nothing, a moment.
      settling = true;
      let done = false;
      const earliest = key === '\u001b' ? Date.now() + AFTER_LONE_ESC_MS : 0;
      const release = (): void => {
        if (done) return;
        const early = earliest - Date.now();
        if (early > 0) {
          setTimeout(release, early);
          return;
        }
        // The key opened a screen still loading: the next key waits until it is there to listen.
        // Once it is on screen (its effects ran, so it listens), the next key goes.
        if (held) {
          clearTimeout(fallback);
          waiting.delete(release);
          void held.then(() => setImmediate(release));
          return;
        }
        done = true;
        clearTimeout(fallback);
        waiting.delete(release);
        settling = false;
        offerNext();
      };
      const fallback = setTimeout(release, IDLE_MS);
      waiting.add(release);
      return key;
    },
    /** True when every key that arrived has been handed to Ink and taken in (tests wait for this). */
    settled: () => queue.length === 0 && !offered && !settling,
    setRawMode: (on: boolean) => (stdin.setRawMode?.(on), wrapper),
    setEncoding: (encoding: BufferEncoding) => (stdin.setEncoding(encoding), wrapper),
    ref: () => (stdin.ref(), wrapper),
    unref: () => (stdin.unref(), wrapper),
    pause: () => (stdin.pause(), wrapper),
    resume: () => (stdin.resume(), wrapper),
  });
  // Ink listens for 'readable' and stops listening when no component wants keys; so do we.
  wrapper.on('newListener', (event: string) => {
    if (event === 'readable' && wrapper.listenerCount('readable') === 0) stdin.on('readable', onReadable);
  });
  wrapper.on('removeListener', (event: string) => {
    if (event === 'readable' && wrapper.listenerCount('readable') === 0) stdin.off('readable', onReadable);
  });
  return wrapper as unknown as Input;
}
