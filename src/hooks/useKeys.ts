// Ink's useInput, safe when several keys arrive in one read (typing ahead over a laggy SSH link,
// or a paste followed by Enter). Ink hands each key of a chunk to the handlers in turn, and React
// re-renders between them, but Ink re-registers handlers in a passive effect, which runs later:
// the second key would reach the handler of the first key's render — a field that no longer has
// focus, text that is no longer current — and a secret could land, unmasked, in the wrong field.
// Here the handler Ink holds never changes; it forwards to the handler and the active flag of
// the latest render, which layout effects keep current before the next key is handled.
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
