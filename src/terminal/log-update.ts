// Ink's frame writer ("log-update"), replaced at build time (scripts/ink-plugin.mjs).
//
// Why our own: Ink 6.8's `incrementalRendering` moves the cursor one row short when the previous
// frame ended with a newline (which every frame shorter than the terminal does), so rows land one
// line low and stale rows stay behind; its standard writer erases and rewrites every live row on
// every frame, tens of kilobytes per second while a reply streams (bench/: bytes per reply byte).
// Ink 6.8 is the last Ink for Node 20, so the fix lives here. Same interface as Ink's module.
//
// The live region is the bottom of the output. After a frame the cursor sits at column 0 of the
// row below it (or at the end of its last row when the frame fills the terminal and Ink leaves the
// newline off). A new frame goes back to the region's top row and touches only rows that changed:
// unchanged rows are stepped over with '\n', a row whose new text only adds to the old is finished
// from where they part (styles closed, whole characters), any other row is rewritten and erased to its end, and rows the new
// frame no longer has are erased in one go (erase to end of screen: nothing lives below us).

import stringWidth from 'string-width';

export interface CursorPosition {
  x: number;
  y: number;
}

export interface LogUpdate {
  (str: string): boolean;
  clear(): void;
  done(): void;
  sync(str: string): void;
  setCursorPosition(position: CursorPosition | undefined): void;
  isCursorDirty(): boolean;
  willRender(str: string): boolean;
}

interface Stream {
  write(data: string): unknown;
}

const ESC = '\u001b[';
const HIDE_CURSOR = `${ESC}?25l`;
const SHOW_CURSOR = `${ESC}?25h`;
const ERASE_TO_LINE_END = `${ESC}K`;
const ERASE_TO_SCREEN_END = `${ESC}J`;
const up = (n: number): string => (n > 0 ? `${ESC}${n}A` : '');
const down = (n: number): string => (n > 0 ? `${ESC}${n}B` : '');
/** Column x (0-based). */
const toColumn = (x: number): string => (x > 0 ? `${ESC}${x + 1}G` : '\r');

const visibleRows = (lines: readonly string[], str: string): number => (str.endsWith('\n') ? lines.length - 1 : lines.length);
/**
 * The row a frame leaves the cursor on, from its top: under its last row when it ends with a
 * newline, else on it. Either way one less than the pieces of `str.split('\n')`.
 */
const cursorRowOf = (lines: readonly string[]): number => lines.length - 1;

/** SGR codes that close each kind of style chalk opens; a row may only be cut where none is open. */
const CLOSES: Record<string, string> = { '22': 'intensity', '23': 'italic', '24': 'underline', '27': 'inverse', '28': 'hidden', '29': 'strike', '39': 'fg', '49': 'bg' };
function channelOf(code: number): string | undefined {
  if (code === 1 || code === 2) return 'intensity';
  if (code === 3) return 'italic';
  if (code === 4) return 'underline';
  if (code === 7) return 'inverse';
  if (code === 8) return 'hidden';
  if (code === 9) return 'strike';
  if ((code >= 30 && code <= 38) || (code >= 90 && code <= 97)) return 'fg';
  if ((code >= 40 && code <= 48) || (code >= 100 && code <= 107)) return 'bg';
  return undefined;
}
/** Characters that join the one before them: a cut must never fall just before one. */
const JOINS = /^[\p{M}\u200d\ufe0e\ufe0f\u{1f3fb}-\u{1f3ff}\u{e0020}-\u{e007f}]/u;

/**
 * The longest start of `after` that `before` shares and that ends where the terminal can pick up
 * again: outside escape sequences, with no style open, between whole characters. Its length in
 * code units and its width in columns; 0/0 when there is none.
 */
