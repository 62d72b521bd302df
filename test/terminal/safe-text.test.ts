import { describe, expect, it } from 'vitest';
import { createSafeStream, hasUnsafeText, safeJson, safeText } from '../../src/terminal/safe-text.js';

const ESC = '\u001b';
/** Every byte that could act in a terminal: ESC, CSI/OSC/DCS introducers (7- and 8-bit), BEL, C1. */
const ACTIVE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

const hostile: Record<string, string> = {
  'OSC 52 clipboard write': `hi ${ESC}]52;c;ZWNobyBwd25lZA==\u0007 there`,
  'title change (ST-terminated)': `${ESC}]0;owned${ESC}\\after`,
  'screen clear': `${ESC}[2J${ESC}[H`,
  'full reset': `${ESC}c`,
  'colour': `${ESC}[31mred${ESC}[0m`,
  'DCS string': `${ESC}P1$qm${ESC}\\`,
  '8-bit CSI': '\u009b2J',
  '8-bit OSC': '\u009d0;t\u0007',
  'bidi override': 'abc\u202edcba\u202c',
  'isolates': '\u2066x\u2069',
  'zero width space': 'pass\u200bword',
  'carriage return overwrite': 'safe\rEVIL',
  'backspaces': 'abc\b\b\bxyz',
  'bell': 'ding\u0007',
};

describe('safeText', () => {
  for (const [name, text] of Object.entries(hostile)) {
    it(`neutralises ${name}`, () => {
      expect(safeText(text)).not.toMatch(ACTIVE);
      expect(hasUnsafeText(text)).toBe(true);
    });
  }

  it('shows an escape sequence as a visible trace instead of dropping it silently', () => {
    expect(safeText(`${ESC}[2Jx`)).toBe('\u241b[2Jx');
    expect(safeText(`a${ESC}]0;owned\u0007b`)).toBe('a\u241b]0;ownedb');
  });

  it('keeps newlines, tabs, CJK, emoji and joined emoji as they are', () => {
    const text = '第一行\n\tsecond 👩‍💻 👍🏽 ok';
    expect(safeText(text)).toBe(text);
    expect(hasUnsafeText(text)).toBe(false);
  });

  it('turns CRLF into a newline and a lone CR into a visible ␍', () => {
    expect(safeText('a\r\nb\rc')).toBe('a\nb\u240dc');
  });

  it('drops a zero-width joiner that joins nothing', () => {
    expect(safeText('to\u200dken')).toBe('token');
  });

  it('folds newlines for one-line places and expands tabs on request', () => {
    expect(safeText('a\n\nb', { oneLine: true })).toBe('a \u23ce b');
    expect(safeText('a\tb', { tabWidth: 2 })).toBe('a  b');
  });
});

describe('safeJson', () => {
  it('escapes C1, bidi and invisible characters and round-trips the data', () => {
    const value = { text: `x${ESC}[2J\u009b\u202e\u200by` };
    const json = safeJson(value);
    expect(json).not.toMatch(ACTIVE);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('createSafeStream (a reply that arrives in pieces)', () => {
  const pieces = (text: string, size: number): string[] => Array.from({ length: Math.ceil(text.length / size) }, (_, i) => text.slice(i * size, (i + 1) * size));

  for (const [name, text] of Object.entries(hostile)) {
    it(`neutralises ${name} however it is split`, () => {
      for (const size of [1, 2, 3, 5]) {
        const guard = createSafeStream();
        const out = pieces(text, size).map((p) => guard.push(p)).join('') + guard.end();
        expect(out, `split every ${size}`).not.toMatch(ACTIVE);
      }
    });
  }

  it('holds an unfinished sequence back until it completes, so it shows as one trace', () => {
    const guard = createSafeStream();
    expect(guard.push(`a${ESC}]0;ti`)).toBe('a');
    expect(guard.push(`tle\u0007b`)).toBe('\u241b]0;titleb');
    expect(guard.push('c\r')).toBe('c');
    expect(guard.push('\nd')).toBe('\nd');
    expect(guard.push(ESC)).toBe('');
    expect(guard.end()).toBe('\u241b');
  });

  it('passes plain text through at once', () => {
    const guard = createSafeStream();
    expect(guard.push('Hello, 世界 👩‍💻')).toBe('Hello, 世界 👩‍💻');
  });
});
