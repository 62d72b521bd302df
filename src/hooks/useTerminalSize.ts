// The terminal's size, following resizes. 80×24 when unknown (pipes, ink-testing-library's rows).
import { useStdout } from 'ink';
import { useEffect, useState } from 'react';

export interface TerminalSize {
  columns: number;
  rows: number;
}

const sizeOf = (stdout: NodeJS.WriteStream): TerminalSize => ({ columns: stdout.columns || 80, rows: stdout.rows || 24 });

export function useTerminalSize(): TerminalSize {
  const { stdout } = useStdout();
  const [size, setSize] = useState(() => sizeOf(stdout));
  useEffect(() => {
    const onResize = (): void =>
      setSize((prev) => {
        const next = sizeOf(stdout);
        return next.columns === prev.columns && next.rows === prev.rows ? prev : next;
      });
    onResize(); // the size may have changed between the first render and this effect
    stdout.on('resize', onResize);
    return () => void stdout.off('resize', onResize);
  }, [stdout]);
  return size;
}
