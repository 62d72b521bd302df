import { describe, expect, it } from 'vitest';
import {
  bufferOf,
  bufferRows,
  cursorRow,
  deleteBackward,
  deleteToLineStart,
  deleteWordBackward,
  insertText,
  moveToRowEdge,
  moveVertical,
  wordLeft,
} from '../../src/components/editor-buffer.js';
import { layoutRows, sanitizeText, truncateToWidth, wrapText } from '../../src/components/text-layout.js';

describe('text layout', () => {
  it('wraps at spaces and keeps every character in exactly one row', () => {
    const text = 'the quick brown fox jumps';
    const rows = layoutRows(Array.from(text), 10);
    expect(rows.map((r) => text.slice(r.start, r.end))).toEqual(['the quick ', 'brown fox ', 'jumps']);
    expect(wrapText(text, 10)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('breaks a word longer than the row', () => {
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
  });

  it('counts CJK and emoji as two columns', () => {
    expect(wrapText('你好世界你好', 5)).toEqual(['你好', '世界', '你好']);
    expect(wrapText('ab😀cd', 4)).toEqual(['ab😀', 'cd']);
  });

  it('keeps empty lines', () => {
    expect(wrapText('a\n\nb', 10)).toEqual(['a', '', 'b']);
  });

  it('drops control sequences from model text and pastes', () => {
    expect(sanitizeText('a\u001b[2Jb\r\nc\td\u0007')).toBe('ab\nc    d');
  });

  it('truncates by display width', () => {
    expect(truncateToWidth('hello world', 6)).toBe('hello…');
    expect(truncateToWidth('你好世界', 5)).toBe('你好…');
    expect(truncateToWidth('short', 10)).toBe('short');
  });
});

describe('editor buffer', () => {
  it('inserts at the cursor by code point, CJK and emoji included', () => {
    let b = bufferOf('你好😀');
    expect(b.cursor).toBe(3);
    b = insertText({ ...b, cursor: 1 }, 'a');
    expect(b).toEqual({ text: '你a好😀', cursor: 2 });
    b = deleteBackward({ ...b, cursor: 4 });
    expect(b.text).toBe('你a好');
  });

  it('turns pasted CR line breaks into newlines', () => {
    expect(insertText(bufferOf(''), 'one\r\ntwo\rthree').text).toBe('one\ntwo\nthree');
  });

  it('joins lines on backspace at a line start', () => {
    const b = deleteBackward({ text: 'ab\ncd', cursor: 3 });
    expect(b).toEqual({ text: 'abcd', cursor: 2 });
  });

  it('deletes to the line start (Ctrl+U) and the word before (Ctrl+W)', () => {
    expect(deleteToLineStart({ text: 'first\nsecond line', cursor: 13 })).toEqual({ text: 'first\nline', cursor: 6 });
    expect(deleteWordBackward(bufferOf('hello big world'))).toEqual({ text: 'hello big ', cursor: 10 });
    expect(wordLeft(bufferOf('hello big world  ')).cursor).toBe(10);
  });

  it('puts the cursor after a soft wrap on the next row', () => {
    const b = bufferOf('the quick brown');
    const rows = bufferRows(b, 10);
    expect(cursorRow(rows, 10)).toBe(1); // right after "the quick "
    expect(cursorRow(rows, 9)).toBe(0);
    expect(cursorRow(rows, 15)).toBe(1);
  });

  it('moves up and down by rows, keeping the column', () => {
    const b = { text: 'abcdef\nxy\n你好世界', cursor: 4 };
    const down = moveVertical(b, 20, 1);
    expect(down.cursor).toBe(9); // end of "xy"
    const down2 = moveVertical({ ...b, cursor: 8 }, 20, 1); // column 1 in "xy"
    expect(down2.cursor).toBe(10); // before 你 (a 2-column char does not fit in column 1)
    const up = moveVertical({ ...b, cursor: 12 }, 20, -1); // after 你好 (column 4)
    expect(up.cursor).toBe(9);
    expect(moveVertical(b, 20, -1).cursor).toBe(0);
  });

  it('Home/End go to the edges of the visual row', () => {
    const b = { text: 'the quick brown', cursor: 12 };
    expect(moveToRowEdge(b, 10, 'start').cursor).toBe(10);
    expect(moveToRowEdge(b, 10, 'end').cursor).toBe(15);
    expect(moveToRowEdge({ ...b, cursor: 2 }, 10, 'end').cursor).toBe(9);
  });
});
