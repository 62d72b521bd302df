// The terminal stream Ink writes to, passed through Ink's public `stdout` option, with one change
// to the bytes: a run of "cursor to the next line" (CSI E) becomes one CSI n E. Ink 8's incremental
// writer steps over every unchanged row of a frame with its own CSI E, so a full-screen frame where
// one row changed costs three bytes per row of the screen; over SSH, for a streaming reply, that
// was half of all bytes written (bench/). CSI n E moves exactly as n × CSI E does (down n rows,
// to the first column, stopping at the bottom margin), so the screen is the same byte for byte.
// Nothing of Ink is changed; everything else is forwarded to the real stream untouched.
const NEXT_LINE_RUN = /(?:\u001b\[E){2,}/g;

export function compactNextLines(chunk: string): string {
  return chunk.replace(NEXT_LINE_RUN, (run) => `\u001b[${run.length / 3}E`);
}

const BEGIN_FRAME = '\u001b[?2026h';
const END_FRAME = '\u001b[?2026l';

/**
 * `stream` as Ink should get it: the same stream (size, events, TTY), with compacted writes. Ink
 * writes a frame as three writes (begin synchronized update, the frame, end); they go out as one,
 * one system call per frame instead of three. Everything from a begin mark to its end mark is
 * written in the same synchronous call by Ink; should an end never come, the next turn of the event
 * loop sends what is held.
 */
export function compactOutput<T extends NodeJS.WriteStream>(stream: T): T {
  let held: string | null = null;
  const write = (data: string): boolean => (stream.write as (c: string) => boolean).call(stream, data);
  const release = (): void => {
    if (held === null) return;
    const data = held;
    held = null;
    write(data);
  };
  return new Proxy(stream, {
    get(target, prop, receiver) {
      if (prop === 'write') {
        return (chunk: unknown, ...rest: unknown[]) => {
          if (typeof chunk !== 'string' || rest.length > 0) {
            release();
            return (target.write as (c: unknown, ...r: unknown[]) => boolean).call(target, chunk, ...rest);
          }
          if (chunk === BEGIN_FRAME && held === null) {
            held = chunk;
            queueMicrotask(release);
            return true;
          }
          if (held !== null) {
            held += compactNextLines(chunk);
            if (chunk === END_FRAME) release();
            return true;
          }
          return write(compactNextLines(chunk));
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
