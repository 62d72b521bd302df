// Streams one reply with the real client and collects what a consumer would see.
import { afterAll, afterEach, beforeAll } from 'vitest';
import { resetClients, streamConverse, type StreamConverseOptions } from '../../src/bedrock/client.js';
import { ProviderError } from '../../src/models/provider-error.js';
import type { StreamEvent } from '../../src/providers/types.js';
import type { ModelConfig } from '../../src/store/schema.js';
import { scenarios, startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';

export const hello = { messages: [{ role: 'user' as const, text: 'Hello' }] };
/** Short timeouts and retry delays so fault tests stay fast. */
export const fast = { timeouts: { connectMs: 300, firstTokenMs: 2000, stallMs: 400 }, retry: { baseDelayMs: 1 } };

export async function collect(config: ModelConfig, opts: Partial<StreamConverseOptions> = {}) {
  const events: StreamEvent[] = [];
  let text = '';
  let error: ProviderError | undefined;
  try {
    for await (const e of streamConverse({ config, request: hello, ...fast, ...opts })) {
      events.push(e);
      if (e.type === 'text') text += e.text;
    }
  } catch (e) {
    if (!(e instanceof ProviderError)) throw e;
    error = e;
  }
  return { events, text, error };
}

/**
 * One fake Bedrock for a test file: started before its tests, reset to a normal reply with no
 * recorded requests after each, closed (with the cached SDK clients) at the end. The handle can be
 * taken at module level; it reaches the running server.
 */
export function useFakeBedrock(): FakeBedrock {
  let fake: FakeBedrock | undefined;
  beforeAll(async () => {
    fake = await startFakeBedrock();
  });
  afterAll(async () => {
    resetClients();
    await fake?.close();
  });
  afterEach(() => {
    fake!.requests.length = 0;
    fake!.setScenario(scenarios.normal());
  });
  return new Proxy({} as FakeBedrock, {
    get(_target, key) {
      const value = (fake as unknown as Record<PropertyKey, unknown>)[key];
      return typeof value === 'function' ? value.bind(fake) : value;
    },
  });
}
