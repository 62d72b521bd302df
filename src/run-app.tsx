// Puts the full-screen app on the terminal and guarantees the terminal comes back: alternate screen
// on entry; main screen and cursor restored on exit, Ctrl+C, SIGTERM/SIGHUP and crashes. While the
// app is up nothing may write behind Ink's back, so console output and process warnings (e.g. the
// AWS SDK's Node-version notice) go to the log instead.
import { render } from 'ink';
import { App } from './app.js';
import { createRepositories } from './app/repositories.js';
import { listCallableModels } from './bedrock/catalog-live.js';
import { logWarningsTo } from './cli/context.js';
import type { Route, Services } from './navigation.js';
import { openProvider } from './providers/index.js';
import { openStore } from './store/index.js';
import { keyByKey } from './terminal/key-by-key.js';
import { StoreError, type Store } from './store/types.js';

// The alternate screen, and bracketed paste: the terminal marks a paste, so a pasted answer with
// line breaks is never taken for Enter presses typed ahead (src/terminal/key-by-key.ts).
const ENTER_ALT = '\u001b[?1049h\u001b[H\u001b[?2004h';
const LEAVE_ALT = '\u001b[?2004l\u001b[?25h\u001b[?1049l';

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

export async function runApp(opts: { dataDir?: string; initialRoute?: Route }): Promise<number> {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    process.stderr.write(
      'mockview: the full-screen app needs a terminal. Without one, use the subcommands:\n' +
        '  mockview models list | models add | models test NAME   set up and check models\n' +
        '  mockview ask PROMPT                                    one streamed answer\n' +
        '  mockview interview --model NAME --answers FILE         a whole interview, headless\n' +
        '  mockview --help                                        everything else\n',
    );
    return 2;
  }
  let store: Store;
  try {
    // A damaged config.json does not end the app: the model screens show it, the rest works.
    store = openStore({ dataDir: opts.dataDir });
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
    openProvider: (config, purpose) => openProvider(config, { store, purpose, env: process.env }),
    listModels: listCallableModels,
  };

  const release = captureStrayOutput(store);
  let restored = false;
  const restore = (): void => {
    if (restored) return;
    restored = true;
    release();
    process.stdout.write(LEAVE_ALT);
  };
  process.stdout.write(ENTER_ALT);
  const instance = render(<App services={services} initialRoute={opts.initialRoute} />, {
    exitOnCtrlC: true,
    patchConsole: false,
    // Keys typed ahead over a slow link reach the screens one at a time (src/terminal/key-by-key.ts).
    stdin: keyByKey(process.stdin),
    maxFps: 30,
    // Only changed rows are written. The bundle carries our frame writer in place of Ink 6.8's,
    // whose incremental mode misplaced rows (src/terminal/log-update.ts).
    incrementalRendering: true,
  });
  const onSignal = (): void => instance.unmount();
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
