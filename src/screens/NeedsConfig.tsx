// The model screens need config.json. When it is damaged they are not opened (they would have no
// models to show and nothing they may write): this says what is wrong and where, and Esc goes back.
// The offline demo, History and the question bank do not depend on it and keep working.
// `onlyWhenOpened`: checked as the screen opens, not after — a form holding typed input stays open
// when the file goes bad under it and says so itself (its edit is not thrown away).
import { Box, Text } from 'ink';
import { useState, type ReactNode } from 'react';
import { useModels } from '../app/use-repositories.js';
import { damagedLine } from '../app/screen-data.js';
import { useBindings } from '../hooks/useBindings.js';
import type { Binding } from '../keys/bindings.js';
import { useNavigation } from '../navigation.js';
import { safeText } from '../terminal/safe-text.js';
import { useT } from '../hooks/useT.js';


export function NeedsConfig({ children, onlyWhenOpened = false }: { children: ReactNode; onlyWhenOpened?: boolean }): ReactNode {
  const loaded = useModels();
  const [openedOk] = useState(loaded.status === 'ok');
  if (loaded.status === 'ok' || (onlyWhenOpened && openedOk)) return children;
  return <ConfigDamaged problem={damagedLine(loaded)} />;
}

function ConfigDamaged({ problem }: { problem: string }): ReactNode {
  const nav = useNavigation();
  const t = useT();
  const bindings: Binding<'back'>[] = [{ on: ['escape', 'enter'], keys: 'Esc', action: t('common.actions.back'), handler: 'back' }];
  useBindings(bindings, { back: () => nav.back() });
  return (
    <Box flexDirection="column" paddingX={1}>
      <Text bold>{t('shell.needsConfig.title')}</Text>
      <Text color="red" wrap="wrap">
        ✗ {t('shell.needsConfig.unavailable', { problem: safeText(problem, { oneLine: true }) })}
      </Text>
      <Text dimColor wrap="wrap">
        {t('shell.needsConfig.fix')}
      </Text>
    </Box>
  );
}
