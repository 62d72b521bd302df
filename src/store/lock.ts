// A cross-process lock around read-modify-write, so two running mockviews never lose each other's
// writes. proper-lockfile's lockSync has no retry option, so we wait here (briefly, synchronously).
import lockfile from 'proper-lockfile';
import { StoreError } from './types.js';

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number): void => void Atomics.wait(sleeper, 0, 0, ms);

export function withLock<T>(file: string, fn: () => T, timeoutMs = 5000): T {
  const deadline = Date.now() + timeoutMs;
  let release: (() => void) | undefined;
  for (let delay = 5; ; delay = Math.min(delay * 2, 50)) {
    try {
      release = lockfile.lockSync(file, { realpath: false, stale: 10_000 });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ELOCKED' || Date.now() > deadline) {
        throw new StoreError('locked', `${file}: another mockview is holding it (${(e as Error).message})`, file);
      }
      sleep(delay + Math.floor(Math.random() * 5));
    }
  }
  try {
    return fn();
  } finally {
    release();
  }
}
