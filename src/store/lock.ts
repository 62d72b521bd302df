// A cross-process lock around read-modify-write, so two running mockviews never lose each other's
// writes. proper-lockfile's lockSync has no retries option, so we retry here, sleeping
// synchronously (the store API is synchronous, see types.ts).
import lockfile from 'proper-lockfile';
import { StoreError } from './types.js';

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number): void => void Atomics.wait(sleeper, 0, 0, ms);

/** A lock left behind by a killed process is taken over once it is this old. */
export const STALE_LOCK_MS = 10_000;

export function withLock<T>(file: string, fn: () => T, timeoutMs = 5_000): T {
  const deadline = Date.now() + timeoutMs;
  let release: () => void;
  for (let delay = 2; ; delay = Math.min(delay * 2, 40)) {
    try {
      release = lockfile.lockSync(file, {
        realpath: false,
        stale: STALE_LOCK_MS,
        // Our critical sections are synchronous and short, so the lock cannot be lost while we hold
        // it; the default handler would throw from a timer and kill the app if it ever were.
        onCompromised: () => {},
      });
      break;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ELOCKED') throw new StoreError('io', `${file}: cannot lock it (${code ?? (e as Error).message})`, file);
      if (Date.now() >= deadline) {
        throw new StoreError('locked', `${file}: another mockview has been writing it for over ${timeoutMs / 1000} s; try again`, file);
      }
      // Jitter keeps several waiting processes from retrying in lockstep.
      sleep(delay + Math.floor(Math.random() * delay));
    }
  }
  try {
    return fn();
  } finally {
    try {
      release();
    } catch {
      // Already released or taken over as stale: nothing of ours is left to clean up.
    }
  }
}
