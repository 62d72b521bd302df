import { render, Text } from 'ink';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTerminalSize } from '../../src/hooks/useTerminalSize.js';

/** Waits until the last frame written shows `text` (the resize reaches the hook, then a render). */
const drawn = (stdout: FakeTerminal, text: string): Promise<void> => vi.waitFor(() => expect(stdout.frames.at(-1)).toContain(text), { timeout: 2000, interval: 1 });

/** A stdout that can be resized, as a terminal emulator does. */
class FakeTerminal extends EventEmitter {
  columns = 80;
  rows = 24;
  isTTY = true;
  frames: string[] = [];
  write = (frame: string): boolean => {
    this.frames.push(frame);
    return true;
  };
  resize(columns: number, rows: number): void {
    this.columns = columns;
    this.rows = rows;
    this.emit('resize');
  }
}

function Size() {
  const { columns, rows } = useTerminalSize();
  return <Text>{`${columns}x${rows}`}</Text>;
}

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

describe('useTerminalSize', () => {
  it('follows resizes', async () => {
    const stdout = new FakeTerminal();
    const instance = render(<Size />, { stdout: stdout as unknown as NodeJS.WriteStream, debug: true, patchConsole: false });
    unmount = instance.unmount;
    expect(stdout.frames.at(-1)).toContain('80x24');
    stdout.resize(120, 40);
    await drawn(stdout, '120x40');
    stdout.resize(60, 20);
    await drawn(stdout, '60x20');
  });

  it('falls back to 80×24 when the size is unknown', async () => {
    const stdout = new FakeTerminal();
    Object.assign(stdout, { columns: 0, rows: 0 });
    const instance = render(<Size />, { stdout: stdout as unknown as NodeJS.WriteStream, debug: true, patchConsole: false });
    unmount = instance.unmount;
    expect(stdout.frames.at(-1)).toContain('80x24');
  });
});