export function sharedStart(before: string, after: string): { length: number; width: number } {
  let same = 0;
  while (same < before.length && same < after.length && before[same] === after[same]) same++;
  const open = new Set<string>();
  let best = 0;
  let i = 0;
  while (i < same) {
    if (after[i] === '\u001b') {
      const sgr = /^\u001b\[([0-9;]*)m/.exec(after.slice(i, same));
      if (!sgr) break; // any other escape (or one cut short): stop here
      for (const part of (sgr[1] || '0').split(';')) {
        if (part === '0' || part === '') open.clear();
        else if (CLOSES[part]) open.delete(CLOSES[part]);
        else {
          const channel = channelOf(Number(part));
          if (channel) open.add(channel);
        }
      }
      // 38;5;n / 38;2;r;g;b carry numbers that are not codes, but they only ever open 'fg'/'bg'.
      i += sgr[0].length;
    } else {
      const code = after.codePointAt(i)!;
      i += code > 0xffff ? 2 : 1;
      if (i > same) break;
      if (code === 0x200d) continue;
    }
    if (open.size === 0 && !JOINS.test(after.slice(i)) && !isRegionalPair(after, i)) best = i;
  }
  return best === 0 ? { length: 0, width: 0 } : { length: best, width: stringWidth(after.slice(0, best)) };
}

function isRegionalPair(text: string, at: number): boolean {
  const before = at >= 2 ? text.codePointAt(at - 2) : undefined;
  const next = text.codePointAt(at);
  const regional = (c: number | undefined): boolean => c !== undefined && c >= 0x1f1e6 && c <= 0x1f1ff;
  return regional(before) && regional(next);
}

/** A row written over a blank one: its leading blanks (a transcript's gutter) are skipped over. */
function newRow(after: string): string {
  const lead = /^ */.exec(after)?.[0].length ?? 0;
  return lead >= 4 ? toColumn(lead) + after.slice(lead) : '\r' + after;
}

/** What to write to turn row `before` into row `after`, the cursor at column 0 of that row. */
export function rewriteRow(before: string, after: string): string {
  const { length, width } = sharedStart(before, after);
  // What is left of the old row past the new one's end needs erasing; nothing is when it is shorter.
  const erase = stringWidth(after) < stringWidth(before) ? ERASE_TO_LINE_END : '';
  return toColumn(width) + after.slice(length) + erase;
}

/** Insert / delete lines (rows below move; nothing scrolls into history). */
const insertLines = (n: number): string => `${ESC}${n}L`;
const deleteLines = (n: number): string => `${ESC}${n}M`;

/**
 * The bytes that turn the frame `before` into `after`, from where `before` left the cursor.
 * When the frame grows or shrinks in the middle (a reply gains a row above its status line), the
 * rows below the change are moved with insert/delete-line instead of being written again.
 */
export function diffFrames(before: readonly string[], beforeStr: string, after: readonly string[], afterStr: string): string {
  const oldRows = visibleRows(before, beforeStr);
  const rows = visibleRows(after, afterStr);
  const trailing = afterStr.endsWith('\n');
  const grow = rows - oldRows;
  let old: readonly string[] = before.slice(0, oldRows);
  let keep = 0;
  let out: string;
  // Rows at the bottom that are the same, only moved by the growth: how many, and are they worth it.
  let same = 0;
  if (grow !== 0 && trailing && beforeStr.endsWith('\n')) {
    while (same < Math.min(oldRows, rows) && after[rows - 1 - same] === before[oldRows - 1 - same]) same++;
  }
  const moved = after.slice(rows - same, rows).reduce((n, row) => n + row.length, 0);
  let cursorRow: number; // where the moves so far leave the cursor, counted from the frame's top
  if (same > 0 && moved > 8) {
    if (grow > 0) {
      // Make room at the bottom first (this scrolls when the frame sits on the last row), then open
      // `grow` blank rows where the moved rows start; they slide down into the room.
      const at = oldRows - same;
      out = '\n'.repeat(grow) + up(oldRows + grow - at) + insertLines(grow);
      old = [...before.slice(0, at), ...Array<string>(grow).fill(''), ...before.slice(at, oldRows)];
      cursorRow = at;
    } else {
      // Remove the rows that went away just above the moved rows; those slide up.
      const at = rows - same;
      out = up(oldRows - at) + deleteLines(-grow);
      old = [...before.slice(0, at), ...before.slice(at - grow, oldRows)];
      cursorRow = at;
    }
    keep = same;
  } else {
    out = '';
    cursorRow = cursorRowOf(before);
  }
  const unchanged = (i: number): boolean => i >= rows - keep || (i < old.length && old[i] === after[i]);
  let first = 0;
  while (first < rows && unchanged(first)) first++;
  // Straight to the first row that changed when it is above us; else from the top, stepping down.
  const start = first <= cursorRow ? first : 0;
  out += '\r' + up(cursorRow - start);
  // Unchanged rows are stepped over; a run of them in one move (over SSH each '\n' is CR LF).
  let skip = 0;
  const stepOver = (): string => {
    const n = skip;
    skip = 0;
    return n >= 3 ? `${ESC}${n}B` : '\n'.repeat(n);
  };
  for (let i = start; i < rows; i++) {
    const last = i === rows - 1;
    const was = i < old.length ? old[i] : undefined;
    if (unchanged(i)) {
      // Stepping by cursor movement needs the row below to exist: it does while inside the old frame.
      if (!last || trailing) skip++;
      continue;
    }
    const row = after[i] ?? '';
    const write = was === undefined ? newRow(row) + ERASE_TO_LINE_END : was === '' ? newRow(row) : rewriteRow(was, row);
    out += stepOver() + write + (last && !trailing ? '' : '\n');
  }
  // The row under the frame exists if the old frame had one under it too; otherwise '\n' makes it.
  if (skip) out += !beforeStr.endsWith('\n') ? '\n'.repeat(skip) : skip >= 3 ? `${stepOver()}\r` : stepOver();
  if (rows < old.length) out += ERASE_TO_SCREEN_END;
  return out;
}

const create = (stream: Stream, { showCursor = false, incremental = false }: { showCursor?: boolean; incremental?: boolean } = {}): LogUpdate => {
  let previous = '';
  let previousLines: string[] = [];
  let hiddenCursor = false;
  let cursor: CursorPosition | undefined;
  let cursorDirty = false;
  let shownCursor: CursorPosition | undefined;

  /** From the frame's bottom (where a frame leaves the cursor) to its top row, column 0. */
  const toTop = (): string => {
    if (previous === '') return '';
    return '\r' + up(cursorRowOf(previousLines));
  };
  /** Undo a shown cursor: hide it and go back to where the frame left the cursor. */
  const returnToBottom = (): string => {
    if (!shownCursor) return '';
    return HIDE_CURSOR + down(cursorRowOf(previousLines) - shownCursor.y) + (previous.endsWith('\n') ? '\r' : '');
  };
  /** After a frame: put the cursor where the app asked, if it asked. */
  const placeCursor = (lines: readonly string[], at: CursorPosition | undefined): string => {
    shownCursor = at ? { ...at } : undefined;
    if (!at) return '';
    return up(cursorRowOf(lines) - at.y) + toColumn(at.x) + SHOW_CURSOR;
  };
  const activeCursor = (): CursorPosition | undefined => (cursorDirty ? cursor : undefined);
  const cursorMoved = (a: CursorPosition | undefined, b: CursorPosition | undefined): boolean => a?.x !== b?.x || a?.y !== b?.y;

  const render = ((str: string): boolean => {
    if (!showCursor && !hiddenCursor) {
      stream.write(HIDE_CURSOR);
      hiddenCursor = true;
    }
    const at = activeCursor();
    cursorDirty = false;
    if (str === previous && !cursorMoved(at, shownCursor)) return false;
    const lines = str.split('\n');
    let out = returnToBottom();
    if (str !== previous) {
      out += incremental && previous !== '' ? diffFrames(previousLines, previous, lines, str) : toTop() + ERASE_TO_SCREEN_END + str;
      previous = str;
      previousLines = lines;
    }
    out += placeCursor(lines, at);
    stream.write(out);
    return true;
  }) as LogUpdate;

  render.clear = () => {
    stream.write(returnToBottom() + toTop() + ERASE_TO_SCREEN_END);
    previous = '';
    previousLines = [];
    shownCursor = undefined;
  };
  render.done = () => {
    previous = '';
    previousLines = [];
    shownCursor = undefined;
    if (!showCursor) {
      stream.write(SHOW_CURSOR);
      hiddenCursor = false;
    }
  };
  /** The terminal already shows `str` (Ink wrote it itself): take it as the previous frame. */
  render.sync = (str: string) => {
    const at = activeCursor();
    cursorDirty = false;
    const wasShown = shownCursor !== undefined;
    previous = str;
    previousLines = str.split('\n');
    const place = placeCursor(previousLines, at);
    if (!at && wasShown) stream.write(HIDE_CURSOR);
    if (place) stream.write(place);
  };
  render.setCursorPosition = (position) => {
    cursor = position;
    cursorDirty = true;
  };
  render.isCursorDirty = () => cursorDirty;
  render.willRender = (str) => str !== previous || cursorMoved(activeCursor(), shownCursor);
  return render;
};

export default { create };
