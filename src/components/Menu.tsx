// A short menu on ink-select-input, the design card's package: ↑/↓ or j/k move (wrapping), 1–9
// pick by number, Enter picks. In our style: "›" and cyan for the highlighted item, a dim hint
// after the label, one row per item cut to the terminal's width. SelectList stays for what
// ink-select-input lacks: type-to-filter, group headings and "↑ 3 more" windows.
import { Box, Text } from 'ink';
import SelectInput from 'ink-select-input';
import type { ReactNode } from 'react';
import stringWidth from 'string-width';

export interface MenuItem<V> {
  key: string;
  label: string;
  value: V;
  /** Dim text after the label. */
  hint?: string;
}

export interface MenuProps<V> {
  items: readonly MenuItem<V>[];
  onSelect: (item: MenuItem<V>) => void;
  focused?: boolean;
  /** Hints line up after this many columns of label. */
  labelWidth?: number;
  initialIndex?: number;
}

/** The menu's keys, for a screen's binding table (handled by ink-select-input itself). */
export const MENU_KEYS = { move: ['up', 'down', 'k', 'j'], pick: ['enter'], number: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] } as const;

export function Menu<V>({ items, onSelect, focused = true, labelWidth = 0, initialIndex = 0 }: MenuProps<V>): ReactNode {
  const byKey = new Map(items.map((i) => [i.key, i]));
  // ink-select-input compares items by value; our keys are unique strings, so they are the values.
  const options = items.map((i) => ({ key: i.key, label: i.label, value: i.key }));
  return (
    <SelectInput
      items={options}
      isFocused={focused}
      initialIndex={initialIndex}
      onSelect={(o) => {
        const item = byKey.get(o.value);
        if (item) onSelect(item);
      }}
      indicatorComponent={({ isSelected }) => <Text color={isSelected && focused ? 'cyan' : undefined}>{isSelected ? '› ' : '  '}</Text>}
      itemComponent={({ isSelected, label }) => {
        const hint = [...byKey.values()].find((i) => i.label === label)?.hint;
        const pad = labelWidth ? ' '.repeat(Math.max(0, labelWidth - stringWidth(label))) : '';
        return (
          <Box flexGrow={1}>
            <Text wrap="truncate-end">
              <Text color={isSelected && focused ? 'cyan' : undefined} bold={isSelected}>
                {label}
                {pad}
              </Text>
              {hint ? <Text dimColor>{`  ${hint}`}</Text> : null}
            </Text>
          </Box>
        );
      }}
    />
  );
}
