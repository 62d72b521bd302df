// What the interview and feedback screens show for a session id that is not in the store.
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { useKeys } from '../hooks/useKeys.js';
import { useNavigation } from '../navigation.js';
import { safeText } from '../terminal/safe-text.js';

export function MissingSession({ id }: { id: string }): ReactNode {
  const nav = useNavigation();
  useKeys((_i, key) => {
    if (key.escape || key.return) nav.back();
  });
  return <Text color="red">✗ No interview session '{safeText(id, { oneLine: true })}'. Esc goes back.</Text>;
}
