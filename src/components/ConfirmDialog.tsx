// "Delete model 'X'? (y/N)": y confirms; n, Esc or Enter cancels (the safe answer is the default).
import { Text, useInput } from 'ink';
import type { ReactNode } from 'react';

export function ConfirmDialog({ question, onAnswer }: { question: string; onAnswer: (yes: boolean) => void }): ReactNode {
  useInput((input, key) => {
    if (input === 'y' || input === 'Y') onAnswer(true);
    else if (input === 'n' || input === 'N' || key.escape || key.return) onAnswer(false);
  });
  return (
    <Text bold>
      {question} <Text dimColor>(y/N)</Text>
    </Text>
  );
}
