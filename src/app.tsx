// The shell: screen router, key-hint bar, `?` help, the minimum-size guard, Ctrl+L. Every frame is
// exactly the terminal's size: the screen gets all rows but the last (the hint bar), is cut to that
// height and padded to it, so no row of an earlier screen or frame can survive below or beside it.
// Help and the too-small warning are overlays: the screen under them stays mounted (hidden with
// display="none", its keys paused), so its fields keep what was typed and its streams and timers
// keep running.
import { Box, Text, useApp, useBoxMetrics, type DOMElement } from 'ink';
import { RepositoriesProvider } from './app/use-repositories.js';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { HelpOverlay } from './components/HelpOverlay.js';
import { KeyHints, type KeyHint } from './components/KeyHints.js';
import { useTerminalSize } from './hooks/useTerminalSize.js';
import { NavigationContext, ServicesContext, type Navigation, type Route, type Services } from './navigation.js';
import { ScreenFor } from './screens/index.js';
import { KeysPaused, useKeys } from './hooks/useKeys.js';
import { useT } from './hooks/useT.js';
import { keyTakenIn } from './terminal/key-by-key.js';

type TFn = ReturnType<typeof useT>;

export const MIN_COLUMNS = 80;
/** An 80×24 terminal with a tmux status line. */
export const MIN_ROWS = 23;
/** How long the screen stays blank on Ctrl+L: over two frames at Ink's maxFps (15), so the blank frame is written on its own. */
const REDRAW_BLANK_MS = 150;

/** The hints that work on every screen, in the language in use. */
const globalHints = (t: TFn): KeyHint[] => [
  { keys: '?', action: t('shell.global.keys') },
  { keys: 'Esc', action: t('shell.global.back') },
  { keys: 'Ctrl+L', action: t('shell.global.redraw') },
  { keys: 'Ctrl+C', action: t('shell.global.quit') },
];

/** The global hints a screen has not taken over: a screen's own Esc (e.g. "Esc home") replaces "Esc back". */
function globalHintsBeside(screen: readonly KeyHint[], global: readonly KeyHint[]): KeyHint[] {
  const taken = new Set(screen.flatMap((h) => h.keys.split('/')));
  return global.filter((g) => !taken.has(g.keys));
}

export interface AppProps {
  services: Services;
  initialRoute?: Route;
}

const HOME: Route = { screen: 'home' };

export function App({ services, initialRoute }: AppProps): ReactNode {
  const { exit } = useApp();
  const t = useT();
  const GLOBAL_HINTS = globalHints(t);
  const { columns, rows } = useTerminalSize();
  // Home first, always: with no real model yet it offers adding one and the offline demo side by side.
  const [stack, setStack] = useState<Route[]>(() => [initialRoute ?? { screen: 'home' }]);
  const [hints, setHints] = useState<KeyHint[]>([]);
  const [typing, setTyping] = useState(false);
  const [help, setHelp] = useState(false);
  const route = stack[stack.length - 1] ?? HOME;
  // Each entry of the stack keeps its own key, so going back remounts nothing that is still open.
  const depth = stack.length;

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
    }),
    [route, exit],
  );

  // Ctrl+L: one blank frame (Ink then clears the whole screen), then the frame again, written
  // whole. Nothing under it is unmounted. (Resizes are Ink's own: it clears when the terminal
  // narrows or loses rows, and every frame is exactly the terminal's size.)
  const [blank, setBlank] = useState(false);
  const redraw = useCallback(() => setBlank(true), []);
  useEffect(() => {
    if (!blank) return;
    const timer = setTimeout(() => setBlank(false), REDRAW_BLANK_MS);
    return () => clearTimeout(timer);
  }, [blank]);
  const screenBox = useRef<DOMElement>(null);
  const { height: screenHeight } = useBoxMetrics(screenBox);
  const overflow = Math.max(0, screenHeight - (rows - 1));

  const closeHelp = useCallback(() => setHelp(false), []);
  const tooSmall = columns < MIN_COLUMNS || rows < MIN_ROWS;
  useKeys((input, key) => {
    if (key.ctrl && input === 'l') redraw();
    else if (input === '?' && !typing && !help && !tooSmall) setHelp(true);
  });

  const covered = help || tooSmall;
  return (
    <ServicesContext.Provider value={services}>
      <RepositoriesProvider repositories={services.repositories}>
      <NavigationContext.Provider value={nav}>
        <Box flexDirection="column" width={columns} height={rows} overflowY="hidden" display={blank ? 'none' : 'flex'}>
          <Box flexDirection="column" width={columns} height={Math.max(1, rows - 1)} overflowY="hidden" flexShrink={0} display={covered ? 'none' : 'flex'}>
            <KeysPaused value={covered}>
              {/* Never squeezed (Yoga would shrink its rows onto each other): a screen taller than
                  its space shows its bottom rows, where the latest result and the buttons are. */}
              <Box ref={screenBox} flexDirection="column" flexShrink={0} marginTop={-overflow}>
                <ScreenFor key={depth} route={route} />
              </Box>
            </KeysPaused>
          </Box>
          {tooSmall ? (
            <TooSmall columns={columns} rows={rows} />
          ) : help ? (
            <Box flexDirection="column" height={rows - 1} overflow="hidden" flexShrink={0}>
              <HelpOverlay groups={[{ title: t('shell.help.thisScreen'), hints }, { title: t('shell.help.everywhere'), hints: GLOBAL_HINTS }]} onClose={closeHelp} maxRows={rows - 1} />
            </Box>
          ) : null}
          {tooSmall ? null : <KeyHints hints={help ? GLOBAL_HINTS : [...hints, ...globalHintsBeside(hints, GLOBAL_HINTS)]} width={columns} />}
          <KeysTakenIn />
        </Box>
      </NavigationContext.Provider>
      </RepositoriesProvider>
    </ServicesContext.Provider>
  );
}

/** Drawn over the screen while the terminal is too small; the screen goes on underneath. */
function TooSmall({ columns, rows }: { columns: number; rows: number }): ReactNode {
  const t = useT();
  return (
    <Box flexDirection="column" width={columns} height={rows} overflow="hidden">
      <Text wrap="wrap">{t('shell.tooSmall.size', { columns, rows, minColumns: MIN_COLUMNS, minRows: MIN_ROWS })}</Text>
      <Text dimColor wrap="wrap">
        {t('shell.tooSmall.keepsRunning')}
      </Text>
    </Box>
  );
}

/** Last in the tree, so its effect runs after every screen's: keys typed ahead may go on (src/terminal/key-by-key.ts). */
function KeysTakenIn(): null {
  useEffect(keyTakenIn);
  return null;
}
