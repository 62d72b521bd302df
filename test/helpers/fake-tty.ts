// A terminal's standard input for the app's input path (src/terminal/key-by-key.ts) without a
// terminal: what arrives is pushed to `data`, and `type` delivers it as one read.
import { EventEmitter } from 'node:events';

export function fakeTty() {
  const tty = Object.assign(new EventEmitter(), {
    isTTY: true,
    data: [] as string[],
    read(): string | null {
      return this.data.shift() ?? null;
    },
    setRawMode() {},
    setEncoding() {},
    ref() {},
    unref() {},
    pause() {},
    resume() {},
  });
  const type = (text: string): void => {
    tty.data.push(text);
    tty.emit('readable');
  };
  return Object.assign(tty, { type });
}
