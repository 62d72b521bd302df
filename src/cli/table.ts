// Plain column alignment for CLI tables, by display width so CJK names line up.
import stringWidth from 'string-width';
import { safeText } from '../terminal/safe-text.js';

/** Cells hold names, roles and messages from the store and the network: one line each, neutralised. */
export function padCells(input: string[][]): string[] {
  const rows = input.map((row) => row.map((cell) => safeText(cell, { oneLine: true, tabWidth: 1 })));
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat((widths[i] ?? 0) - stringWidth(cell))))
      .join('  ')
      .trimEnd(),
  );
}
