import { cleanup, render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { HelpOverlay, type HelpGroup } from '../../src/components/HelpOverlay.js';
import { fitHints, formatHints, KeyHints, type KeyHint } from '../../src/components/KeyHints.js';
import { ESC, pressKey } from './press.js';

afterEach(() => cleanup());

const chat: KeyHint[] = [
  { keys: 'Enter', action: 'send' },
  { keys: 'Ctrl+J', action: 'newline' },
  { keys: 'Esc', action: 'cancel reply' },
  { keys: 'Ctrl+R', action: 'retry' },
  { keys: 'Ctrl+E', action: 'end interview' },
  { keys: 'PgUp/PgDn', action: 'scroll history' },
  { keys: '?', action: 'keys' },
  { keys: 'Ctrl+C', action: 'quit' },
];

describe('KeyHints', () => {
  it('shows every hint when they fit', () => {
    expect(formatHints(chat.slice(0, 3), 80)).toBe('Enter send · Ctrl+J newline · Esc cancel reply');
  });

  it('drops hints from the end with … at 80 columns and never wraps', () => {
    const line = formatHints(chat, 80);
    expect(stringWidth(line)).toBeLessThanOrEqual(80);
    expect(line.endsWith(' …')).toBe(true);
    expect(line).toContain('Enter send');
    const { lastFrame } = render(<KeyHints hints={chat} width={80} />);
    expect(lastFrame()).toBe(line);
    expect(lastFrame()!.split('\n')).toHaveLength(1);
  });

  it('stays on one line however narrow', () => {
    for (const width of [10, 20, 33, 47]) {
      const line = formatHints(chat, width);
      expect(stringWidth(line), `width ${width}`).toBeLessThanOrEqual(width);
      const { lastFrame } = render(<KeyHints hints={chat} width={width} />);
      expect(lastFrame()!.split('\n')).toHaveLength(1);
    }
    expect(fitHints(chat, 5)).toEqual({ shown: [], cut: true });
    expect(formatHints(chat, 8)).toBe('Enter s…');
  });

  it('uses the terminal width when none is given', () => {
    const { lastFrame } = render(<KeyHints hints={chat} />);
    expect(stringWidth(lastFrame()!)).toBeLessThanOrEqual(100);
    expect(lastFrame()).toContain('Ctrl+E end interview');
  });
});

describe('HelpOverlay', () => {
  const groups: HelpGroup[] = [
    { title: 'This screen', hints: chat.slice(0, 5) },
    { title: 'Everywhere', hints: [{ keys: '?', action: 'keys' }, { keys: 'Ctrl+C', action: 'quit' }] },
    { title: 'Empty', hints: [] },
  ];

  it('lists the bindings in groups and closes with Esc or ?', async () => {
    let closed = 0;
    const r = render(<HelpOverlay groups={groups} onClose={() => closed++} />);
    const frame = r.lastFrame()!;
    expect(frame).toContain('This screen');
    expect(frame).toContain('Ctrl+J');
    expect(frame).toMatch(/Ctrl\+E\s+end interview/);
    expect(frame).toContain('Everywhere');
    expect(frame).not.toContain('Empty');
    await pressKey(r, '?');
    expect(closed).toBe(1);
    await pressKey(r, ESC, () => closed === 2);
    expect(closed).toBe(2);
  });

  it('scrolls instead of growing taller than maxRows', async () => {
    const r = render(<HelpOverlay groups={groups} onClose={() => {}} maxRows={8} />);
    expect(r.lastFrame()!.split('\n')).toHaveLength(8);
    expect(r.lastFrame()).not.toContain('Everywhere');
    for (let i = 0; i < 6; i++) await pressKey(r, '\u001b[B');
    expect(r.lastFrame()).toContain('Everywhere');
    expect(r.lastFrame()!.split('\n')).toHaveLength(8);
  });
});
