// Where mockview keeps its data: --data-dir, else $MOCKVIEW_HOME, else the OS config dir
// (~/.config/mockview on Linux, honouring XDG_CONFIG_HOME).
import envPaths from 'env-paths';
import os from 'node:os';
import path from 'node:path';
import type { StorePaths } from './types.js';

export function resolveDataDir(opts: { dataDir?: string; env?: NodeJS.ProcessEnv } = {}): string {
  const env = opts.env ?? process.env;
  if (opts.dataDir) return path.resolve(opts.dataDir);
  if (env.MOCKVIEW_HOME) return path.resolve(env.MOCKVIEW_HOME);
  if (process.platform === 'linux' || env !== process.env) {
    const base = env.XDG_CONFIG_HOME || path.join(env.HOME || os.homedir(), '.config');
    return path.join(base, 'mockview');
  }
  return envPaths('mockview', { suffix: '' }).config;
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
