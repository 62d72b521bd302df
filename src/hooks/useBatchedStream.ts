// Streamed text at a capped render rate. Deltas collect in a ref; state (and so React and Ink)
// sees them at most once per `intervalMs`, however fast tokens arrive. The first delta after a
// quiet spell shows at once, so the time to first token is not padded by the batching.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

export interface BatchedStream {
  /** The text as last flushed to state (what the view shows). */
  text: string;
  /** Adds a delta; it reaches `text` within `intervalMs`. */
  append: (delta: string) => void;
  /** Pushes everything collected so far to `text` now (e.g. when the stream ends). */
  flush: () => void;
  /** Empties the text and drops anything not yet flushed. */
  reset: () => void;
  /** Everything appended so far, flushed or not (e.g. to save a partial reply). */
  current: () => string;
}

export function useBatchedStream(intervalMs = 40): BatchedStream {
  const [text, setText] = useState('');
  const buffer = useRef('');
  const shown = useRef('');
  const lastFlush = useRef(Number.NEGATIVE_INFINITY);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const cancelTimer = (): void => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  };

  const flush = useCallback(() => {
    cancelTimer();
    lastFlush.current = Date.now();
    if (buffer.current === shown.current) return;
    shown.current = buffer.current;
    setText(buffer.current);
  }, []);

  const append = useCallback(
    (delta: string) => {
      if (!delta) return;
      buffer.current += delta;
      if (timer.current !== undefined) return;
      const wait = lastFlush.current + intervalMs - Date.now();
      if (wait <= 0) flush();
      else timer.current = setTimeout(flush, wait);
    },
    [intervalMs, flush],
  );

  const reset = useCallback(() => {
    cancelTimer();
    buffer.current = '';
    shown.current = '';
    lastFlush.current = Number.NEGATIVE_INFINITY;
    setText('');
  }, []);

  const current = useCallback(() => buffer.current, []);

  useEffect(() => cancelTimer, []);

  return useMemo(() => ({ text, append, flush, reset, current }), [text, append, flush, reset, current]);
}
