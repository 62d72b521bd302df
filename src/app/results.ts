// What a write from a screen comes back with. Never a throw through a render or a key handler: the
// screen shows the message, and for a model edit that lost a race it still has the user's edit.
import { StoreError, type StoreErrorCode } from '../store/types.js';

export type WriteFailure =
  /** Someone else changed the thing being edited since it was opened. */
  | 'conflict'
  /** It is gone (removed elsewhere). */
  | 'not-found'
  /** The file it lives in cannot be read; nothing was written. */
  | 'damaged'
  /** Another mockview kept the file locked; nothing was written, try again. */
  | 'locked'
  | 'exists'
  | 'invalid'
  | 'read-only'
  | 'io';

export type WriteResult<T = void, E = never> =
  | { ok: true; value: T }
  | {
      ok: false;
      reason: WriteFailure;
      /** One line for the screen: what happened, and where the file is when it matters. */
      message: string;
      /** The user's unsaved input, handed back so nothing typed is lost ("save as new", retry). */
      edit?: E;
      file?: string;
    };

const REASON: Record<StoreErrorCode, WriteFailure> = {
  corrupt: 'damaged',
  conflict: 'conflict',
  'not-found': 'not-found',
  locked: 'locked',
  exists: 'exists',
  invalid: 'invalid',
  'read-only': 'read-only',
  io: 'io',
};

/** Runs a store write and turns its StoreError (or any error) into a result. */
export async function attempt<T, E = never>(write: () => T | Promise<T>, edit?: E): Promise<WriteResult<T, E>> {
  try {
    return { ok: true, value: await write() };
  } catch (e) {
    if (e instanceof StoreError) {
      return { ok: false, reason: REASON[e.code], message: e.message, ...(edit !== undefined ? { edit } : {}), ...(e.file ? { file: e.file } : {}) };
    }
    return { ok: false, reason: 'io', message: e instanceof Error ? e.message : String(e), ...(edit !== undefined ? { edit } : {}) };
  }
}

/** A read that may find its file damaged: what depends on it is disabled with this message. */
export type Loaded<T> = { status: 'ok'; data: T } | { status: 'damaged'; message: string; file?: string };

export function load<T>(read: () => T): Loaded<T> {
  try {
    return { status: 'ok', data: read() };
  } catch (e) {
    if (e instanceof StoreError) return { status: 'damaged', message: e.message, ...(e.file ? { file: e.file } : {}) };
    return { status: 'damaged', message: e instanceof Error ? e.message : String(e) };
  }
}
