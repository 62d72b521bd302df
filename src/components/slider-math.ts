// Pure slider arithmetic, kept apart from the view so it is unit-tested on its own.
import { t } from '../i18n/index.js';

export interface SliderRange {
  min: number;
  max: number;
  step: number;
}

/** Decimal places of a number as written (0.05 → 2, 1e-7 → 7, 256 → 0). */
export function decimalsOf(n: number): number {
  const [mantissa = '', exponent] = String(n).split('e');
  const places = (mantissa.split('.')[1] ?? '').length - Number(exponent ?? 0);
  return Math.max(0, places);
}

/** Rounds to the decimals of the step (and of min), so 0.1 + 0.2 comes out as 0.3. */
export function roundToStep(value: number, { min, step }: Pick<SliderRange, 'min' | 'step'>): number {
  return Number(value.toFixed(Math.min(20, Math.max(decimalsOf(step), decimalsOf(min)))));
}

export function clampToRange(value: number, range: SliderRange): number {
  return roundToStep(Math.min(range.max, Math.max(range.min, value)), range);
}

/** Onto the grid min, min+step, …, then inside the range. max stays reachable even off the grid. */
export function snapToStep(value: number, range: SliderRange): number {
  const { min, step } = range;
  const snapped = step > 0 ? min + Math.round((value - min) / step) * step : value;
  return clampToRange(snapped, range);
}

/** The value `delta` away (e.g. +step, −10×step), snapped to the step grid and kept in range. */
export function stepValue(value: number, delta: number, range: SliderRange): number {
  return snapToStep(value + delta, range);
}

export type TypedValue = { ok: true; value: number } | { ok: false; error: string };

/** A typed number: must be a number inside the range; snapped to the step. */
export function parseTyped(text: string, range: SliderRange, label: string): TypedValue {
  const trimmed = text.trim();
  const n = Number(trimmed);
  if (trimmed === '' || !/^-?(\d+\.?\d*|\.\d+)$/.test(trimmed) || !Number.isFinite(n)) {
    return { ok: false, error: t('common.slider.notANumber', { label, text }) };
  }
  if (n < range.min || n > range.max) {
    return { ok: false, error: t('common.slider.between', { label, min: range.min, max: range.max }) };
  }
  return { ok: true, value: snapToStep(n, range) };
}

/** `━━━━●─────`: `width` columns with the knob at the value's position. */
export function sliderBar(value: number, { min, max }: Pick<SliderRange, 'min' | 'max'>, width: number): string {
  const w = Math.max(2, Math.floor(width));
  const ratio = max === min ? 0 : (value - min) / (max - min);
  const knob = Math.round(Math.min(1, Math.max(0, ratio)) * (w - 1));
  return '━'.repeat(knob) + '●' + '─'.repeat(w - 1 - knob);
}

/** The value with as many decimals as the step has: 0.7 with step 0.05 shows as 0.70. */
export const formatSliderValue = (value: number, range: Pick<SliderRange, 'min' | 'step'>): string =>
  value.toFixed(Math.max(decimalsOf(range.step), decimalsOf(range.min)));
