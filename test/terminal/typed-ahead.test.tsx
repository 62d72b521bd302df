// Keys typed ahead reach the screens as typed: a key right after a lone Esc is not read as Alt+key,
// and keys wait for every screen and provider that is still loading, the first key included.
import { EventEmitter } from 'node:events';
import { fakeTty } from '../helpers/fake-tty.js';
import { render, useInput, type Key } from 'ink';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { holdKeysWhile, keyByKey, keyTakenIn } from '../../src/terminal/key-by-key.js';


const turns = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((r) => setImmediate(r));
};

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

async function app() {
  const seen: { input: string; key: Key }[] = [];
  function Probe(): null {
    useInput((input, key) => {
      seen.push({ input, key });
      keyTakenIn();
    });
    return null;
  }
  const tty = fakeTty();
  const stdout = Object.assign(new EventEmitter(), { columns: 80, rows: 24, isTTY: false, write: () => true });
  const r = render(<Probe />, { stdin: keyByKey(tty as unknown as NodeJS.ReadStream), stdout: stdout as unknown as NodeJS.WriteStream, patchConsole: false });
  unmount = () => r.unmount();
  await vi.waitFor(() => expect(tty.listenerCount('readable')).toBeGreaterThan(0));
  return { tty, seen };
}

describe('keys typed ahead', () => {
  it('hand a key typed right after a lone Esc over as itself, not as Alt+key', async () => {
    const { tty, seen } = await app();
    tty.type('\u001b');
    // The next key arrives at once, and the app has committed a frame meanwhile.
    tty.type('2');
    keyTakenIn();
    await vi.waitFor(() => expect(seen).toHaveLength(2), { timeout: 2000, interval: 2 });
    expect(seen[0]!.key.escape).toBe(true);
    expect(seen[1]!.input).toBe('2');
    expect(seen[1]!.key.meta).toBe(false);
  });

  it('wait for every hold, the earlier one too, and the first key as well as the rest', async () => {
    const { tty, seen } = await app();
    let screenShown = (): void => undefined;
    let providersLoaded = (): void => undefined;
    holdKeysWhile(new Promise<void>((r) => (screenShown = r)));
    holdKeysWhile(new Promise<void>((r) => (providersLoaded = r)));
    tty.type('\r');
    tty.type('x');
    providersLoaded();
    await turns(20);
    expect(seen).toEqual([]);
    screenShown();
    await vi.waitFor(() => expect(seen.map((s) => (s.key.return ? 'Enter' : s.input))).toEqual(['Enter', 'x']), { timeout: 2000, interval: 2 });
  });
});
