import { render } from 'ink-testing-library';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup } from 'ink-testing-library';
import { Slider, type SliderProps } from '../../src/components/Slider.js';
import { decimalsOf, formatSliderValue, parseTyped, sliderBar, snapToStep, stepValue } from '../../src/components/slider-math.js';
import { pressKey } from './press.js';

const KEY = {
  left: '\u001b[D',
  right: '\u001b[C',
  shiftLeft: '\u001b[1;2D',
  shiftRight: '\u001b[1;2C',
  pageUp: '\u001b[5~',
  pageDown: '\u001b[6~',
  home: '\u001b[H',
  end: '\u001b[F',
  homeVt: '\u001b[1~',
  endVt: '\u001b[4~',
  enter: '\r',
  esc: '\u001b',
  backspace: '\u007f',
};

function setup(props: Partial<SliderProps> = {}) {
  const changes: Array<number | undefined> = [];
  function Harness() {
    const [value, setValue] = useState<number | undefined>('value' in props ? props.value : 0.7);
    return (
      <Slider
        label="temperature"
        min={0}
        max={1}
        step={0.05}
        recommended={0.7}
        focused
        {...props}
        value={value}
        onChange={(v) => {
          changes.push(v);
          setValue(v);
        }}
      />
    );
  }
  const r = render(<Harness />);
  const press = async (...keys: string[]): Promise<void> => {
    for (const k of keys) await pressKey(r, k);
  };
  return { ...r, press, changes, last: () => changes[changes.length - 1] };
}

afterEach(() => cleanup());

describe('slider arithmetic', () => {
  it.each([
    [0.7, 0.05, 0.75],
    [0.1, 0.2, 0.3],
    [0.95, 0.1, 1],
    [0.05, -0.1, 0],
    [0.72, 0.05, 0.75], // off the grid: snapped
  ])('stepValue(%s, %s) in 0–1 by 0.05 is %s', (value, delta, expected) => {
    expect(stepValue(value, delta, { min: 0, max: 1, step: 0.05 })).toBe(expected);
  });

  it('keeps integer steps on the grid from min and lets max be reached', () => {
    const range = { min: 256, max: 65536, step: 256 };
    expect(stepValue(8192, 2560, range)).toBe(10752);
    expect(stepValue(65280, 2560, range)).toBe(65536);
    expect(snapToStep(8000, range)).toBe(7936);
    expect(stepValue(300, -256, range)).toBe(256);
  });

  it('never shows float noise', () => {
    let v = 0;
    for (let i = 0; i < 7; i++) v = stepValue(v, 0.1, { min: 0, max: 2, step: 0.1 });
    expect(v).toBe(0.7);
    expect(decimalsOf(0.05)).toBe(2);
    expect(decimalsOf(1e-7)).toBe(7);
    expect(formatSliderValue(0.7, { min: 0, step: 0.05 })).toBe('0.70');
    expect(formatSliderValue(8192, { min: 256, step: 256 })).toBe('8192');
  });

  it('parses typed numbers, clamped to nothing: out of range is an error', () => {
    const range = { min: 0, max: 1, step: 0.05 };
    expect(parseTyped('0.33', range, 'temperature')).toEqual({ ok: true, value: 0.35 });
    expect(parseTyped('1.5', range, 'temperature')).toEqual({ ok: false, error: 'temperature must be between 0 and 1' });
    expect(parseTyped('1.2.3', range, 'temperature')).toMatchObject({ ok: false, error: "temperature: '1.2.3' is not a number" });
    expect(parseTyped('.', range, 'temperature').ok).toBe(false);
  });

  it('draws the knob at the value', () => {
    expect(sliderBar(0, { min: 0, max: 1 }, 5)).toBe('●────');
    expect(sliderBar(1, { min: 0, max: 1 }, 5)).toBe('━━━━●');
    expect(sliderBar(0.5, { min: 0, max: 1 }, 5)).toBe('━━●──');
  });
});

