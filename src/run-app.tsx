// Puts the full-screen app on the terminal and guarantees the terminal comes back: Ink's own
// alternate screen (it leaves it on unmount, and on process exit through signal-exit); bracketed
// paste and mouse reporting turned off and the cursor shown again on exit, Ctrl+C, SIGTERM/SIGHUP
// and crashes. While the
// app is up nothing may write behind Ink's back, so console output and process warnings (e.g. the
// AWS SDK's Node-version notice) go to the log instead.
import { render } from 'ink';
import { App } from './app.js';
import { createRepositories } from './app/repositories.js';
import { logWarningsTo } from './cli/context.js';
import type { Route, Services } from './navigation.js';
import type { Provider } from './providers/types.js';
import type { ModelConfig } from './store/schema.js';
import { holdKeysWhile } from './terminal/key-by-key.js';
import { openStore } from './store/index.js';
import { preloadScreens } from './screens/index.js';
import { appRenderOptions } from './terminal/render-options.js';
import { MOUSE_OFF } from './terminal/mouse.js';
import { StoreError, type Store } from './store/types.js';
import { noTerminalMessage } from './cli/no-terminal.js';

// Bracketed paste: the terminal marks a paste, so a pasted answer with line breaks is never taken
// for Enter presses typed ahead (src/terminal/key-by-key.ts). Leaving also turns mouse reporting off
// (src/terminal/mouse.ts) and shows the cursor, whatever state a crash left them in.
const ENTER = '\u001b[?2004h';
const LEAVE = `\u001b[?2004l${MOUSE_OFF}\u001b[?25h`;

function captureStrayOutput(store: Store): () => void {
  const originals = { log: console.log, info: console.info, warn: console.warn, error: console.error, debug: console.debug };
  const toLog =
    (level: 'info' | 'warn' | 'error') =>
    (...args: unknown[]): void => {
      try {
        store.appendLog({ level, kind: 'sdk', message: args.map(String).join(' ').slice(0, 2000) });
      } catch {
        // The log is best effort here; never break the screen over it.
      }
    };
  console.log = toLog('info');
  console.info = toLog('info');
  console.debug = toLog('info');
  console.warn = toLog('warn');
  console.error = toLog('error');
  // Process and SDK warnings already go to the log (src/cli/context.ts): that log is this store's.
  logWarningsTo(store);
  return () => {
    Object.assign(console, originals);
  };
}

// The providers (the Bedrock client, the offline demo with its catalog and question banks) load
// after the first frame, like the screens that use them; keys typed ahead meanwhile wait for them.
// A screen opened at start (`mockview interview`) waits for them before the first frame instead.
let providers: typeof import('./providers/index.js') | undefined;
let providersLoading: Promise<typeof import('./providers/index.js')> | undefined;
const loadProviders = (): Promise<typeof import('./providers/index.js')> =>
  (providersLoading ??= import('./providers/index.js').then((m) => (providers = m)));

/**
 * A provider asked for before the providers' code has loaded (keys are held meanwhile, so hardly
 * ever): streams once it has loaded. Its label is the model's name until then.
 */
function lateProvider(config: ModelConfig, open: () => Promise<Provider>): Provider {
  const demo = config.provider === 'demo';
  return {
    kind: demo ? 'demo' : 'bedrock',
    label: demo ? 'Offline demo' : config.name,
    offline: demo,
    async *stream(request, signal) {
      yield* (await open()).stream(request, signal);
    },
  };
}

export async function runApp(opts: { dataDir?: string; initialRoute?: Route; store?: Store }): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(`${noTerminalMessage()}\n`);
    return 2;
  }
  let store: Store;
  try {
    // A damaged config.json does not end the app: the model screens show it, the rest works.
    store = opts.store ?? openStore({ dataDir: opts.dataDir });
  } catch (e) {
    if (e instanceof StoreError) {
      process.stderr.write(`mockview: ${e.message}\n`);
      return 1;
    }
    throw e;
  }

  const repositories = createRepositories(store);
  const services: Services = {
    store,
    repositories,
    env: process.env,
    now: () => Date.now(),
    openProvider: (config, purpose) =>
      providers ? providers.openProvider(config, { store, purpose, env: process.env }) : lateProvider(config, () => loadProviders().then((m) => m.openProvider(config, { store, purpose, env: process.env }))),
    // The Bedrock catalog (its data and schemas) loads when a screen lists models, not before the first frame.
    listModels: async (config, o) => (await import('./bedrock/catalog-live.js')).listCallableModels(config, o),
  };

  if (opts.initialRoute && opts.initialRoute.screen !== 'home') await loadProviders();
  const release = captureStrayOutput(store);
  let restored = false;
  const restore = (): void => {
    if (restored) return;
    restored = true;
    release();
    process.stdout.write(LEAVE);
  };
  process.stdout.write(ENTER);
  const instance = render(<App services={services} initialRoute={opts.initialRoute} />, {
    ...appRenderOptions(process.stdin, process.stdout),
    exitOnCtrlC: true,
  });
  // The other screens' code loads once the first frame is on the terminal, not before it (a screen
  // opened sooner loads on demand; keys typed ahead wait for it).
  // The providers start loading now the first frame is written (render() writes it before it returns).
  holdKeysWhile(loadProviders());
  setTimeout(() => void preloadScreens(), 100);
  // A signal or exit that does not go through unmount still leaves the terminal usable.
  process.once('exit', restore);
  const onSignal = (): void => {
    // Unmounting saves the session (synchronously, in the screens' cleanup) and leaves the screen;
    // whatever still holds the event loop open after that (a request being torn down) must not
    // keep a terminated app alive.
    instance.unmount();
    restore();
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGHUP', onSignal);
  const onCrash = (e: unknown): void => {
    instance.unmount();
    restore();
    process.stderr.write(`mockview crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  };
  process.once('uncaughtException', onCrash);
  process.once('unhandledRejection', onCrash);
  try {
    await instance.waitUntilExit();
  } finally {
    restore();
    repositories.close();
    process.off('SIGTERM', onSignal);
    process.off('SIGHUP', onSignal);
  }
  return 0;
}
