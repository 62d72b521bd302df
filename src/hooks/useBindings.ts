// A screen's key bindings (src/keys/bindings.ts) put to work: the keys run their handlers, and the
// shell's hint bar and `?` help get exactly the bindings that are active now (navigation.setHints).
// Keys no binding takes go to `otherKey` (text for a field, for instance).
import type { Key } from 'ink';
import { useEffect } from 'react';
import { dispatchKey, hintsOf, type Binding, type Handlers } from '../keys/bindings.js';
import { useNavigation } from '../navigation.js';
import { useKeys } from './useKeys.js';

export interface UseBindingsOptions {
  /** false: neither keys nor hints (an overlay owns them). Default true. */
  isActive?: boolean;
  /** Keys no binding took. */
  otherKey?: (input: string, key: Key) => void;
  /** Register the hints with the shell (default true; false for a part of a screen). */
  registerHints?: boolean;
}

export function useBindings<H extends string>(bindings: readonly Binding<H>[], handlers: Handlers<H>, options: UseBindingsOptions = {}): void {
  const nav = useNavigation();
  const active = options.isActive !== false;
  const register = options.registerHints !== false && active;
  const hints = hintsOf(bindings);
  const signature = JSON.stringify(hints);
  useEffect(() => {
    if (register) nav.setHints(hints);
    // The hints change only when their text does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, register, nav.setHints]);
  useKeys(
    (input, key) => {
      if (!dispatchKey(bindings, handlers, input, key)) options.otherKey?.(input, key);
    },
    { isActive: active },
  );
}
