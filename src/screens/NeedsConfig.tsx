// The model screens need config.json. When it is damaged they are not opened (they would have no
// models to show and nothing they may write): this says what is wrong and where, and Esc goes back.
// The offline demo, History and the question bank do not depend on it and keep working.
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useModels } from '../app/use-repositories.js';
import { damagedLine } from '../app/screen-data.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { useNavigation } from '../navigation.js';
import { safeText } from '../terminal/safe-text.js';

const BINDINGS: Binding<'back'>[] = [{ on: ['escape', 'enter'], keys: 'Esc', action: 'back', handler: 'back' }];

export function NeedsConfig({ children }: { children: ReactNode }): ReactNode {
  const loaded = useModels();
  if (loaded.status === 'ok') return children;
  return <ConfigDamaged problem={damagedLine(loaded)} />;
}

function ConfigDamaged({ problem }: { problem: string }): ReactNode {
  const nav = useNavigation();
  useBindings(BINDINGS, { back: () => nav.back() });
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>Models</Text>
      <Text color="red" wrap="wrap">
        ✗ Models are unavailable: {safeText(problem, { oneLine: true })}
      </Text>
      <Text dimColor wrap="wrap">
        Repair the file or move it away (mockview then starts with no models). The offline demo, History and the question bank still work.
      </Text>
    </Box>
  );
}
