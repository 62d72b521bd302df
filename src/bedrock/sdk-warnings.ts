// The AWS SDK may print by itself (process.emitWarning, console.warn). Behind Ink that would tear the
// screen, so nothing it says reaches stdout/stderr: its warnings are collected here and whoever owns
// logging (not this module) subscribes with onSdkWarning and writes them to the log.

type Listener = (message: string) => void;
const listeners = new Set<Listener>();
/** Warnings raised before anyone listened; handed to the first listener. */
const pending: string[] = [];

function emit(message: string): void {
  if (listeners.size === 0) {
    if (pending.length < 50) pending.push(message);
    return;
  }
  for (const l of listeners) l(message);
}

/** Subscribe to SDK warnings; returns the unsubscribe function. */
export function onSdkWarning(listener: Listener): () => void {
  listeners.add(listener);
  for (const m of pending.splice(0)) listener(m);
  return () => listeners.delete(listener);
}

const text = (args: unknown[]): string =>
  args.map((a) => (typeof a === 'string' ? a : a instanceof Error ? a.message : JSON.stringify(a))).join(' ');

/**
 * Passed as the SDK client's `logger`. The SDK logs requests at info/debug and failures at error;
 * those we already surface as ProviderError, so only warnings are kept. Credential providers use it
 * instead of console.warn when it is not the SDK's NoOpLogger.
 */
export const sdkLogger = {
  debug: (..._args: unknown[]): void => {},
  info: (..._args: unknown[]): void => {},
  warn: (...args: unknown[]): void => emit(text(args)),
  error: (..._args: unknown[]): void => {},
};

const NODE_WARNING_FLAG = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';

/**
 * @aws-sdk/core calls process.emitWarning("NodeVersionSupportWarning: …") when a client is built on
 * Node < 22, unless AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED is "true" at that moment. We set
 * the flag before the first client is built and record the fact as an SDK warning instead.
 */
export function quietNodeVersionWarning(): void {
  if (process.env[NODE_WARNING_FLAG] === 'true') return;
  process.env[NODE_WARNING_FLAG] = 'true';
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 22) {
    emit(`AWS SDK: versions published after January 2027 require Node >= 22 (running ${process.version}).`);
  }
}
