// One cancellable operation at a time: start() aborts the previous one and hands out a fresh
// signal; unmounting aborts whatever is still running, so a closed screen stops its stream.
import { useCallback, useEffect, useMemo, useRef } from 'react';

export interface AbortHandle {
  /** Aborts the running operation (if any) and returns the signal for a new one. */
  start: () => AbortSignal;
  /** Aborts the running operation; a no-op when nothing runs. */
  abort: (reason?: unknown) => void;
  /** The running operation's signal, if any. */
  current: () => AbortSignal | undefined;
}

export function useAbortController(): AbortHandle {
  const controller = useRef<AbortController | undefined>(undefined);
  const abort = useCallback((reason?: unknown) => {
    controller.current?.abort(reason);
    controller.current = undefined;
  }, []);
  const start = useCallback(() => {
    controller.current?.abort();
    controller.current = new AbortController();
    return controller.current.signal;
  }, []);
  const current = useCallback(() => controller.current?.signal, []);
  useEffect(() => () => controller.current?.abort(), []);
  return useMemo(() => ({ start, abort, current }), [start, abort, current]);
}
