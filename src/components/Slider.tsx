// Our own slider (no maintained Ink slider exists). ←/→ step, Shift+←/→ or PgUp/PgDn a big
// step, Home/End the ends, digits type a value (Enter applies, Esc cancels), Delete clears an
// optional value so it is not sent at all.
import { Box, Text, useInput } from 'ink';
import { useState, type ReactNode } from 'react';
import { clampToRange, parseTyped, sliderBar, stepValue, type SliderRange } from './slider-math.js';

export interface SliderProps extends SliderRange {
  label: string;
  /** undefined: not set (only for optional parameters). */
  value: number | undefined;
  recommended?: number;
  optional?: boolean;
  focused: boolean;
  onChange: (value: number | undefined) => void;
  /** Tells the parent a typed value is being entered, so Enter/Esc belong to the slider. */
  onTypingChange?: (typing: boolean) => void;
  barWidth?: number;
  labelWidth?: number;
}

export function Slider(props: SliderProps): ReactNode {
  const { label, value, min, max, step, recommended, optional, focused, onChange } = props;
  const [typing, setTypingState] = useState<string | null>(null);
  const setTyping = (t: string | null): void => {
    setTypingState(t);
    props.onTypingChange?.(t !== null);
  };
  const [error, setError] = useState<string | null>(null);
  const range = { min, max, step };
  const bigStep = step >= 1 && max - min > 5000 ? Math.max(step, 1024) : step * 10;

  useInput(
    (input, key) => {
      if (typing !== null) {
        if (key.return) {
          const parsed = parseTyped(typing, range, label);
          if (parsed.ok) {
            onChange(parsed.value);
            setTyping(null);
            setError(null);
          } else setError(parsed.error);
        } else if (key.escape) {
          setTyping(null);
          setError(null);
        } else if (key.backspace || key.delete) {
          setTyping(typing.slice(0, -1));
        } else if (/^[\d.]+$/.test(input)) {
          setTyping(typing + input);
        }
        return;
      }
      const current = value ?? recommended ?? min;
      const big = key.shift || key.pageUp || key.pageDown;
      if (key.leftArrow || key.pageDown) onChange(big ? clampToRange(current - bigStep, range) : stepValue(current, -1, range));
      else if (key.rightArrow || key.pageUp) onChange(big ? clampToRange(current + bigStep, range) : stepValue(current, 1, range));
      else if (key.home) onChange(min);
      else if (key.end) onChange(max);
      else if ((key.delete || input === 'x') && optional) onChange(undefined);
      else if (/^[\d.]$/.test(input)) {
        setTyping(input);
        setError(null);
      }
    },
    { isActive: focused },
  );

  const shown = value === undefined ? '—' : String(value);
  const rangeText = `(${min}–${max}${recommended !== undefined ? `, rec. ${recommended}` : ''})`;
  return (
    <Box flexDirection="column">
      <Text>
        <Text>{focused ? '› ' : '  '}</Text>
        <Text bold={focused}>{label.padEnd(props.labelWidth ?? 12)} </Text>
        <Text dimColor={value === undefined}>{sliderBar(value ?? min, range, props.barWidth ?? 20)}</Text>
        <Text> </Text>
        {typing !== null ? <Text inverse>{`${typing}▏`.padStart(7)}</Text> : <Text bold>{shown.padStart(6)}</Text>}
        <Text dimColor> {value === undefined ? 'not sent ' : ''}{rangeText}</Text>
      </Text>
      {error ? <Text color="red">{`    ✗ ${error}`}</Text> : null}
    </Box>
  );
}
