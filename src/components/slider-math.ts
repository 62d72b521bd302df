// Pure slider arithmetic, kept apart from the view so it is unit-tested on its own.

export interface SliderRange {
  min: number;
  max: number;
  step: number;
}

const decimalsOf = (step: number): number => (String(step).split('.')[1] ?? '').length;

/** Rounds to the step's decimals, so 0.1 + 0.2 shows as 0.3. */
export const roundToStep = (value: number, step: number): number => Number(value.toFixed(decimalsOf(step)));

export function clampToRange(value: number, { min, max, step }: SliderRange): number {
  return roundToStep(Math.min(max, Math.max(min, value)), step);
}

export function stepValue(value: number, delta: number, range: SliderRange): number {
  return clampToRange(value + delta * range.step, range);
}

/** A typed number: must be a number inside the range; snapped to the step. */
export function parseTyped(text: string, range: SliderRange, label: string): { ok: true; value: number } | { ok: false; error: string } {
  const n = Number(text.trim());
  if (text.trim() === '' || !Number.isFinite(n)) return { ok: false, error: `${label}: '${text}' is not a number` };
  if (n < range.min || n > range.max) return { ok: false, error: `${label} must be between ${range.min} and ${range.max}` };
  const snapped = range.min + Math.round((n - range.min) / range.step) * range.step;
  return { ok: true, value: clampToRange(snapped, range) };
}

/** `━━━━●─────` with the knob at the value's position. */
export function sliderBar(value: number, { min, max }: SliderRange, width: number): string {
  const ratio = max === min ? 0 : (value - min) / (max - min);
  const knob = Math.round(Math.min(1, Math.max(0, ratio)) * (width - 1));
  return '━'.repeat(knob) + '●' + '─'.repeat(width - 1 - knob);
}
