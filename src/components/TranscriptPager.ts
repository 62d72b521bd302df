// Scrolling a window over pre-wrapped rows with the keys of a pager (the feedback report).
// ↑↓ PgUp PgDn Home End; the caller closes it.

/** Where the window starts after a key, or undefined for a key the pager does not take. */
export function scrollPager(top: number, total: number, windowRows: number, key: { upArrow?: boolean; downArrow?: boolean; pageUp?: boolean; pageDown?: boolean; home?: boolean; end?: boolean }): number | undefined {
  const maxTop = Math.max(0, total - windowRows);
  const to = key.upArrow ? top - 1 : key.downArrow ? top + 1 : key.pageUp ? top - windowRows : key.pageDown ? top + windowRows : key.home ? 0 : key.end ? maxTop : undefined;
  return to === undefined ? undefined : Math.max(0, Math.min(maxTop, to));
}
