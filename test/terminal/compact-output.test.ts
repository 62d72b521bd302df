import xterm from '@xterm/headless';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { compactNextLines, compactOutput } from '../../src/terminal/compact-output.js';

const E = '\u001b[E';

function screenAfter(data: string): Promise<string[]> {
  const term = new xterm.Terminal({ cols: 20, rows: 6, allowProposedApi: true });
  return new Promise((resolve) => term.write(data, () => resolve(Array.from({ length: 6 }, (_, y) => term.buffer.active.getLine(y)?.translateToString(true) ?? ''))));
}

describe('compacted terminal output', () => {
  it('turns a run of next-line moves into one, leaving single ones and other bytes alone', () => {
    expect(compactNextLines(`a${E}${E}${E}b${E}c`)).toBe(`a\u001b[3Eb${E}c`);
    expect(compactNextLines('plain\r\ntext')).toBe('plain\r\ntext');
  });

  it('leaves the screen exactly as the uncompacted bytes do, even at the bottom margin', async () => {
    const frame = `\u001b[H1${E}${E}2${E}${E}${E}${E}${E}${E}${E}${E}3\u001b[3A${E}${E}4`;
    expect(await screenAfter(compactNextLines(frame))).toEqual(await screenAfter(frame));
  });

  it('sends a synchronized frame as one write, and passes the stream through otherwise', () => {
    const writes: string[] = [];
    const stream = Object.assign(new EventEmitter(), { columns: 80, rows: 24, isTTY: true, write: (s: string) => (writes.push(s), true) });
    const out = compactOutput(stream as unknown as NodeJS.WriteStream);
    out.write('\u001b[?2026h');
    out.write(`x${E}${E}y`);
    out.write('\u001b[?2026l');
    out.write('after');
    expect(writes).toEqual([`\u001b[?2026hx\u001b[2Ey\u001b[?2026l`, 'after']);
    expect(out.columns).toBe(80);
    let resized = false;
    out.on('resize', () => (resized = true));
    stream.emit('resize');
    expect(resized).toBe(true);
  });
});
