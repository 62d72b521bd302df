import { fakeTty } from '../helpers/fake-tty.js';
import { describe, expect, it } from 'vitest';
import { keyByKey } from '../../src/terminal/key-by-key.js';
import { onWheel, takeMouseReport, type WheelDirection } from '../../src/terminal/mouse.js';

describe('mouse reports', () => {
  it('announces wheel turns and swallows clicks and drags, in the SGR and the old encoding', () => {
    const seen: WheelDirection[] = [];
    const off = onWheel((d) => seen.push(d));
    expect(takeMouseReport('\u001b[<64;10;5M')).toBe(true);
    expect(takeMouseReport('\u001b[<65;10;5M')).toBe(true);
    expect(takeMouseReport('\u001b[<0;10;5M')).toBe(true); // click
    expect(takeMouseReport('\u001b[<32;11;5M')).toBe(true); // drag
    expect(takeMouseReport('\u001b[<0;10;5m')).toBe(true); // release
    expect(takeMouseReport(`\u001b[M${String.fromCharCode(96)}!!`)).toBe(true); // old encoding, wheel up
    expect(takeMouseReport('\u001b[A')).toBe(false);
    expect(takeMouseReport('a')).toBe(false);
    off();
    expect(seen).toEqual(['up', 'down', 'up']);
  });

  it('never hands a mouse report to the screens as keys: a drag over the answer types nothing', () => {
    const stdin = fakeTty();
    const keys = keyByKey(stdin as unknown as NodeJS.ReadStream);
    const got: string[] = [];
    keys.on('readable', () => {
      let k: string | null;
      while ((k = keys.read() as string | null) !== null) got.push(k);
    });
    stdin.data.push('a\u001b[<0;10;5M\u001b[<32;11;5M\u001b[<0;11;5m');
    stdin.emit('readable');
    expect(got).toEqual(['a']);
  });
});