describe('Slider', () => {
  it('shows label, bar, value, range and the recommended value', () => {
    const { lastFrame } = setup();
    expect(lastFrame()).toContain('› temperature  ━━━━━━━━━━━━━●──────   0.70 (0–1, recommended 0.7)');
  });

  it('steps with ←/→ and h/l and stops at the bounds', async () => {
    const s = setup({ value: 0.9 });
    await s.press(KEY.right);
    expect(s.lastFrame()).toContain('0.95');
    await s.press('l', KEY.right, KEY.right);
    expect(s.lastFrame()).toContain('1.00');
    expect(s.changes).toEqual([0.95, 1]); // no change events past the end
    await s.press('h', KEY.left);
    expect(s.lastFrame()).toContain('0.90');
  });

  it('takes big steps with Shift+←/→ and PgUp/PgDn', async () => {
    const s = setup({ value: 0.5 });
    await s.press(KEY.shiftRight);
    expect(s.last()).toBe(1);
    await s.press(KEY.pageDown);
    expect(s.last()).toBe(0.5);
    await s.press(KEY.shiftLeft, KEY.shiftLeft);
    expect(s.last()).toBe(0);
    await s.press(KEY.pageUp);
    expect(s.last()).toBe(0.5);
  });

  it('uses a given big step', async () => {
    const s = setup({ label: 'max_tokens', min: 256, max: 65536, step: 256, bigStep: 1024, value: 8192 });
    await s.press(KEY.pageUp);
    expect(s.lastFrame()).toContain('9216');
  });

  it('jumps to the ends with Home/End in both escape forms', async () => {
    const s = setup({ value: 0.5 });
    await s.press(KEY.home);
    expect(s.last()).toBe(0);
    await s.press(KEY.end);
    expect(s.last()).toBe(1);
    await s.press(KEY.homeVt);
    expect(s.last()).toBe(0);
    await s.press(KEY.endVt);
    expect(s.last()).toBe(1);
  });

  it('counts every key of a burst that arrives in one chunk', async () => {
    const s = setup({ value: 0.5 });
    await s.press(KEY.right + KEY.right + KEY.right);
    expect(s.lastFrame()).toContain('0.65');
    await s.press('lll');
    expect(s.lastFrame()).toContain('0.80');
    await s.press('0.25', KEY.enter);
    expect(s.last()).toBe(0.25);
  });

  it('applies a typed number with Enter, snapped to the step', async () => {
    const s = setup();
    await s.press('0', '.', '3', '3');
    expect(s.lastFrame()).toContain('[0.33▏]');
    expect(s.changes).toEqual([]);
    await s.press(KEY.enter);
    expect(s.last()).toBe(0.35);
    expect(s.lastFrame()).toContain('0.35 (0–1');
  });

  it('explains a typed number out of range and keeps the value', async () => {
    const s = setup();
    await s.press('1', '.', '5', KEY.enter);
    expect(s.lastFrame()).toContain('✗ temperature must be between 0 and 1');
    expect(s.changes).toEqual([]);
    await s.press(KEY.backspace, KEY.backspace, KEY.enter);
    expect(s.last()).toBe(1);
    expect(s.lastFrame()).not.toContain('✗');
  });

  it('cancels a typed number with Esc', async () => {
    const s = setup();
    await s.press('0', '.', '2', KEY.esc);
    expect(s.lastFrame()).toContain('0.70');
    expect(s.lastFrame()).not.toContain('▏');
    expect(s.changes).toEqual([]);
  });

  it('clears an optional value (not sent) and starts again from the recommended one', async () => {
    const s = setup({ optional: true, value: 0.4 });
    await s.press('x');
    expect(s.last()).toBeUndefined();
    expect(s.lastFrame()).toContain('— not sent');
    await s.press(KEY.right);
    expect(s.last()).toBe(0.7);
  });

  it('ignores keys when not focused', async () => {
    const s = setup({ focused: false });
    await s.press(KEY.right, '5', KEY.enter);
    expect(s.changes).toEqual([]);
    expect(s.lastFrame()).not.toContain('›');
  });

  it('uses a custom format', () => {
    const s = setup({ format: (n) => `${Math.round(n * 100)}%` });
    expect(s.lastFrame()).toContain('70%');
  });
});
