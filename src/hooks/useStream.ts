// Owns one streaming reply: runs the provider, batches text deltas in a ref and flushes them to
// state at most every `flushMs`, so React renders at a capped rate however fast tokens arrive.
// Cancels on unmount. Views stay dumb: they read { text, status, metrics, error, notice }.
import { useCallback, useEffect, useRef, useState } from 'react';
import { isProviderError, ProviderError } from '../models/provider-error.js';
import type { ChatRequest, Provider } from '../providers/types.js';
import { t } from '../i18n/index.js';

export type StreamStatus = 'idle' | 'streaming' | 'done' | 'failed' | 'cancelled';

export interface StreamMetrics {
  firstTokenMs: number | null;
  totalMs: number;
  tokensPerSecond: number | null;
  inputTokens?: number;
  outputTokens?: number;
}

export interface StreamState {
  text: string;
  status: StreamStatus;
  metrics?: StreamMetrics;
  error?: ProviderError;
  /** e.g. the inference-profile retry; profileId set when the user may keep it. */
  notice?: { message: string; profileId?: string };
  /** Live figures while streaming. */
  startedAt?: number;
  firstTokenAt?: number;
}

export interface StreamResult {
  text: string;
  status: Exclude<StreamStatus, 'idle' | 'streaming'>;
  error?: ProviderError;
  metrics?: StreamMetrics;
}

export function useStream(flushMs = 40): {
  state: StreamState;
  start: (provider: Provider, request: ChatRequest, onFlush?: (text: string) => void) => Promise<StreamResult>;
  cancel: () => void;
  reset: () => void;
} {
  const [state, setState] = useState<StreamState>({ text: '', status: 'idle' });
  const buffer = useRef('');
  const controller = useRef<AbortController | null>(null);
  const timer = useRef<NodeJS.Timeout | null>(null);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      controller.current?.abort();
      if (timer.current) clearInterval(timer.current);
    };
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  const reset = useCallback(() => {
    buffer.current = '';
    setState({ text: '', status: 'idle' });
  }, []);

  const start = useCallback(
    async (provider: Provider, request: ChatRequest, onFlush?: (text: string) => void): Promise<StreamResult> => {
      controller.current?.abort();
      const ctrl = new AbortController();
      controller.current = ctrl;
      buffer.current = '';
      const startedAt = Date.now();
      setState({ text: '', status: 'streaming', startedAt });
      let flushed = '';
      const flush = (): void => {
        if (!mounted.current || buffer.current === flushed) return;
        flushed = buffer.current;
        const text = flushed;
        setState((s) => ({ ...s, text }));
        onFlush?.(text);
      };
      // This stream's own timer: a second start() must not clear it or leave the first one running.
      const ticking = setInterval(flush, flushMs);
      if (timer.current) clearInterval(timer.current);
      timer.current = ticking;
      let metrics: StreamMetrics | undefined;
      let usage: { inputTokens: number; outputTokens: number } | undefined;
      const finish = (result: StreamResult): StreamResult => {
        clearInterval(ticking);
        if (timer.current === ticking) timer.current = null;
        if (controller.current !== ctrl) return result; // a newer stream owns the state now
        flush();
        if (mounted.current) {
          setState((s) => ({ ...s, text: result.text, status: result.status, error: result.error, metrics: result.metrics }));
        }
        return result;
      };
      try {
        for await (const event of provider.stream(request, ctrl.signal)) {
          if (event.type === 'text') {
            if (!buffer.current && mounted.current) setState((s) => ({ ...s, firstTokenAt: Date.now() }));
            buffer.current += event.text;
          } else if (event.type === 'usage') usage = { inputTokens: event.inputTokens, outputTokens: event.outputTokens };
          else if (event.type === 'metrics') {
            metrics = { firstTokenMs: event.firstTokenMs, totalMs: event.totalMs, tokensPerSecond: event.tokensPerSecond };
          } else if (event.type === 'notice' && mounted.current) {
            const notice = { message: event.message, ...(event.profileId ? { profileId: event.profileId } : {}) };
            setState((s) => ({ ...s, notice }));
          }
        }
        return finish({ text: buffer.current, status: 'done', metrics: metrics && { ...metrics, ...usage } });
      } catch (e) {
        const error = isProviderError(e)
          ? e
          : new ProviderError('unknown', e instanceof Error ? e.message : String(e), t('common.stream.seeLog', { command: 'mockview logs' }), { message: String(e) });
        return finish({ text: buffer.current, status: error.errorClass === 'cancelled' ? 'cancelled' : 'failed', error });
      }
    },
    [flushMs],
  );

  return { state, start, cancel, reset };
}
