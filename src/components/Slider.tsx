// Our own slider (no maintained Ink slider exists). ←/→ or h/l step; Shift+←/→ or PgUp/PgDn a big
// step; Home/End the ends; digits or '.' start typing a value (Enter applies, Esc cancels); for an
// optional parameter Backspace/Delete or x clears it so it is not sent at all.
//   › temperature  ━━━━━━━━━━━━━━●─────   0.70 (0–1, recommended 0.7)
import { Box, Text } from 'ink';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { isBackspace } from './keys.js';
import { formatSliderValue, parseTyped, sliderBar, snapToStep, stepValue, type SliderRange } from './slider-math.js';
import { useKeys } from '../hooks/useKeys.js';
import { useT } from '../hooks/useT.js';
import { padToWidth } from './text-layout.js';

export interface SliderProps extends SliderRange {
  label: string;
  /** undefined: not set (only for optional parameters). */
  value: number | undefined;
  recommended?: number;
  /** Shift+←/→ and PgUp/PgDn; default 10 × step. */
  bigStep?: number;
  /** How the value is shown; default: the step's decimals (0.70, 8192). */
  format?: (value: number) => string;
  optional?: boolean;
  focused: boolean;
  onChange: (value: number | undefined) => void;
  /** Width of the bar in columns (default 20). */
  width?: number;
  labelWidth?: number;
  /** True while a typed number is being entered: the parent should leave Esc/Enter to the slider. */
  onEditingChange?: (editing: boolean) => void;
}

export function Slider(props: SliderProps): ReactNode {
  const t = useT();
  const { label, value, min, max, step, recommended, optional, focused, onChange, onEditingChange } = props;
  const range = { min, max, step };
  const bigStep = props.bigStep ?? step * 10;
  const format = props.format ?? ((n: number) => formatSliderValue(n, range));
  const [typed, setTyped] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Keys that arrive in one chunk are handled before the parent re-renders with the new value;
  // the ref keeps each step building on the last one.
  const latest = useRef(value);
  useLayoutEffect(() => {
    latest.current = value;
  });
  const typing = useRef<string | null>(null);

  const setTyping = (next: string | null): void => {
    if ((typing.current === null) !== (next === null)) onEditingChange?.(next !== null);
    typing.current = next;
    setTyped(next);
  };
  const emit = (next: number | undefined): void => {
    if (next === latest.current) return;
    latest.current = next;
    onChange(next);
  };

  // Leaving the slider mid-entry: a valid number is kept, anything else is dropped quietly.
  useEffect(() => {
    if (focused || typing.current === null) return;
    const parsed = parseTyped(typing.current, range, label);
    if (parsed.ok) emit(parsed.value);
    setTyping(null);
    setError(null);
    // Runs when focus leaves the slider, with that render's values; not when they change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focused]);

  useKeys(
    (input, key) => {
      if (typing.current !== null) {
        if (key.return) {
          const parsed = parseTyped(typing.current, range, label);
          if (parsed.ok) {
            emit(parsed.value);
            setTyping(null);
            setError(null);
          } else setError(parsed.error);
        } else if (key.escape) {
          setTyping(null);
          setError(null);
        } else if (isBackspace(key)) {
          setTyping(typing.current.slice(0, -1));
          setError(null);
        } else if (/^[\d.]+$/.test(input)) {
          setTyping(typing.current + input);
          setError(null);
        }
        return;
      }
      const big = key.shift || key.pageUp || key.pageDown;
      const stepOnce = (right: boolean): void => {
        const current = latest.current ?? recommended ?? min;
        const delta = (big ? bigStep : step) * (right ? 1 : -1);
        // An unset optional value starts from the recommended one rather than jumping past it.
        emit(latest.current === undefined ? snapToStep(current, range) : stepValue(current, delta, range));
      };
      if (key.leftArrow || key.pageDown) stepOnce(false);
      else if (key.rightArrow || key.pageUp) stepOnce(true);
      // "lll" arrives as one input when keys repeat faster than they are read.
      else if (/^[hl]+$/.test(input)) for (const ch of input) stepOnce(ch === 'l');
      else if (key.home) emit(min);
      else if (key.end) emit(max);
      else if (optional && (isBackspace(key) || input === 'x')) emit(undefined);
      else if (/^[\d.]+$/.test(input)) {
        setTyping(input);
        setError(null);
      }
    },
    { isActive: focused },
  );

  const rangeText = `(${min}–${max}${recommended !== undefined ? t('common.slider.recommended', { value: recommended }) : ''}${
    optional && focused ? t('common.slider.xClears') : ''
  })`;
  const shown = value === undefined ? '—' : format(value);
  return (
    <Box flexDirection="column">
      <Text wrap="truncate-end">
        <Text>{focused ? '› ' : '  '}</Text>
        <Text bold={focused}>{padToWidth(label, props.labelWidth ?? 12)} </Text>
        <Text dimColor={value === undefined}>{sliderBar(value ?? recommended ?? min, range, props.width ?? 20)}</Text>
        <Text> </Text>
        {typed !== null ? <Text inverse>{`[${typed}▏]`.padStart(7)}</Text> : <Text bold>{shown.padStart(6)}</Text>}
        <Text dimColor>
          {' '}
          {value === undefined ? t('common.slider.notSent') : ''}
          {rangeText}
        </Text>
      </Text>
      {error ? <Text color="red">{`${' '.repeat((props.labelWidth ?? 12) + 3)}✗ ${error}`}</Text> : null}
    </Box>
  );
}
