// Typing into a rendered Ink component, waiting for what the key did instead of sleeping.
// - Ink 8 parses a key synchronously when it is written and React commits the frame a microtask
//   later, so one turn of the event loop (setImmediate) is enough for any key but Esc.
// - A lone Esc is held back by Ink 8 for 20 ms (pendingInputFlushDelayMilliseconds in its App): it
//   could be the start of an escape sequence, and a key written in that window is read as Alt+key.
//   So after Esc the test waits for what Esc does: a changed frame, `until`, or — for an Esc that
//   must change nothing — the key probe having seen it.
// - A whole app rendered in a terminal (test/helpers/ink.tsx) says itself when a key has been taken
//   in and its frame is on screen (`settle`, through key-by-key and Ink's render flush); Esc included.
import { useInput } from 'ink';
import { vi } from 'vitest';

export interface KeyTarget {
  stdin: { write(data: string): void };
  lastFrame(): string | undefined;
  /** Resolves once every key written has been taken in and its frame drawn (the app in a terminal). */
  settle?(): Promise<void>;
}

export const ESC = '\u001b';

const turn = (): Promise<void> => new Promise((r) => setImmediate(r));

/** Waits until `check` stops throwing (e.g. an expect on the frame). */
export const eventually = <T,>(check: () => T, timeout = 3000): Promise<T> => vi.waitFor(check, { timeout, interval: 2 });

/** A component that counts the keys Ink hands to handlers: render it beside the one under test. */
export function keyProbe(): { Probe: () => null; seen: () => number } {
  let count = 0;
  function Probe(): null {
    useInput(() => {
      count++;
    });
    return null;
  }
  return { Probe, seen: () => count };
}

/**
 * Writes one key and waits until it is taken in. `until`: what the key must bring about. Without
 * it, an Esc waits for the frame to change — or, given a probe, for the probe to have seen it.
 */
export async function pressKey(r: KeyTarget, key: string, until?: () => boolean, probe?: { seen: () => number }): Promise<void> {
  if (r.settle) {
    r.stdin.write(key);
    await r.settle();
    if (until) {
      await eventually(() => {
        if (!until()) throw new Error(`key ${JSON.stringify(key)} did not bring about what it should:\n${r.lastFrame()}`);
      });
    }
    return;
  }
  const before = r.lastFrame();
  const seenBefore = probe?.seen() ?? 0;
  r.stdin.write(key);
  await turn();
  if (!until && key !== ESC) return;
  const done = until ?? (probe ? () => probe.seen() > seenBefore : () => r.lastFrame() !== before);
  await eventually(() => {
    if (!done()) throw new Error(`key ${JSON.stringify(key)} not taken in yet:\n${r.lastFrame()}`);
  });
  await turn();
}

/** Types keys one after the other (each one taken in before the next is written). */
export async function pressKeys(r: KeyTarget, ...keys: string[]): Promise<void> {
  for (const key of keys) await pressKey(r, key);
}
