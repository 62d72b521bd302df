// Where a scrolled view of many rows starts. The chat's transcript is such a view: the alternate
// screen keeps no scrollback, so the app scrolls it itself.
//
// While it follows the conversation the view turns pages like `less` instead of scrolling a row at
// a time: the rows on screen stay where they are while a reply grows into the space below them, and
// only when the reply reaches the bottom does the view move on, keeping its last few rows at the
// top for context. Every row moves when a view scrolls, so a view that scrolled with every new line
// of a streaming reply would rewrite a full screen per line (bench/); a page turn rewrites the few
// rows kept and clears the rest, once per page.

export interface ViewportState {
  /** 'follow': the view keeps the newest rows in sight; 'read': the user scrolled and it stays put. */
  mode: 'follow' | 'read';
  top: number;
}

/** Rows kept from the old page when the view turns one: enough to read on from, few to rewrite. */
export const pageOverlap = (height: number): number => Math.max(1, Math.min(3, Math.ceil(height / 4)));

/** The bottom-aligned start: the last `height` rows. */
export const bottomTop = (total: number, height: number): number => Math.max(0, total - height);

/**
 * The start of a following view after the content grew or shrank: unchanged while the newest row
 * is in sight; turned by one page (minus the overlap) when a growing reply reaches the bottom; and
 * bottom-aligned when more than a page arrived at once (a long pasted answer, a resumed session).
 */
export function followTop(top: number, total: number, height: number): number {
  const h = Math.max(1, height);
  const bottom = bottomTop(total, h);
  // After a page turn the view shows more than the overlap; fewer means the content shrank (a retried reply).
  if (top > bottom && total - top <= pageOverlap(h)) return bottom;
  if (total - top <= h) return top;
  const step = Math.max(1, h - pageOverlap(h));
  return total - top - h > step ? bottom : top + step;
}

export type ScrollKey = 'lineUp' | 'lineDown' | 'pageUp' | 'pageDown' | 'home' | 'end';

/** The view after a scroll key or wheel turn; back to following once it reaches the bottom. */
export function scrollView(view: ViewportState, key: ScrollKey, total: number, height: number, lines = 1): ViewportState {
  const maxTop = bottomTop(total, height);
  const from = Math.min(view.top, maxTop);
  const to =
    key === 'lineUp' ? from - lines
    : key === 'lineDown' ? from + lines
    : key === 'pageUp' ? from - Math.max(1, height - 1)
    : key === 'pageDown' ? from + Math.max(1, height - 1)
    : key === 'home' ? 0
    : maxTop;
  const top = Math.max(0, Math.min(maxTop, to));
  if (key === 'end' || (top >= maxTop && key !== 'lineUp' && key !== 'pageUp' && key !== 'home')) return { mode: 'follow', top };
  return { mode: 'read', top };
}

/** Where a view shows `total` rows in `height`: follows, or stays where the user put it. */
export function settleView(view: ViewportState, total: number, height: number): ViewportState {
  if (view.mode === 'follow') {
    const top = followTop(view.top, total, height);
    return top === view.top ? view : { mode: 'follow', top };
  }
  const top = Math.min(view.top, bottomTop(total, height));
  return top === view.top ? view : { mode: 'read', top };
}
