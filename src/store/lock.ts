// A cross-process lock around read-modify-write, so two running mockviews never lose each other's
// writes. Two ways to wait for it: `withLock` sleeps synchronously (the CLI's store calls are
// synchronous), `withLockAsync` waits on timers so the full-screen app's event loop keeps running.
//
// How long to wait: a live holder refreshes its lock every second (proper-lockfile's `update`), and a
// lock nobody refreshed for STALE_LOCK_MS is taken over — so a lock left by `kill -9` costs ~2 s, not
// a failure. While other writers keep taking and releasing the lock (real progress under load, e.g. 96
// writers), the wait goes on, up to MAX_WAIT_MS; it gives up early only when one holder has kept it for
// IDLE_TIMEOUT_MS without letting go.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type lockfileModule from 'proper-lockfile';
import { StoreError } from './types.js';
import { t } from '../i18n/index.js';

// proper-lockfile (with graceful-fs, which loads Node's deprecated `constants` module) is loaded at
// the first lock, not at start: the full-screen app takes none before its first frame (bench/).
const requireHere = createRequire(import.meta.url);
let loaded: typeof lockfileModule | undefined;
const lockfile = (): typeof lockfileModule => (loaded ??= requireHere('proper-lockfile') as typeof lockfileModule);

/** proper-lockfile's own minimum; the holder refreshes every UPDATE_MS, so this is two missed beats. */
export const STALE_LOCK_MS = 2_000;
export const UPDATE_MS = 1_000;
/** One holder keeping the lock this long without releasing it: we give up (shorter than any hang a user would sit through). */
export const IDLE_TIMEOUT_MS = 8_000;
/** However busy the store, a write is never queued longer than this. */
export const MAX_WAIT_MS = 60_000;

export interface LockWaitProgress {
  file: string;
  waitedMs: number;
  /** How many times the lock changed hands while we waited (other writers getting through). */
  handovers: number;
}

export interface LockOptions {
  /** Give up when one holder keeps the lock this long (default IDLE_TIMEOUT_MS). */
  idleTimeoutMs?: number;
  maxWaitMs?: number;
  /** Called about once a second while waiting, after the first second. */
  onWait?: (progress: LockWaitProgress) => void;
}

/** Every wait in this process goes through here too, so a CLI can say "waiting for …" once. */
let defaultOnWait: ((p: LockWaitProgress) => void) | undefined;
export function onLockWait(listener: ((p: LockWaitProgress) => void) | undefined): void {
  defaultOnWait = listener;
}

/** Totals for the durability bench: how often and how long this process waited. */
export const lockStats = { waits: 0, waitedMs: 0, longestMs: 0 };

const LOCK_OPTIONS = {
  realpath: false,
  stale: STALE_LOCK_MS,
  update: UPDATE_MS,
  // A holder whose lock was taken over as stale must not crash from a timer; our critical sections are
  // short and synchronous, so losing the lock mid-write cannot happen unless the machine froze for 2 s.
  onCompromised: () => {},
} as const;

/** Identity of the lock currently on disk (a new holder makes a new directory). */
function holderOf(file: string): string | undefined {
  try {
    const st = fs.statSync(`${file}.lock`);
    return `${st.ino}:${st.birthtimeMs || st.ctimeMs}`;
  } catch {
    return undefined;
  }
}

/** The waiting policy shared by both ways of waiting. */
class Waiter {
  private readonly start = Date.now();
  private idleSince = Date.now();
  private holder: string | undefined;
  private handovers = 0;
  private nextReport = 1_000;
  private delay = 2;

  constructor(
    private readonly file: string,
    private readonly opts: LockOptions,
  ) {
    this.holder = holderOf(file);
  }

  /** Milliseconds to sleep before the next attempt, or a StoreError to give up with. */
  next(): number | StoreError {
    const now = Date.now();
    const holder = holderOf(this.file);
    if (holder !== this.holder) {
      this.holder = holder;
      this.handovers++;
      this.idleSince = now;
    }
    const waited = now - this.start;
    const idleLimit = this.opts.idleTimeoutMs ?? IDLE_TIMEOUT_MS;
    const maxWait = this.opts.maxWaitMs ?? MAX_WAIT_MS;
    if (now - this.idleSince >= idleLimit || waited >= maxWait) {
      this.done();
      const why =
        waited >= maxWait
          ? t('store.lock.tooBusy', { seconds: Math.round(waited / 1000) })
          : t('store.lock.heldTooLong', { seconds: Math.round(idleLimit / 1000) });
      return new StoreError('locked', `${this.file}: ${t('store.lock.notSaved', { why })}`, this.file);
    }
    if (waited >= this.nextReport) {
      this.nextReport += 1_000;
      (this.opts.onWait ?? defaultOnWait)?.({ file: this.file, waitedMs: waited, handovers: this.handovers });
    }
    // Backoff with jitter keeps many waiting processes from retrying in lockstep.
    this.delay = Math.min(this.delay * 2, 50);
    return this.delay + Math.floor(Math.random() * this.delay);
  }

  done(): void {
    const waited = Date.now() - this.start;
    if (waited < 5) return;
    lockStats.waits++;
    lockStats.waitedMs += waited;
    lockStats.longestMs = Math.max(lockStats.longestMs, waited);
  }
}

function lockError(file: string, e: unknown): StoreError {
  const code = (e as NodeJS.ErrnoException).code;
  return new StoreError('io', `${file}: ${t('store.lock.cannotLock', { why: code ?? (e as Error).message })}`, file);
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleepSync = (ms: number): void => void Atomics.wait(sleeper, 0, 0, ms);

/** One try at the lock: its release, or how long to wait before the next try (a lock error throws). */
function tryLock(file: string, waiter: Waiter): (() => void) | number {
  try {
    const release = lockfile().lockSync(file, LOCK_OPTIONS);
    waiter.done();
    return release;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ELOCKED') throw lockError(file, e);
    const next = waiter.next();
    if (next instanceof StoreError) throw next;
    return next;
  }
}

/** Runs `fn`, then lets the lock go in the same synchronous stretch. */
function runHolding<T>(release: () => void, fn: () => T): T {
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

/** Runs `fn` holding the file's lock, waiting synchronously for it (CLI and scripts). */
export function withLock<T>(file: string, fn: () => T, opts: LockOptions = {}): T {
  const waiter = new Waiter(file, opts);
  for (;;) {
    const got = tryLock(file, waiter);
    if (typeof got !== 'number') return runHolding(got, fn);
    sleepSync(got);
  }
}

/**
 * Runs `fn` holding the file's lock, waiting on timers: the event loop (Ink, the stream, key presses)
 * keeps running while another process holds the lock. Each attempt is one synchronous mkdir, and `fn`
 * runs and the lock is released in the same synchronous stretch: the lock is never held across an
 * await, so a synchronous writer elsewhere in this process can never find it held by us and spin on it.
 */
export async function withLockAsync<T>(file: string, fn: () => T, opts: LockOptions = {}): Promise<T> {
  const waiter = new Waiter(file, opts);
  for (;;) {
    const got = tryLock(file, waiter);
    if (typeof got !== 'number') return runHolding(got, fn);
    await new Promise((resolve) => setTimeout(resolve, got));
  }
}
