// Renders the real app shell at a route with a temp store, and types keys the way a terminal sends them.
import { render } from 'ink-testing-library';
import { App } from '../../src/app.js';
import { createRepositories, type Repositories } from '../../src/app/repositories.js';
import { listCallableModels } from '../../src/bedrock/catalog-live.js';
import type { Route, Services } from '../../src/navigation.js';
import { openProvider } from '../../src/providers/index.js';
import { openStore } from '../../src/store/index.js';
import type { Store } from '../../src/store/types.js';
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

export const tick = (ms = 40): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function renderApp(
  route: Route,
  opts: {
    store?: Store;
    env?: NodeJS.ProcessEnv;
    /** Replaces parts of the app layer (e.g. a write that comes back `locked`) for a test. */
    repositories?: (real: Repositories) => Repositories;
  } = {},
) {
  const store = opts.store ?? openStore({ dataDir: tempDir() });
  const env = opts.env ?? process.env;
  const real = createRepositories(store);
  const repositories = opts.repositories ? opts.repositories(real) : real;
  const services: Services = {
    store,
    repositories,
    env,
    now: () => Date.now(),
    openProvider: (config, purpose) => openProvider(config, { store, purpose, env }),
    listModels: listCallableModels,
  };
  const app = render(<App services={services} initialRoute={route} />);
  const press = async (...keys: string[]): Promise<void> => {
    for (const k of keys) {
      app.stdin.write(k);
      await tick();
    }
  };
  const frame = (): string => app.lastFrame() ?? '';
  const unmount = (): void => {
    app.unmount();
    real.close();
  };
  return { ...app, unmount, store, repositories, press, frame };
}

/** Waits until the frame matches (streaming screens). */
export async function waitForFrame(frame: () => string, re: RegExp, ms = 5000): Promise<string> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (re.test(frame())) return frame();
    await tick(25);
  }
  throw new Error(`frame never matched ${re}:\n${frame()}`);
}
