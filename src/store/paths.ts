// Where mockview keeps its data: --data-dir, else $MOCKVIEW_HOME, else the OS config dir from
// env-paths (~/.config/mockview on Linux, honouring XDG_CONFIG_HOME).
import envPaths from 'env-paths';
import os from 'node:os';
import path from 'node:path';
import type { StorePaths } from './types.js';

const APP = 'mockview';

/** `~/x` is expanded because a quoted MOCKVIEW_HOME="~/x" reaches us unexpanded. */
function expandHome(dir: string, env: NodeJS.ProcessEnv): string {
  if (dir !== '~' && !dir.startsWith('~/')) return dir;
  return path.join(env.HOME || os.homedir(), dir.slice(1));
}

/**
 * The OS config dir. env-paths reads the real process.env, so on XDG platforms (everything but
 * macOS and Windows, exactly as env-paths decides) we apply its rule to the env we were given, so
 * tests and callers can pass their own.
 */
function osConfigDir(env: NodeJS.ProcessEnv): string {
  if (process.platform === 'darwin' || process.platform === 'win32') return envPaths(APP, { suffix: '' }).config;
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG spec says a relative path in these variables is invalid and must be ignored.
  const base = xdg && path.isAbsolute(xdg) ? xdg : path.join(env.HOME || os.homedir(), '.config');
  return path.join(base, APP);
}

export interface DataDirOptions {
  /** --data-dir */
  dataDir?: string;
  /** Defaults to process.env. */
  env?: NodeJS.ProcessEnv;
}

export function resolveDataDir(opts: DataDirOptions = {}): string {
  const env = opts.env ?? process.env;
  if (opts.dataDir) return path.resolve(expandHome(opts.dataDir, env));
  if (env.MOCKVIEW_HOME) return path.resolve(expandHome(env.MOCKVIEW_HOME, env));
  return osConfigDir(env);
}

export function storePaths(dir: string): StorePaths {
  return {
    dir,
    config: path.join(dir, 'config.json'),
    logs: path.join(dir, 'logs.json'),
    questions: path.join(dir, 'questions.json'),
    sessions: path.join(dir, 'sessions'),
  };
}
