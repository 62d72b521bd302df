// The answer editor's text and cursor as plain values, so every edit is unit-tested without Ink.
// The cursor is a code point offset: one ← always moves over one character, CJK or emoji alike.
import { charWidth, layoutRows, sanitizeText, textWidth, type Row } from './text-layout.js';

export interface EditorBuffer {
  text: string;
  /** Code point offset, 0 … number of code points. */
  cursor: number;
}

const cps = (text: string): string[] => Array.from(text);

export const bufferOf = (text: string, cursor?: number): EditorBuffer => ({
  text,
  cursor: cursor ?? cps(text).length,
});

export function insertText(b: EditorBuffer, raw: string): EditorBuffer {
  const add = cps(sanitizeText(raw));
  if (add.length === 0) return b;
  const chars = cps(b.text);
  chars.splice(b.cursor, 0, ...add);
  return { text: chars.join(''), cursor: b.cursor + add.length };
}

/** Deletes the character before the cursor; at a line start this joins the line to the previous one. */
export function deleteBackward(b: EditorBuffer): EditorBuffer {
  if (b.cursor === 0) return b;
  const chars = cps(b.text);
  chars.splice(b.cursor - 1, 1);
  return { text: chars.join(''), cursor: b.cursor - 1 };
}

export function moveLeft(b: EditorBuffer): EditorBuffer {
  return { ...b, cursor: Math.max(0, b.cursor - 1) };
}

export function moveRight(b: EditorBuffer): EditorBuffer {
  return { ...b, cursor: Math.min(cps(b.text).length, b.cursor + 1) };
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && !/\s/.test(ch);

export function wordLeft(b: EditorBuffer): EditorBuffer {
  const chars = cps(b.text);
  let i = b.cursor;
  while (i > 0 && !isWordChar(chars[i - 1])) i--;
  while (i > 0 && isWordChar(chars[i - 1])) i--;
  return { ...b, cursor: i };
}

export function wordRight(b: EditorBuffer): EditorBuffer {
  const chars = cps(b.text);
  let i = b.cursor;
  while (i < chars.length && !isWordChar(chars[i])) i++;
  while (i < chars.length && isWordChar(chars[i])) i++;
  return { ...b, cursor: i };
}

/** Ctrl+W: deletes the word before the cursor (and the spaces after it). */
export function deleteWordBackward(b: EditorBuffer): EditorBuffer {
  const target = wordLeft(b).cursor;
  const chars = cps(b.text);
  chars.splice(target, b.cursor - target);
  return { text: chars.join(''), cursor: target };
}

/** Ctrl+U (readline): deletes from the start of the current line to the cursor. */
export function deleteToLineStart(b: EditorBuffer): EditorBuffer {
  const chars = cps(b.text);
  let start = b.cursor;
  while (start > 0 && chars[start - 1] !== '\n') start--;
  chars.splice(start, b.cursor - start);
  return { text: chars.join(''), cursor: start };
}

/** Rows of the buffer wrapped to `width` columns. */
export const bufferRows = (b: EditorBuffer, width: number): Row[] => layoutRows(cps(b.text), width);

/** A row continues on the next one (soft wrap) when the next row starts where it ends. */
const isSoftWrapped = (rows: readonly Row[], i: number): boolean => rows[i + 1]?.start === rows[i]?.end;

/** The row the cursor is drawn on: at a soft wrap the cursor belongs to the start of the next row. */
export function cursorRow(rows: readonly Row[], cursor: number): number {
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Row;
    if (cursor >= r.start && (cursor < r.end || (cursor === r.end && !isSoftWrapped(rows, i)))) return i;
  }
  return Math.max(0, rows.length - 1);
}

/** Moves the cursor one row up (-1) or down (+1), keeping its column as close as possible. */
export function moveVertical(b: EditorBuffer, width: number, direction: -1 | 1): EditorBuffer {
  const chars = cps(b.text);
  const rows = layoutRows(chars, width);
  const here = cursorRow(rows, b.cursor);
  const target = here + direction;
  if (target < 0) return { ...b, cursor: 0 };
  if (target >= rows.length) return { ...b, cursor: chars.length };
  const from = rows[here] as Row;
  const column = textWidth(chars, from.start, b.cursor);
  const row = rows[target] as Row;
  const last = isSoftWrapped(rows, target) ? row.end - 1 : row.end;
  let offset = row.start;
  let w = 0;
  while (offset < last) {
    const cw = charWidth(chars[offset] ?? '');
    if (w + cw > column) break;
    w += cw;
    offset++;
  }
  return { ...b, cursor: offset };
}

/** Home / End: the start or end of the cursor's row. */
export function moveToRowEdge(b: EditorBuffer, width: number, edge: 'start' | 'end'): EditorBuffer {
  const rows = bufferRows(b, width);
  const i = cursorRow(rows, b.cursor);
  const row = rows[i] as Row;
  if (edge === 'start') return { ...b, cursor: row.start };
  return { ...b, cursor: isSoftWrapped(rows, i) ? row.end - 1 : row.end };
}

/**
 * A chunk of several characters (a paste, or typing that a slow link delivered at once): text is
 * inserted with its line breaks kept, and Backspaces inside it still delete.
 */
export function insertChunk(b: EditorBuffer, chunk: string): EditorBuffer {
  let next = b;
  for (const part of chunk.split(/([\u007f\b])/)) {
    if (part === '\u007f' || part === '\b') next = deleteBackward(next);
    else if (part) next = insertText(next, part);
  }
  return next;
}
