import { describe, expect, it } from 'vitest';
import { dispatchKey, findBinding, hintsOf, keyEventFor, keyNamesOf, NO_KEY, type Binding } from '../../src/keys/bindings.js';

type H = 'move' | 'open' | 'back' | 'delete';
const table = (hasItems: boolean): Binding<H>[] => [
  { on: ['up', 'k', 'down', 'j'], keys: '↑↓', action: 'move', handler: 'move' },
  { on: ['enter'], keys: 'Enter', action: 'open', handler: 'open', when: hasItems },
  { on: ['x', 'delete'], keys: 'x', action: 'delete', handler: 'delete', when: hasItems },
  { on: ['escape'], keys: 'Esc', action: 'back', handler: 'back', hint: false },
];

describe('key bindings as data', () => {
  it('names Ink key events', () => {
    expect(keyNamesOf('', { ...NO_KEY, return: true }).names).toEqual(['enter']);
    expect(keyNamesOf('', { ...NO_KEY, tab: true, shift: true }).names).toEqual(['shift+tab']);
    expect(keyNamesOf('u', { ...NO_KEY, ctrl: true }).names).toEqual(['ctrl+u']);
    expect(keyNamesOf('jjj', NO_KEY)).toEqual({ names: ['j'], times: 3 });
    expect(keyNamesOf(' ', NO_KEY).names).toEqual(['space']);
    expect(keyNamesOf('hello', NO_KEY).names).toEqual([]); // text, not a binding
    expect(keyNamesOf('x', { ...NO_KEY, meta: true }).names).toEqual([]); // Alt+x is not x
  });

  it('fires the first active binding, once per character typed ahead', () => {
    const calls: string[] = [];
    const handlers = { move: (p: { name: string }) => calls.push(`move:${p.name}`), open: () => calls.push('open'), back: () => calls.push('back'), delete: () => calls.push('delete') };
    expect(dispatchKey(table(true), handlers, 'jj', NO_KEY)).toBe(true);
    expect(dispatchKey(table(true), handlers, '\r', { ...NO_KEY, return: true })).toBe(true);
    expect(dispatchKey(table(false), handlers, '\r', { ...NO_KEY, return: true })).toBe(false); // not active: not handled
    expect(dispatchKey(table(true), handlers, 'q', NO_KEY)).toBe(false);
    expect(calls).toEqual(['move:j', 'move:j', 'open']);
  });

  it('derives the hints from the active bindings only; hint:false stays out of the bar but in help', () => {
    expect(hintsOf(table(false))).toEqual([
      { keys: '↑↓', action: 'move', on: ['up', 'k', 'down', 'j'] },
      { keys: 'Esc', action: 'back', bar: false, on: ['escape'] },
    ]);
    expect(hintsOf(table(true)).map((h) => h.action)).toEqual(['move', 'open', 'delete', 'back']);
  });

  it('reaches every binding of a table by each of its keys (no binding shadowed by another)', () => {
    const t = table(true);
    for (const b of t) {
      for (const name of b.on) {
        const { input, key } = keyEventFor(name);
        expect(findBinding(t, input, key)?.binding).toBe(b);
      }
    }
  });
});
