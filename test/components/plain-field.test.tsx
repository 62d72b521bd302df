import { cleanup, render } from 'ink-testing-library';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { PlainField } from '../../src/components/PlainField.js';
import { pressKeys } from './press.js';

afterEach(() => cleanup());

function setup(initial = '') {
  const submitted: string[] = [];
  let current = initial;
  function Harness() {
    const [value, setValue] = useState(initial);
    current = value;
    return <PlainField label="Role" value={value} onChange={setValue} focused onSubmit={(v) => submitted.push(v)} placeholder="e.g. Backend engineer" />;
  }
  const r = render(<Harness />);
  return { ...r, submitted, value: () => current };
}

describe('PlainField (ink-text-input under our keys)', () => {
  it('types, edits with Backspace and ←, and submits with Enter', async () => {
    const f = setup();
    expect(f.lastFrame()).toContain('e.g. Backend engineer');
    await pressKeys(f, 'Backend', ' engineer', '\u007f', '\u001b[D', 'X', '\r');
    expect(f.value()).toBe('Backend engineXe');
    expect(f.submitted).toEqual(['Backend engineXe']);
    expect(f.lastFrame()).toMatch(/› Role\s+Backend engine/);
  });

  it('does not type the letter of a Ctrl combination, nor a pasted newline', async () => {
    const f = setup('abc');
    await pressKeys(f, '\u0015', '\u0001', 'd\r\n');
    expect(f.value()).toBe('abcd');
  });
});
