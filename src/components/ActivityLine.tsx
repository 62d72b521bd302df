// The status line a screen shows where a write may wait: "waiting for config.json held by another
// mockview (3 s)" while another process holds the lock, nothing otherwise. The wait itself runs on
// timers (store.writes), so the screen keeps drawing this while it waits.
import { Text } from 'ink';
import type { ReactNode } from 'react';
import { activityLine } from '../app/screen-data.js';
import { useActivity } from '../app/use-repositories.js';
import { safeText } from '../terminal/safe-text.js';
import { useT } from '../hooks/useT.js';

export function ActivityLine(): ReactNode {
  useT();
  const line = activityLine(useActivity());
  return line ? (
    <Text color="yellow" wrap="truncate-end">
      {safeText(line, { oneLine: true })}
    </Text>
  ) : null;
}
