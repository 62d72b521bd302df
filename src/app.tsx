// The shell: screen router, key-hint bar, `?` help, the minimum-size guard. Screens are lazy so the
// first frame does not wait for the interview or model-form code.
import { Box, Text, useApp } from 'ink';
import { RepositoriesProvider } from './app/use-repositories.js';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { HelpOverlay } from './components/HelpOverlay.js';
import { KeyHints, type KeyHint } from './components/KeyHints.js';
import { useTerminalSize } from './hooks/useTerminalSize.js';
import { NavigationContext, ServicesContext, type Navigation, type Route, type Services } from './navigation.js';
import { ScreenFor } from './screens/index.js';
import { useKeys } from './hooks/useKeys.js';
import { keyTakenIn } from './terminal/key-by-key.js';

export const MIN_COLUMNS = 80;
export const MIN_ROWS = 24;

const GLOBAL_HINTS: KeyHint[] = [
  { keys: '?', action: 'keys' },
  { keys: 'Esc', action: 'back' },
  { keys: 'Ctrl+C', action: 'quit' },
];

export interface AppProps {
  services: Services;
  initialRoute?: Route;
}

export function App({ services, initialRoute }: AppProps): ReactNode {
  const { exit } = useApp();
  const { columns, rows } = useTerminalSize();
  // Home first, always: with no real model yet it offers adding one and the offline demo side by side.
  const [stack, setStack] = useState<Route[]>(() => [initialRoute ?? { screen: 'home' }]);
  const [hints, setHints] = useState<KeyHint[]>([]);
  const [typing, setTyping] = useState(false);
  const [hintBar, setHintBar] = useState(true);
  const [help, setHelp] = useState(false);
  const route = stack[stack.length - 1] ?? { screen: 'home' };

  const nav = useMemo<Navigation>(
    () => ({
      route,
      go: (r) => setStack((s) => [...s, r]),
      replace: (r) => setStack((s) => [...s.slice(0, -1), r]),
      // Back from a screen opened directly (e.g. `mockview interview`) lands on home.
      back: () => setStack((s) => (s.length > 1 ? s.slice(0, -1) : [{ screen: 'home' }])),
      quit: () => exit(),
      setHints,
      setTyping,
      setHintBar,
    }),
    [route, exit],
  );

  const closeHelp = useCallback(() => setHelp(false), []);
  useKeys(
    (input) => {
      if (input === '?' && !typing) setHelp(true);
    },
    { isActive: !help },
  );

  if (columns < MIN_COLUMNS || rows < MIN_ROWS) {
    return (
      <Box flexDirection="column">
        <Text>
          Terminal too small: {columns}×{rows}. mockview needs at least {MIN_COLUMNS}×{MIN_ROWS}.
        </Text>
        <Text dimColor>Make the window larger, or press Ctrl+C to quit.</Text>
      </Box>
    );
  }

  return (
    <ServicesContext.Provider value={services}>
      <RepositoriesProvider repositories={services.repositories}>
      <NavigationContext.Provider value={nav}>
        <Box flexDirection="column" width={columns}>
          {help ? (
            <HelpOverlay groups={[{ title: 'This screen', hints }, { title: 'Everywhere', hints: GLOBAL_HINTS }]} onClose={closeHelp} />
          ) : (
            <ScreenFor route={route} />
          )}
          {hintBar || help ? <KeyHints hints={[...hints, ...GLOBAL_HINTS]} width={columns} /> : null}
          <KeysTakenIn />
        </Box>
      </NavigationContext.Provider>
      </RepositoriesProvider>
    </ServicesContext.Provider>
  );
}

/** Last in the tree, so its effect runs after every screen's: keys typed ahead may go on (src/terminal/key-by-key.ts). */
function KeysTakenIn(): null {
  useEffect(keyTakenIn);
  return null;
}
