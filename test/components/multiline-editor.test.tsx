import { cleanup, render } from 'ink-testing-library';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MultiLineEditor, type MultiLineEditorProps } from '../../src/components/MultiLineEditor.js';
import { eventually, keyProbe, pressKey } from './press.js';

const KEY = {
  left: '\u001b[D',
  right: '\u001b[C',
  up: '\u001b[A',
  down: '\u001b[B',
  home: '\u001b[H',
  end: '\u001b[F',
  enter: '\r',
  ctrlJ: '\n',
  altEnter: '\u001b\r',
  kittyShiftEnter: '\u001b[13;2u',
  xtermShiftEnter: '\u001b[27;2;13~',
  kittyCtrlJ: '\u001b[106;5u',
  backspace: '\u007f',
  ctrlU: '\u0015',
  ctrlC: '\u0003',
  ctrlE: '\u0005',
  esc: '\u001b',
  tab: '\t',
};

function setup(props: Partial<MultiLineEditorProps> = {}) {
  const submitted: string[] = [];
  const changes: string[] = [];
  let firstKeys = 0;
  const probe = keyProbe();
  const r = render(
    <>
      <probe.Probe />
      <MultiLineEditor
      width={40}
      cursorStyle="bar"
      onSubmit={(t) => submitted.push(t)}
      onChange={(t) => changes.push(t)}
      onFirstKey={() => firstKeys++}
      {...props}
      />
    </>,
  );
  const press = async (...keys: string[]): Promise<void> => {
    for (const k of keys) await pressKey(r, k, undefined, probe);
  };
  const text = (): string => changes[changes.length - 1] ?? '';
  return { ...r, press, submitted, changes, text, firstKeys: () => firstKeys };
}

afterEach(() => cleanup());

