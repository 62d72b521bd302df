// "Delete model 'X'? (y/N)": y confirms; n or Esc cancels; Enter takes the default, which is the
// safe "no" unless `defaultYes` (then the prompt reads (Y/n)).
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { useKeys } from '../hooks/useKeys.js';
import { useT } from '../hooks/useT.js';

export interface ConfirmDialogProps {
  question: string;
  onAnswer: (yes: boolean) => void;
  defaultYes?: boolean;
  focused?: boolean;
}

export function ConfirmDialog({ question, onAnswer, defaultYes = false, focused = true }: ConfirmDialogProps): ReactNode {
  const t = useT();
  useKeys(
    (input, key) => {
      if (input === 'y' || input === 'Y') onAnswer(true);
      else if (input === 'n' || input === 'N' || key.escape) onAnswer(false);
      else if (key.return) onAnswer(defaultYes);
    },
    { isActive: focused },
  );
  return (
    <Text bold wrap="wrap">
      <Text color="yellow">? </Text>
      {question} <Text dimColor>{defaultYes ? t('common.confirm.defaultYes') : t('common.confirm.defaultNo')}</Text>
    </Text>
  );
}
