// A classified error: what went wrong, what to do, and where the details are.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';

export interface ErrorBoxProps {
  title: string;
  fix?: string;
  logHint?: string;
}

export function ErrorBox({ title, fix, logHint }: ErrorBoxProps): ReactNode {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor="red" paddingX={1}>
      <Text color="red" bold>
        ✗ {title}
      </Text>
      {fix ? <Text>Fix: {fix}</Text> : null}
      {logHint ? <Text dimColor>{logHint}</Text> : null}
    </Box>
  );
}