describe('MultiLineEditor', () => {
  it('types text and sends it with Enter, then clears', async () => {
    const e = setup();
    await e.press('h', 'i', ' ', 'there');
    expect(e.lastFrame()).toBe('hi there▌');
    await e.press(KEY.enter);
    expect(e.submitted).toEqual(['hi there']);
    expect(e.text()).toBe('');
  });

  it('does not send an empty answer', async () => {
    const e = setup();
    await e.press(KEY.enter, ' ', KEY.enter);
    expect(e.submitted).toEqual([]);
  });

  it('inserts a newline with Ctrl+J, Alt+Enter and Shift+Enter (kitty form)', async () => {
    const e = setup({ maxRows: 10 });
    await e.press('a', KEY.ctrlJ, 'b', KEY.altEnter, 'c', KEY.kittyShiftEnter, 'd', KEY.kittyCtrlJ, 'e');
    expect(e.text()).toBe('a\nb\nc\nd\ne');
    expect(e.submitted).toEqual([]);
    expect(e.lastFrame()).toBe('a\nb\nc\nd\ne▌');
  });

  it("neither sends nor types xterm's modifyOtherKeys Shift+Enter, which Ink 8 drops", async () => {
    // Ink 8's App drops a complete CSI sequence that names no key (ESC[27;2;13~) before any
    // useInput handler sees it; Ink 6 handed it over as the text '[27;2;13~'.
    const e = setup({ maxRows: 10 });
    await e.press('d', KEY.xtermShiftEnter, 'e');
    expect(e.text()).toBe('de');
    expect(e.submitted).toEqual([]);
  });

  it('keeps the newlines of a paste and does not send it', async () => {
    const e = setup();
    await e.press('line one\rline two\r\nline three\r');
    expect(e.submitted).toEqual([]);
    expect(e.text()).toBe('line one\nline two\nline three\n');
    await e.press('x', KEY.enter);
    expect(e.submitted).toEqual(['line one\nline two\nline three\nx']);
  });

  it('treats Enter inside a bracketed paste as a newline', async () => {
    const e = setup();
    await e.press('\u001b[200~', 'first', '\r', 'second', '\u001b[201~');
    expect(e.submitted).toEqual([]);
    expect(e.text()).toBe('first\nsecond');
    await e.press(KEY.enter);
    expect(e.submitted).toEqual(['first\nsecond']);
  });

  it('handles Backspace and Enter typed ahead into one chunk as keys', async () => {
    const e = setup();
    await e.press('answer', '\u007f\u007f\r');
    expect(e.submitted).toEqual(['answ']);
  });

  it('applies Backspaces inside a chunk of text', async () => {
    const e = setup();
    await e.press('helo\u007flo\rworld');
    expect(e.text()).toBe('hello\nworld');
    expect(e.submitted).toEqual([]);
  });

  it('joins lines with Backspace at a line start', async () => {
    const e = setup();
    await e.press('ab', KEY.ctrlJ, 'cd', KEY.left, KEY.left, KEY.backspace);
    expect(e.text()).toBe('abcd');
    expect(e.lastFrame()).toBe('ab▏cd');
  });

  it('moves the cursor with the arrows and edits in the middle', async () => {
    const e = setup();
    await e.press('abc', KEY.ctrlJ, 'de', KEY.up, 'X');
    expect(e.text()).toBe('abXc\nde');
    await e.press(KEY.down, KEY.home, 'Y', KEY.end, 'Z');
    expect(e.text()).toBe('abXc\nYdeZ');
  });

  it('clears the line before the cursor with Ctrl+U', async () => {
    const e = setup();
    await e.press('keep', KEY.ctrlJ, 'drop this', KEY.ctrlU);
    expect(e.text()).toBe('keep\n');
  });

  it('handles CJK input by code point and width', async () => {
    const e = setup({ width: 11 }); // 10 columns of text: five wide characters per row
    await e.press('你好', KEY.left, 'a');
    expect(e.text()).toBe('你a好');
    await e.press(KEY.backspace, KEY.end, '世界你好😀');
    expect(e.text()).toBe('你好世界你好😀');
    expect(e.lastFrame()).toBe('你好世界你\n好😀▌');
  });

  it('reports the first keystroke once per answer', async () => {
    const e = setup();
    await e.press(KEY.left, KEY.right);
    expect(e.firstKeys()).toBe(0);
    await e.press('a', 'b');
    expect(e.firstKeys()).toBe(1);
    await e.press(KEY.enter, 'c');
    expect(e.firstKeys()).toBe(2);
  });

  it('leaves Ctrl combinations, Esc and Tab to the screen', async () => {
    const e = setup();
    await e.press('a', KEY.ctrlC, KEY.ctrlE, KEY.esc, KEY.tab);
    expect(e.text()).toBe('a');
    expect(e.lastFrame()).toBe('a▌');
  });

  it('shows at most maxRows rows and scrolls to the cursor', async () => {
    const e = setup({ maxRows: 3 });
    await e.press('1\r2\r3\r4\r5\r6');
    expect(e.lastFrame()).toBe('5\n6▌\n↑ 4 more lines');
    await e.press(KEY.up, KEY.up, KEY.up, KEY.up, KEY.up);
    expect(e.lastFrame()).toBe('1▌\n2\n↓ 4 more lines'); // the column is kept
    await e.press(KEY.down, KEY.down);
    expect(e.lastFrame()).toBe('2\n3▌\n↑ 1 · ↓ 3 more lines');
  });

  it('wraps long lines within the width', async () => {
    const e = setup({ width: 21 });
    await e.press('I compared p99 latency and error rates');
    expect(e.lastFrame()).toBe('I compared p99\nlatency and error\nrates▌');
  });

  it('takes a new value from the parent and ignores keys when disabled', async () => {
    function Parent({ disabled }: { disabled: boolean }) {
      const [value, setValue] = useState('draft');
      return <MultiLineEditor value={value} onChange={setValue} onSubmit={() => setValue('')} width={40} cursorStyle="bar" disabled={disabled} />;
    }
    const r = render(<Parent disabled={false} />);
    expect(r.lastFrame()).toBe('draft▌');
    await pressKey(r, '!');
    expect(r.lastFrame()).toBe('draft!▌');
    r.rerender(<Parent disabled />);
    await eventually(() => expect(r.lastFrame()).toBe('draft!'));
    await pressKey(r, '?');
    expect(r.lastFrame()).toBe('draft!');
  });

  it('shows the placeholder when empty', () => {
    const e = setup({ placeholder: 'Type your answer' });
    expect(e.lastFrame()).toBe('▏Type your answer');
  });
});
