// A vertical pick list: ↑/↓ (j/k), PgUp/PgDn, Home/End, Enter; optional type-to-filter; items
// under group headings; windowed to `maxRows` with "↑ 3 more" / "↓ 12 more" lines.
// Not ink-select-input: it has no group headings, no filter and no "more" indicators, and it
// selects with `value` objects where our callers think in keys.
import { Box, Text } from 'ink';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { isBackspace, isTextInput } from './keys.js';
import {
  buildRows,
  countItems,
  firstSelectable,
  isSelectable,
  lastSelectable,
  moveBy,
  nextSelectable,
  scrollTop,
  type ListRow,
  type SelectItem,
} from './select-rows.js';
import { sanitizeText } from './text-layout.js';
import { useKeys } from '../hooks/useKeys.js';
import { useT } from '../hooks/useT.js';
import stringWidth from 'string-width';

export type { SelectItem } from './select-rows.js';

export interface SelectListProps<T extends SelectItem> {
  items: readonly T[];
  onSelect: (item: T) => void;
  /** The highlighted item changed (e.g. to show its details beside the list). */
  onHighlight?: (item: T) => void;
  /** Rows for the list itself, indicators included (the filter line comes on top). */
  maxRows?: number;
  /** Typing filters the list; j/k then type letters, so move with the arrows. */
  filterable?: boolean;
  focused?: boolean;
  /** The item highlighted at first, e.g. the current value. */
  initialKey?: string;
  emptyText?: string;
  /** Width of a label column; hints line up after it. */
  labelWidth?: number;
  /** j/k move (default); off when a text field beside the list takes the letters. */
  letterKeys?: boolean;
}

export function SelectList<T extends SelectItem>(props: SelectListProps<T>): ReactNode {
  const t = useT();
  const { items, onSelect, onHighlight, filterable = false, focused = true, emptyText = t('common.list.nothingMatches') } = props;
  const maxRows = Math.max(3, props.maxRows ?? 10);
  const [filter, setFilterState] = useState('');
  const [cursorKey, setCursorKeyState] = useState<string | undefined>(props.initialKey);
  // Refs stay current when several keys arrive in one chunk, before React re-renders.
  const filterRef = useRef(filter);
  const cursorRef = useRef(cursorKey);
  const [top, setTop] = useState(0);

  const rowsFor = (f: string): ListRow<T>[] => buildRows(items, f);
  const indexOf = (rows: ListRow<T>[], key: string | undefined): number => {
    const at = rows.findIndex((r) => r.kind === 'item' && r.item.key === key);
    return isSelectable(rows[at]) ? at : firstSelectable(rows);
  };
  const keyAt = (rows: ListRow<T>[], i: number): string | undefined => {
    const row = rows[i];
    return row?.kind === 'item' ? row.item.key : undefined;
  };
  const setFilter = (f: string): void => {
    filterRef.current = f;
    setFilterState(f);
  };
  const setCursor = (key: string | undefined): void => {
    cursorRef.current = key;
    setCursorKeyState(key);
  };

  const rows = rowsFor(filter);
  const cursor = indexOf(rows, cursorKey);
  const overflow = rows.length > maxRows;
  const windowSize = overflow ? maxRows - 2 : maxRows;
  // The window follows the cursor, kept from render to render (state adjusted while rendering).
  const first = cursor < 0 ? 0 : scrollTop(rows, top, cursor, windowSize);
  if (first !== top) setTop(first);

  const highlighted = cursor >= 0 ? (rows[cursor] as { kind: 'item'; item: T }).item : undefined;
  useEffect(() => {
    if (highlighted) onHighlight?.(highlighted);
    // Told once per highlighted item, not again when the parent passes a new callback.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [highlighted?.key]);

  useKeys(
    (input, key) => {
      const current = rowsFor(filterRef.current);
      const at = indexOf(current, cursorRef.current);
      const move = (to: number): void => setCursor(keyAt(current, to));
      if (key.return) {
        const row = current[at];
        if (row?.kind === 'item' && !row.item.disabled) onSelect(row.item);
      } else if (key.upArrow) move(nextSelectable(current, at, -1));
      else if (key.downArrow) move(nextSelectable(current, at, 1));
      else if (!filterable && props.letterKeys !== false && /^[jk]+$/.test(input)) {
        // "jjj" arrives as one input when keys repeat faster than they are read.
        let to = at;
        for (const ch of input) to = nextSelectable(current, to, ch === 'j' ? 1 : -1);
        move(to);
      }
      else if (key.pageUp) move(moveBy(current, at, -windowSize));
      else if (key.pageDown) move(moveBy(current, at, windowSize));
      else if (key.home) move(firstSelectable(current));
      else if (key.end) move(lastSelectable(current));
      else if (filterable && isBackspace(key)) setFilter(Array.from(filterRef.current).slice(0, -1).join(''));
      else if (filterable && key.ctrl && input === 'u') setFilter('');
      else if (filterable && isTextInput(input, key)) setFilter(filterRef.current + sanitizeText(input).replace(/\n/g, ' '));
    },
    { isActive: focused },
  );

  const shown = rows.slice(first, first + windowSize);
  const above = countItems(rows, 0, first);
  const below = countItems(rows, first + windowSize, rows.length);
  const labelWidth = props.labelWidth ?? 0;

  return (
    <Box flexDirection="column">
      {filterable ? (
        <Text wrap="truncate-end">
          <Text dimColor>{t('common.list.filter')}</Text>
          {filter ? (
            <Text>
              {filter}
              {focused ? '▏' : ''}
            </Text>
          ) : (
            <Text dimColor>{t('common.list.typeToFilter')}</Text>
          )}
        </Text>
      ) : null}
      {overflow ? <Text dimColor>{above > 0 ? `  ${t('common.list.above', { n: above })}` : ' '}</Text> : null}
      {rows.length === 0 ? <Text dimColor>{`  ${emptyText}`}</Text> : null}
      {shown.map((row, i) => {
        const index = first + i;
        if (row.kind === 'heading') {
          return (
            <Text key={`h:${row.title}`} bold wrap="truncate-end">
              {row.title}
            </Text>
          );
        }
        const active = index === cursor;
        const { item } = row;
        return (
          <Text key={item.key} wrap="truncate-end" dimColor={item.disabled}>
            <Text color={active && focused ? 'cyan' : undefined} bold={active}>
              {active ? '› ' : '  '}
              {labelWidth ? item.label + ' '.repeat(Math.max(0, labelWidth - stringWidth(item.label))) : item.label}
            </Text>
            {item.hint ? <Text dimColor>{`  ${item.hint}`}</Text> : null}
          </Text>
        );
      })}
      {overflow ? <Text dimColor>{below > 0 ? `  ${t('common.list.below', { n: below })}` : ' '}</Text> : null}
    </Box>
  );
}
