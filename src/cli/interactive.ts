// Everything that must happen before the full-screen app's code loads, in one place for the two
// ways in (`mockview` and `mockview interview`): React, chalk and Ink read the environment once,
// at import, so the environment is settled first and the app is imported after.
import { onLockWait } from '../store/lock.js';
import { openStore, type Settings, type Store } from '../store/index.js';
import { applyColourChoice } from './colour.js';
import { applyLanguageChoice, validLang } from './language.js';
import type { Route } from '../navigation.js';

/**
 * Ink treats CI=true (or CONTINUOUS_INTEGRATION) as "no live terminal" and paints only the final
 * frame on exit, so a person whose shell exports CI — and our own CI, which drives the app in tmux —
 * would sit in front of a blank screen. When both ends really are a terminal, the user is there:
 * drop those flags. Off a terminal the app refuses to start anyway, so nothing else changes.
 */
export function preferLiveTerminal(
  env: NodeJS.ProcessEnv = process.env,
  tty = Boolean(process.stdin.isTTY && process.stdout.isTTY),
): void {
  if (!tty) return;
  delete env.CI;
  delete env.CONTINUOUS_INTEGRATION;
}

/**
 * `mockview`, `mockview --no-color`, `mockview --data-dir DIR`, `mockview --lang zh-Hans`: the full-screen app and nothing else.
 * Recognised here without commander, so the app's start-up loads neither commander nor any
 * subcommand's modules. Anything else — help, --version, a subcommand, an odd spelling, a repeated
 * or missing value — goes to commander, which gives it exactly the handling it always had.
 */
export function fullScreenArgs(args: string[]): { dataDir?: string; color: boolean; lang?: string } | undefined {
  const opts: { dataDir?: string; color: boolean; lang?: string } = { color: true };
  const seen = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    let name = arg;
    let value: string | undefined;
    if (arg === '--no-color') opts.color = false;
    else if (arg === '--data-dir') value = args[++i];
    else if (arg.startsWith('--data-dir=')) {
      name = '--data-dir';
      value = arg.slice('--data-dir='.length);
    } else if (arg === '--lang') value = args[++i];
    else if (arg.startsWith('--lang=')) {
      name = '--lang';
      value = arg.slice('--lang='.length);
    } else return undefined;
    // A language we do not have goes to commander, which names the flag and the choices.
    if (name === '--lang') {
      if (!validLang(value)) return undefined;
      opts.lang = value;
    }
    if (name === '--data-dir') {
      if (value === undefined || value === '' || value.startsWith('-')) return undefined;
      opts.dataDir = value;
    }
    if (seen.has(name)) return undefined;
    seen.add(name);
  }
  return opts;
}

export async function openFullScreen(opts: { dataDir?: string; color?: boolean; lang?: string; initialRoute?: Route }): Promise<number> {
  // Nothing may print behind Ink's back: the CLI's "waiting for …" lines stop here (the app layer
  // shows lock waits on screen, src/app/repositories.ts).
  onLockWait(undefined);
  // Production React (in the bundle it is fixed at build time).
  // (The bundle has it fixed at build time, scripts/build.mjs; this is for code loaded from node_modules,
  // and written through `env` so the build's substitution of process.env.NODE_ENV leaves it alone.)
  const env = process.env;
  env.NODE_ENV ??= 'production';
  // The store is opened once, here: colour and language must be settled before Ink loads, and the
  // app goes on with the same store (config.json read once). One that cannot open is reported by runApp.
  let store: Store | undefined;
  let settings: Settings | undefined;
  try {
    store = openStore({ dataDir: opts.dataDir });
    settings = store.settings();
  } catch {
    // A damaged config or an unusable data dir: the app says so itself.
  }
  applyColourChoice(opts, settings);
  await applyLanguageChoice(opts.lang, settings);
  preferLiveTerminal();
  const { runApp } = await import('../run-app.js');
  return runApp({ dataDir: opts.dataDir, initialRoute: opts.initialRoute, ...(store ? { store } : {}) });
}
