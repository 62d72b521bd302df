// Table cells measured in terminal columns, not string length: a CJK role or an emoji takes two
// columns, so padEnd would misalign every column after it. Cells hold text our code did not write
// (model names, roles, log messages), so each one passes safeText on one line first.
import stringWidth from 'string-width';
import { safeText } from '../terminal/safe-text.js';
import { truncateToWidth } from './text-layout.js';

/** `text` on one line, cut with … and padded to exactly `width` columns. */
export function cell(text: string, width: number): string {
  const cut = truncateToWidth(safeText(text, { oneLine: true }).replace(/\s+/g, ' '), width);
  return cut + ' '.repeat(Math.max(0, width - stringWidth(cut)));
}

/** Like `cell`, right-aligned (numbers). */
export function cellRight(text: string, width: number): string {
  const cut = truncateToWidth(safeText(text, { oneLine: true }), width);
  return ' '.repeat(Math.max(0, width - stringWidth(cut))) + cut;
}

/** A whole row cut to the terminal's width (with …). */
export const fitRow = (row: string, width: number): string => truncateToWidth(row, Math.max(1, width));
