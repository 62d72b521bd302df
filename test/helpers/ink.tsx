// Renders the real app shell at a route with a temp store, the way it reaches a person: through the
// production render options into a headless terminal (test/helpers/terminal.tsx) — keys one at a
// time through src/terminal/key-by-key.ts, frames through Ink 8's own throttled, incremental
// writer. Keys are typed the way a terminal sends them; tests wait for what a key brings about
// (the key taken in and its frame on screen, or the frame they name), never for the clock.
import { afterEach, vi } from 'vitest';
import type { Repositories } from '../../src/app/repositories.js';
import type { Route } from '../../src/navigation.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
import { renderInTerminal, type TerminalAppShell } from './terminal.js';
import { tempDir } from './tmp.js';

export const KEYS = {
  up: '\u001b[A',
  down: '\u001b[B',
  right: '\u001b[C',
  left: '\u001b[D',
  shiftRight: '\u001b[1;2C',
  shiftLeft: '\u001b[1;2D',
  pageUp: '\u001b[5~',
  pageDown: '\u001b[6~',
  home: '\u001b[H',
  end: '\u001b[F',
  enter: '\r',
  escape: '\u001b',
  tab: '\t',
  backspace: '\u007f',
};

/** The terminal screen tests render in: as wide as ink-testing-library's stdout, as tall as a default terminal. */
export const SCREEN = { columns: 100, rows: 24 };

export interface ScreenApp extends TerminalAppShell {
  store: Store;
  repositories: Repositories;
  /** The screen's text now (rows joined by newlines, trailing blanks dropped). */
  frame(): string;
  /** The same, for helpers written against ink-testing-library's interface (test/components/press.tsx). */
  lastFrame(): string;
  /** The screen's text now with its colours and styles as SGR escapes. */
  styledFrame(): string;
}

const open = new Set<ScreenApp>();
/** Which app a frame getter belongs to, so waitForFrame can wait on its writes instead of polling. */
const owners = new WeakMap<() => string, ScreenApp>();

/** The app at `route`, once its first frame is on screen and it listens for keys. */
export async function renderApp(
  route: Route,
  opts: {
    store?: Store;
    env?: NodeJS.ProcessEnv;
    /** Replaces parts of the app layer (e.g. a write that comes back `locked`) for a test. */
    repositories?: (real: Repositories) => Repositories;
    columns?: number;
    rows?: number;
  } = {},
): Promise<ScreenApp> {
  const store = opts.store ?? openStore({ dataDir: tempDir() });
  const env = opts.env ?? process.env;
  const terminal = renderInTerminal(route, {
    store,
    env,
    columns: opts.columns ?? SCREEN.columns,
    rows: opts.rows ?? SCREEN.rows,
    ...(opts.repositories ? { repositories: opts.repositories } : {}),
  });
  const frame = (): string => terminal.screen().join('\n');
  const app: ScreenApp = {
    ...terminal,
    store,
    repositories: terminal.repositories,
    frame,
    lastFrame: frame,
    styledFrame: () => terminal.styledScreen().join('\n'),
    unmount: () => {
      open.delete(app);
      terminal.unmount();
    },
  };
  owners.set(frame, app);
  open.add(app);
  await terminal.settle();
  return app;
}

/** Unmounts every app still on screen. */
export function cleanup(): void {
  for (const app of [...open]) app.unmount();
}

// No app outlives its test: its timers, streams and saves stop before the test's data dir goes
// (registered after tmp.ts's hook, so it runs before it).
afterEach(cleanup);

/**
 * Waits until `frame()` matches: for an app's `frame`, checked after every write the terminal
 * parses; for anything else (a stored file, a count), checked until it holds or `ms` runs out.
 */
export async function waitForFrame(frame: () => string, re: RegExp, ms = 5000): Promise<string> {
  const app = owners.get(frame);
  if (app) {
    await app.waitFor(re, ms);
    // What the frame shows is in place before the next key: its effects (where a screen starts
    // listening for keys in the new state) have run.
    await app.settle();
    return frame();
  }
  return vi.waitFor(
    () => {
      const now = frame();
      if (!re.test(now)) throw new Error(`never matched ${re}:\n${now}`);
      return now;
    },
    { timeout: ms, interval: 10 },
  );
}

/**
 * A frame that owns the whole screen: its title on the top row and its hints on the bottom row of
 * the terminal, nothing scrolled off the top and no blank rows left under it.
 */
export function fillsScreen(frame: string, rows = SCREEN.rows): boolean {
  const lines = frame.split('\n');
  return lines.length === rows && lines[0]!.trim() !== '' && lines.at(-1)!.trim() !== '';
}
