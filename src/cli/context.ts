// What every subcommand needs: the store (opened from --data-dir / MOCKVIEW_HOME / XDG) and
// a place to write. Kept tiny so subcommands stay testable as real processes.
import type { Command } from 'commander';
import { onSdkWarning } from '../bedrock/sdk-warnings.js';
import { readStdinText } from '../documents.js';
import { onLockWait, openStore, redactSecrets } from '../store/index.js';
import { createSafeStream, safeJson, safeText } from '../terminal/safe-text.js';
import type { ModelConfig } from '../store/schema.js';
import type { Store } from '../store/types.js';
import { t } from '../i18n/index.js';
import { usageError } from './errors.js';

export interface GlobalOptions {
  dataDir?: string;
  color?: boolean;
  lang?: string;
}

export function globalOptions(cmd: Command): GlobalOptions {
  return cmd.optsWithGlobals() as GlobalOptions;
}

let current: Store | undefined;

export function storeFor(cmd: Command): Store {
  // A busy store says so on stderr (once a second) instead of looking hung.
  onLockWait((p) => {
    const who = p.handovers > 0 ? t('cli.lock.handovers', { count: p.handovers }) : t('cli.lock.anotherWriter');
    err(t('cli.lock.waiting', { file: p.file, seconds: Math.round(p.waitedMs / 1000), who }));
  });
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
  t('cli.common.noModelNamed', { name, have: store.listModels().map((m) => m.name).join(', ') });

/** The model named, or the default one; bad usage (exit 2) when there is no such model. */
export function requireModel(store: Store, name?: string): ModelConfig {
  const chosen = name ?? store.defaultModelName();
  const model = store.getModel(chosen);
  if (!model) throw usageError(noModelNamed(store, chosen));
  return model;
}

// Everything a command prints goes through the one output guard (src/terminal/safe-text.ts): lines
// mix our words with names, messages and replies from elsewhere, and our own words pass unchanged.
export const out = (text: string): void => {
  const safe = safeText(text);
  process.stdout.write(safe.endsWith('\n') ? safe : `${safe}\n`);
};
/** stderr carries server messages, which may echo a request's credentials: redacted as in the log. */
export const err = (text: string): void => {
  const safe = safeText(redactSecrets(text));
  process.stderr.write(safe.endsWith('\n') ? safe : `${safe}\n`);
};
/** JSON with C0/C1, bidi and invisible characters escaped: the data survives, the terminal is safe. */
export const printJson = (value: unknown): void => out(safeJson(value, 2));

/**
 * Where a streamed reply goes: neutralised piece by piece (an escape split across deltas cannot
 * reassemble), or byte for byte with `raw` (`ask --raw`, for pipes that want the model's exact bytes).
 */
export function streamWriter(stream: NodeJS.WriteStream, opts: { raw?: boolean } = {}): { write(text: string): void; end(): void } {
  if (opts.raw) return { write: (t) => void stream.write(t), end: () => {} };
  const guard = createSafeStream();
  return {
    write: (t) => {
      const safe = guard.push(t);
      if (safe) stream.write(safe);
    },
    end: () => {
      const rest = guard.end();
      if (rest) stream.write(rest);
    },
  };
}

/** Reads all of stdin (for `ask -` and `questions add -`), at most 1 MB. */
export async function readStdin(label = 'standard input'): Promise<string> {
  const read = await readStdinText(label);
  if (!read.ok) throw usageError(read.error);
  return read.text;
}

/** Secret flags that take `-` to read the value from standard input (kept out of shell history and ps). */
export const SECRET_FLAGS = ['apiKey', 'secretAccessKey', 'sessionToken'] as const;
const FLAG_NAMES: Record<(typeof SECRET_FLAGS)[number], string> = {
  apiKey: '--api-key',
  secretAccessKey: '--secret-access-key',
  sessionToken: '--session-token',
};

/**
 * Replaces a secret flag given as `-` with exactly one line read from standard input. More than one
 * line is refused (a pasted block, or two secrets piped at once, would otherwise end up inside the
 * saved key), and so is `-` on two flags (there is one standard input).
 */
export async function readSecretFlags<F extends Partial<Record<(typeof SECRET_FLAGS)[number], string>>>(
  flags: F,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<void> {
  const fromStdin = SECRET_FLAGS.filter((k) => flags[k] === '-');
  if (fromStdin.length === 0) return;
  if (fromStdin.length > 1) {
    throw usageError(`${fromStdin.map((k) => FLAG_NAMES[k]).join(t('cli.secrets.and'))}: ${t('cli.secrets.onlyOne')}`);
  }
  const key = fromStdin[0]!;
  const flag = FLAG_NAMES[key];
  const read = await readStdinText(flag, { maxBytes: 64 * 1024, stdin });
  if (!read.ok) throw usageError(read.error);
  const line = read.text.replace(/\r?\n$/, '');
  if (/[\r\n]/.test(line)) throw usageError(`${flag}: ${t('cli.secrets.moreThanOneLine')}`);
  if (!line.trim()) throw usageError(`${flag}: ${t('cli.secrets.nothing', { flag })}`);
  (flags as Record<string, string>)[key] = line.trim();
}
