// Ink's useInput, for keys typed ahead over a laggy SSH link. Ink re-registers a component's
// handler in a passive effect, which can run after the next key arrives: that key would reach the
// handler of a render ago — a field that no longer has focus, text that is no longer current — and
// a secret could land, unmasked, in the wrong field. Here the handler Ink holds never changes; it
// forwards to the handler and the active flag of the latest render, kept current by layout
// effects. src/terminal/key-by-key.ts hands Ink one key per render, so those are always current.
import { useInput } from 'ink';
import { useCallback, useLayoutEffect, useRef } from 'react';

type Handler = Parameters<typeof useInput>[0];

export function useKeys(handler: Handler, options: { isActive?: boolean } = {}): void {
  const latest = useRef(handler);
  const active = useRef(options.isActive !== false);
  useLayoutEffect(() => {
    latest.current = handler;
    active.current = options.isActive !== false;
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
