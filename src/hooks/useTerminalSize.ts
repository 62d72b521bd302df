// The terminal's size, following resizes (Ink's own useWindowSize). 80×24 when unknown (pipes,
// ink-testing-library's rows).
import { useWindowSize } from 'ink';

export interface TerminalSize {
  columns: number;
  rows: number;
}

export function useTerminalSize(): TerminalSize {
  const { columns, rows } = useWindowSize();
  return { columns: columns || 80, rows: rows || 24 };
}
