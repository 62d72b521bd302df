// The select list's model, free of Ink: filtering, group headings, moving between selectable rows
// and the visible window. Unit-tested on its own.

export interface SelectItem {
  key: string;
  label: string;
  hint?: string;
  /** Items with a group are listed under its heading (headings are not selectable). */
  group?: string;
  disabled?: boolean;
}

export type ListRow<T extends SelectItem = SelectItem> = { kind: 'heading'; title: string } | { kind: 'item'; item: T };

/** Every word of the filter must appear (case-insensitive) in the label, hint or group. */
export function matchesFilter(item: SelectItem, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = `${item.label} ${item.hint ?? ''} ${item.group ?? ''}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}

/** Rows to show: matching items, grouped under headings in the order groups first appear. */
export function buildRows<T extends SelectItem>(items: readonly T[], filter = ''): ListRow<T>[] {
  const matching = items.filter((i) => matchesFilter(i, filter));
  if (!matching.some((i) => i.group !== undefined)) return matching.map((item) => ({ kind: 'item', item }));
  const groups = new Map<string, T[]>();
  for (const item of matching) {
    const g = item.group ?? '';
    const list = groups.get(g);
    if (list) list.push(item);
    else groups.set(g, [item]);
  }
  const rows: ListRow<T>[] = [];
  for (const [title, list] of groups) {
    if (title) rows.push({ kind: 'heading', title });
    for (const item of list) rows.push({ kind: 'item', item });
  }
  return rows;
}

export const isSelectable = (row: ListRow | undefined): boolean => row?.kind === 'item' && !row.item.disabled;

/** The nearest selectable row from `from` going in `direction`; `from` itself when none. */
export function nextSelectable(rows: readonly ListRow[], from: number, direction: 1 | -1): number {
  for (let i = from + direction; i >= 0 && i < rows.length; i += direction) if (isSelectable(rows[i])) return i;
  return from;
}

/** Moves `count` selectable rows (PgUp/PgDn pass the window size), stopping at the ends. */
export function moveBy(rows: readonly ListRow[], from: number, count: number): number {
  const direction = count < 0 ? -1 : 1;
  let at = from;
  for (let n = 0; n < Math.abs(count); n++) {
    const next = nextSelectable(rows, at, direction);
    if (next === at) break;
    at = next;
  }
  return at;
}

/** -1 when nothing can be selected. */
export const firstSelectable = (rows: readonly ListRow[]): number => nextSelectable(rows, -1, 1);
export function lastSelectable(rows: readonly ListRow[]): number {
  const at = nextSelectable(rows, rows.length, -1);
  return at === rows.length ? -1 : at;
}

/**
 * First visible row so that `cursor` is inside a window of `size` rows, moving as little as
 * possible from `top`. When the cursor is the first item of a group its heading is kept in view.
 */
export function scrollTop(rows: readonly ListRow[], top: number, cursor: number, size: number): number {
  let t = top;
  const want = rows[cursor - 1]?.kind === 'heading' ? cursor - 1 : cursor;
  if (want < t) t = want;
  if (cursor >= t + size) t = cursor - size + 1;
  return Math.max(0, Math.min(t, rows.length - size));
}

/** Selectable items in rows[from, to). */
export const countItems = (rows: readonly ListRow[], from: number, to: number): number =>
  rows.slice(Math.max(0, from), Math.max(0, to)).filter((r) => r.kind === 'item').length;

/** The item `delta` places after `current` in `list`, going round at either end (← → on a choice). */
export const cycle = <T>(list: readonly T[], current: T, delta: number): T => list[(list.indexOf(current) + delta + list.length) % list.length] ?? current;
