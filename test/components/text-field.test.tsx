import { cleanup, render } from 'ink-testing-library';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { maskForDisplay, TextField, type TextFieldProps } from '../../src/components/TextField.js';
import { eventually, pressKey } from './press.js';

const SECRET = 'ABCDsecretKEYvalue1234wxyz';

function setup(props: Partial<TextFieldProps> & { initial?: string } = {}) {
  const submitted: string[] = [];
  let setFocus: (f: boolean) => void = () => {};
  let current = props.initial ?? '';
  function Harness() {
    const [value, setValue] = useState(props.initial ?? '');
    const [focused, setFocused] = useState(props.focused ?? true);
    setFocus = setFocused;
    current = value;
    return (
      <TextField
        label="API key"
        {...props}
        value={value}
        focused={focused}
        onChange={setValue}
        onSubmit={(v) => submitted.push(v)}
      />
    );
  }
  const r = render(<Harness />);
  const press = async (...keys: string[]): Promise<void> => {
    for (const k of keys) await pressKey(r, k);
  };
  return { ...r, press, submitted, value: () => current, blur: async () => {
      const before = r.lastFrame();
      setFocus(false);
      await eventually(() => expect(r.lastFrame()).not.toBe(before));
    } };
}

afterEach(() => cleanup());

describe('maskForDisplay', () => {
  it('shows the first and last four of a long secret only', () => {
    expect(maskForDisplay(SECRET)).toBe('ABCD••••••••wxyz');
    expect(maskForDisplay('short')).toBe('••••••••');
    expect(maskForDisplay('')).toBe('');
  });
});

describe('TextField', () => {
  it('shows label, focus marker and typed text', async () => {
    const f = setup({ label: 'Name' });
    await f.press('Bedrock', ' Claude');
    expect(f.lastFrame()).toContain('› Name');
    expect(f.lastFrame()).toContain('Bedrock Claude');
    await f.press('\r');
    expect(f.submitted).toEqual(['Bedrock Claude']);
  });

  it('never shows a masked secret in any frame, typed or pasted', async () => {
    const f = setup({ mask: true });
    for (const ch of SECRET.slice(0, 8)) await f.press(ch);
    await f.press(`${SECRET.slice(8)}\r\n`); // a paste with its trailing newline
    expect(f.value()).toBe(SECRET);
    expect(f.lastFrame()).toContain('•'.repeat(SECRET.length));
    await f.blur();
    expect(f.lastFrame()).toContain('ABCD••••••••wxyz');
    for (const frame of f.frames) {
      expect(frame).not.toContain('secret');
      expect(frame).not.toContain(SECRET.slice(4, -4));
      expect(frame).not.toMatch(/ABCDs/);
    }
  });

  it('edits inside the text: ←/→, Home/End, Backspace, Ctrl+U, and Enter submits', async () => {
    const e = setup({ label: 'Name', initial: 'Work' });
    await e.press('\u001b[D', '\u001b[D', 'X'); // cursor starts at the end
    expect(e.value()).toBe('WoXrk');
    await e.press('\u007f');
    expect(e.value()).toBe('Work');
    await e.press('\u001b[H', '>', '\u001b[F', '!');
    expect(e.value()).toBe('>Work!');
    await e.press('\u001b[D', '\u0015'); // Ctrl+U keeps what is right of the cursor
    expect(e.value()).toBe('!');
    await e.press('\r');
    expect(e.submitted).toEqual(['!']);
  });

  it('drops line breaks and control characters from a paste', async () => {
    const e = setup({ label: 'Region' });
    await e.press('us-east-1\r\n');
    expect(e.value()).toBe('us-east-1');
  });

  it('accepts the older `secret` prop as mask', () => {
    const f = setup({ secret: true, focused: false, initial: SECRET });
    expect(f.lastFrame()).toContain('ABCD••••••••wxyz');
    expect(f.lastFrame()).not.toContain('KEY');
  });

  it('shows an error under the field with ✗', () => {
    const f = setup({ error: 'the API key is empty', hint: 'never shown with an error' });
    expect(f.lastFrame()).toMatch(/\n\s+✗ the API key is empty/);
    expect(f.lastFrame()).not.toContain('never shown');
  });

  it('shows the placeholder and the hint', () => {
    const f = setup({ label: 'Endpoint', placeholder: 'optional (VPC endpoint)', hint: 'https://…', focused: false });
    expect(f.lastFrame()).toContain('optional (VPC endpoint)');
    expect(f.lastFrame()).toContain('https://…');
    expect(f.lastFrame()).not.toContain('›');
  });
});
