// What the interview and feedback screens show for a session id that is not in the store.
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { useKeys } from '../hooks/useKeys.js';
import { useNavigation } from '../navigation.js';
import { safeText } from '../terminal/safe-text.js';
import { useT } from '../hooks/useT.js';

export function MissingSession({ id }: { id: string }): ReactNode {
  const nav = useNavigation();
  const t = useT();
  useKeys((_i, key) => {
    if (key.escape || key.return) nav.back();
  });
  return <Text color="red">✗ {t('common.missingSession', { id: safeText(id, { oneLine: true }) })}</Text>;
}
