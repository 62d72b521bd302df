// Our own soft wrapping, by code point and display width (CJK and emoji take two columns).
// Ink wraps text too, but a component that must stay within N rows (the live reply, the answer
// editor) has to know where the rows break; and a reply must wrap the same way while it streams
// and after it is committed, so both use this one function.
import stringWidth from 'string-width';

/** A row of one logical line: code point offsets into the whole text, end exclusive. */
export interface Row {
  start: number;
  end: number;
}

const widthCache = new Map<string, number>();

/** Display width of one code point (0 for combining marks, 2 for wide CJK / emoji). */
export function charWidth(ch: string): number {
  let w = widthCache.get(ch);
  if (w === undefined) {
    w = stringWidth(ch);
    if (widthCache.size < 4096) widthCache.set(ch, w);
  }
  return w;
}

export function textWidth(chars: readonly string[], from = 0, to = chars.length): number {
  let w = 0;
  for (let i = from; i < to; i++) w += charWidth(chars[i] ?? '');
  return w;
}

/**
 * Text from a model or a paste may hold terminal control sequences; printed raw they could move the
 * cursor or recolour the screen. Keep newlines, turn tabs into spaces, drop every other control.
 */
export function sanitizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    .replace(/\u001b\[[0-9;?<>=:]*[ -/]*[@-~]/g, '')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
}

/**
 * Breaks the logical lines of `chars` (split at '\n') into rows at most `width` columns wide,
 * preferring to break after a space. A space that would overflow hangs at the end of its row, so
 * every code point belongs to exactly one row and cursor positions map back and forth.
 */
export function layoutRows(chars: readonly string[], width: number): Row[] {
  const max = Math.max(1, Math.floor(width));
  const rows: Row[] = [];
  let lineStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i === chars.length || chars[i] === '\n') {
      layoutLine(chars, lineStart, i, max, rows);
      lineStart = i + 1;
    }
  }
  return rows;
}

function layoutLine(chars: readonly string[], from: number, to: number, width: number, rows: Row[]): void {
  if (from === to) {
    rows.push({ start: from, end: to });
    return;
  }
  let start = from;
  while (start < to) {
    let w = 0;
    let i = start;
    let lastSpace = -1;
    let hung = false;
    while (i < to) {
      const ch = chars[i] ?? '';
      const cw = charWidth(ch);
      if (w + cw > width) {
        if (ch === ' ') {
          i++;
          hung = true;
        }
        break;
      }
      w += cw;
      if (ch === ' ') lastSpace = i;
      i++;
    }
    let end = i;
    if (i < to && !hung) {
      if (lastSpace >= start) end = lastSpace + 1;
      else if (i === start) end = start + 1; // a wide char in a one-column row: never loop forever
    }
    rows.push({ start, end });
    start = end;
  }
}

/** Plain wrapped rows of `text` (trailing spaces of each row dropped), for display. */
export function wrapText(text: string, width: number): string[] {
  const chars = Array.from(text);
  return layoutRows(chars, width).map((r) => chars.slice(r.start, r.end).join('').trimEnd());
}

/** Cuts `text` to at most `width` columns, ending with '…' when something was cut. */
export function truncateToWidth(text: string, width: number): string {
  if (width <= 0) return '';
  if (stringWidth(text) <= width) return text;
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = charWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}

/** `text` padded with spaces to `width` terminal columns (padEnd counts UTF-16 units: a CJK label would push everything after it). */
export function padToWidth(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}
