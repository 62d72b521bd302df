// Streams one reply with the real client and collects what a consumer would see.
import { streamConverse, type StreamConverseOptions } from '../../src/bedrock/client.js';
import { ProviderError } from '../../src/bedrock/error-types.js';
import type { StreamEvent } from '../../src/providers/types.js';
import type { ModelConfig } from '../../src/store/schema.js';

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
