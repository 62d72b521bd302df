// Ink's useInput, for keys typed ahead over a laggy SSH link. Ink re-registers a component's
// handler in a passive effect, which can run after the next key arrives: that key would reach the
// handler of a render ago — a field that no longer has focus, text that is no longer current — and
// a secret could land, unmasked, in the wrong field. Here the handler Ink holds never changes; it
// forwards to the handler and the active flag of the latest render, kept current by layout
// effects. src/terminal/key-by-key.ts hands Ink one key per render, so those are always current.
//
// A screen under an overlay (`?` help, the too-small warning) stays mounted but takes no keys: the
// shell wraps it in <KeysPaused value={true}>.
import { useInput } from 'ink';
import { createContext, useCallback, useContext, useLayoutEffect, useRef } from 'react';

type Handler = Parameters<typeof useInput>[0];

/** True inside a part of the tree that is covered by an overlay: its key handlers hold still. */
export const KeysPausedContext = createContext(false);
export const KeysPaused = KeysPausedContext.Provider;

export function useKeys(handler: Handler, options: { isActive?: boolean } = {}): void {
  const paused = useContext(KeysPausedContext);
  const latest = useRef(handler);
  const active = useRef(options.isActive !== false && !paused);
  useLayoutEffect(() => {
    latest.current = handler;
    active.current = options.isActive !== false && !paused;
  });
  // Gone at once on unmount; Ink lets go of the handler only in a later passive effect. (Keys that
  // reach a screen in the same read that opened it are dropped: its handler is not in place yet.)
  useLayoutEffect(
    () => () => {
      active.current = false;
    },
    [],
  );
  const forward = useCallback<Handler>((input, key) => {
    if (active.current) latest.current(input, key);
  }, []);
  useInput(forward);
}
