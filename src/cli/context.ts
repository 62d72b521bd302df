// What every subcommand needs: the store (opened from --data-dir / MOCKVIEW_HOME / XDG) and
// a place to write. Kept tiny so subcommands stay testable as real processes.
import type { Command } from 'commander';
import { onSdkWarning } from '../bedrock/sdk-warnings.js';
import { openStore } from '../store/index.js';
import type { ModelConfig } from '../store/schema.js';
import type { Store } from '../store/types.js';
import { usageError } from './errors.js';

export interface GlobalOptions {
  dataDir?: string;
  color?: boolean;
}

export function globalOptions(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

let current: Store | undefined;

export function storeFor(cmd: Command): Store {
  const store = openStore({ dataDir: globalOptions(cmd).dataDir });
  logWarningsTo(store);
  return store;
}

/** Where captureWarnings writes from now on (one listener, one log, whatever opened the store). */
export function logWarningsTo(store: Store): void {
  current = store;
}

/**
 * Process warnings (e.g. the AWS SDK's Node-version notice) go to the log, not into a reply that
 * may be piped somewhere; without a store yet they are dropped.
 */
export function captureWarnings(): void {
  onSdkWarning((message) => {
    try {
      current?.appendLog({ level: 'warn', kind: 'sdk', message: message.slice(0, 2000) });
    } catch {
      // best effort
    }
  });
  process.removeAllListeners('warning');
  process.on('warning', (w) => {
    try {
      current?.appendLog({ level: 'warn', kind: 'sdk', message: `${w.name}: ${w.message}`.slice(0, 2000) });
    } catch {
      // best effort
    }
  });
}

/** "no model named 'X' (have: A, B, demo)": the one wording for a model that is not there. */
export const noModelNamed = (store: Store, name: string): string =>
  `no model named '${name}' (have: ${store.listModels().map((m) => m.name).join(', ')})`;

/** The model named, or the default one; bad usage (exit 2) when there is no such model. */
export function requireModel(store: Store, name?: string): ModelConfig {
  const chosen = name ?? store.defaultModelName();
  const model = store.getModel(chosen);
  if (!model) throw usageError(noModelNamed(store, chosen));
  return model;
}

export const out = (text: string): void => {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
};
export const err = (text: string): void => {
  process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
};
export const printJson = (value: unknown): void => out(JSON.stringify(value, null, 2));

/** Reads all of stdin (for `--api-key -` and `ask -`). */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
