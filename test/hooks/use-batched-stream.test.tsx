import { Text } from 'ink';
import { cleanup, render } from 'ink-testing-library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useBatchedStream, type BatchedStream } from '../../src/hooks/useBatchedStream.js';

/** Lets React commit (its scheduler runs on setImmediate, which stays real here). */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
};
const advance = async (ms: number): Promise<void> => {
  await vi.advanceTimersByTimeAsync(ms);
  await settle();
};

function setup(intervalMs?: number) {
  // The text of every render that showed something new: one entry per flush that reached React.
  const seen: string[] = [''];
  let api!: BatchedStream;
  function Harness() {
    const stream = useBatchedStream(intervalMs);
    api = stream;
    if (seen.at(-1) !== stream.text) seen.push(stream.text);
    return <Text>{stream.text || '(empty)'}</Text>;
  }
  const r = render(<Harness />);
  return { ...r, flushes: () => seen.slice(1), api: () => api };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useBatchedStream', () => {
  it('shows the first delta at once, then at most one update per interval', async () => {
    const s = setup(40);
    s.api().append('a');
    await settle();
    expect(s.flushes()).toEqual(['a']);
    // 200 tokens, one every millisecond.
    for (let i = 0; i < 200; i++) {
      await vi.advanceTimersByTimeAsync(1);
      s.api().append('b');
    }
    await advance(40);
    const all = `a${'b'.repeat(200)}`;
    expect(s.flushes().length).toBeGreaterThanOrEqual(5);
    expect(s.flushes().length).toBeLessThanOrEqual(7); // 1 + 200 ms / 40 ms, +1 for the tail
    expect(s.flushes().at(-1)).toBe(all);
    expect(s.lastFrame()!.replace(/\n/g, '')).toBe(all);
  });

  it('flushes within the interval even when no more tokens come', async () => {
    const s = setup(40);
    s.api().append('Hello');
    s.api().append(', world');
    await settle();
    expect(s.flushes()).toEqual(['Hello']);
    await advance(39);
    expect(s.flushes()).toEqual(['Hello']);
    await advance(1);
    expect(s.flushes()).toEqual(['Hello', 'Hello, world']);
  });

  it('flush() shows everything now; current() sees text not yet flushed', async () => {
    const s = setup(50);
    s.api().append('one ');
    s.api().append('two');
    expect(s.api().current()).toBe('one two');
    await settle();
    expect(s.api().text).toBe('one ');
    s.api().flush();
    await settle();
    expect(s.api().text).toBe('one two');
    expect(s.flushes()).toEqual(['one ', 'one two']);
  });

  it('reset() empties the text and drops a pending flush', async () => {
    const s = setup(40);
    s.api().append('a');
    s.api().append('b');
    s.api().reset();
    await advance(100);
    expect(s.api().text).toBe('');
    expect(s.api().current()).toBe('');
    expect(s.flushes().some((t) => t.includes('b'))).toBe(false); // the pending 'b' never showed
    s.api().append('c');
    await settle();
    expect(s.api().text).toBe('c');
  });

  it('stops its timer on unmount', () => {
    const s = setup(40);
    s.api().append('a');
    s.api().append('b');
    expect(vi.getTimerCount()).toBe(1);
    s.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });
});
