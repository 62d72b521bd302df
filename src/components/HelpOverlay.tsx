// `?` help: every key of this screen and the global ones, grouped. Esc, ? or q closes it.
import { Box, Text, useInput } from 'ink';
import type { ReactNode } from 'react';
import type { KeyHint } from './KeyHints.js';

export interface HelpGroup {
  title: string;
  hints: KeyHint[];
}

export function HelpOverlay({ groups, onClose }: { groups: HelpGroup[]; onClose: () => void }): ReactNode {
  useInput((input, key) => {
    if (key.escape || input === '?' || input === 'q' || key.return) onClose();
  });
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Keys</Text>
      {groups
        .filter((g) => g.hints.length > 0)
        .map((g) => (
          <Box key={g.title} flexDirection="column" marginTop={1}>
            <Text underline>{g.title}</Text>
            {g.hints.map((h) => (
              <Text key={`${h.keys}-${h.action}`}>
                {'  '}
                <Text bold>{h.keys.padEnd(14)}</Text>
                {h.action}
              </Text>
            ))}
          </Box>
        ))}
      <Text dimColor>{'\n'}Esc or ? closes this help</Text>
    </Box>
  );
}
