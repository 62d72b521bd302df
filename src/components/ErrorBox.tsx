// A classified error: what went wrong, what to do, where the details are. At most 80 columns
// wide; the ✗ and the border carry the meaning when colour is off.
//   ╭──────────────────────────────────────────────╮
//   │ ✗ Model access not granted  (model-access-denied)
//   │ Fix: open the Bedrock console → Model access …
//   │ Details: mockview logs                        │
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import type { ErrorClass } from '../bedrock/error-types.js';
import { useTerminalSize } from '../hooks/useTerminalSize.js';
import { wrapText } from './text-layout.js';

export interface ErrorBoxProps {
  title: string;
  /** What to do; several lines may be separated by '\n'. */
  fix?: string;
  errorClass?: ErrorClass;
  /** Where the full error is; default "Details: mockview logs". */
  logHint?: string;
  width?: number;
}

export function ErrorBox({ title, fix, errorClass, logHint, width }: ErrorBoxProps): ReactNode {
  const { columns } = useTerminalSize();
  const boxWidth = Math.max(20, Math.min(width ?? columns, 80));
  // Border and padding take 4 columns, "Fix: " 5; continuation rows line up under the text.
  const fixRows = (fix ?? '')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((line) => wrapText(line.trim(), boxWidth - 9));
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="red" paddingX={1} width={boxWidth}>
      <Text wrap="wrap">
        <Text color="red" bold>
          ✗ {title}
        </Text>
        {errorClass && errorClass !== 'unknown' ? <Text dimColor>{`  (${errorClass})`}</Text> : null}
      </Text>
      {fixRows.map((row, i) => (
        <Text key={i}>
          {i === 0 ? 'Fix: ' : '     '}
          {row}
        </Text>
      ))}
      <Text dimColor wrap="wrap">
        {logHint ?? 'Details: mockview logs'}
      </Text>
    </Box>
  );
}
