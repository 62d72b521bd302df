// Shift+Enter as xterm sends it (modifyOtherKeys: ESC[27;2;13~) reaches the screens as Shift+Enter
// through the app's input path, where Ink 8 alone would drop it unseen.
import { EventEmitter } from 'node:events';
import { fakeTty } from '../helpers/fake-tty.js';
import { render, useInput, type Key } from 'ink';
import { describe, expect, it, vi } from 'vitest';
import { isModifiedEnter } from '../../src/components/keys.js';
import { keyByKey, splitKeys } from '../../src/terminal/key-by-key.js';


describe("xterm's modified Enter", () => {
  it('is handed on in the form Ink reads', () => {
    expect(splitKeys('d\u001b[27;2;13~e')).toEqual(['d', '\u001b[13;2u', 'e']);
    expect(splitKeys('\u001b[27;3;13~')).toEqual(['\u001b[13;3u']);
    // Other modifyOtherKeys keys are left as they came.
    expect(splitKeys('\u001b[27;5;9~')).toEqual(['\u001b[27;5;9~']);
  });

  it('reaches a screen as Shift+Enter, which the answer editor takes for a newline', async () => {
    const seen: { input: string; key: Key }[] = [];
    function Probe(): null {
      useInput((input, key) => {
        seen.push({ input, key });
      });
      return null;
    }
    const tty = fakeTty();
    const stdout = Object.assign(new EventEmitter(), { columns: 80, rows: 24, isTTY: false, write: () => true });
    const app = render(<Probe />, { stdin: keyByKey(tty as unknown as NodeJS.ReadStream), stdout: stdout as unknown as NodeJS.WriteStream, patchConsole: false });
    await vi.waitFor(() => expect(tty.listenerCount('readable')).toBeGreaterThan(0));
    tty.data.push('\u001b[27;2;13~');
    tty.emit('readable');
    await vi.waitFor(() => expect(seen).toHaveLength(1), { timeout: 2000, interval: 2 });
    expect(seen[0]!.key.return).toBe(true);
    expect(seen[0]!.key.shift).toBe(true);
    expect(isModifiedEnter(seen[0]!.input, seen[0]!.key)).toBe(true);
    app.unmount();
  });
});
