// One lowdb database per JSON file. Reads take no lock and always see the file as it is now (another
// instance may have changed it). Changes are read-modify-write under the file's cross-process lock.
import { LowSync } from 'lowdb';
import type { z } from 'zod';
import { formatIssues, JsonFileAdapter, type JsonFileOptions } from './json-file.js';
import { withLock, withLockAsync, type LockOptions } from './lock.js';

/** The validating adapter on its own, for files read once (a session): missing reads as null. */
export { JsonFileAdapter as ValidatedJsonFile };
/** `models[0].region: expected string, received number`. */
export const describeIssues = formatIssues;

export class JsonDb<S extends z.ZodType> {
  readonly adapter: JsonFileAdapter<S>;
  private readonly low: LowSync<z.output<S>>;

  constructor(
    readonly file: string,
    opts: JsonFileOptions<S> & { defaults: () => unknown },
  ) {
    this.adapter = new JsonFileAdapter(file, opts);
    this.low = new LowSync(this.adapter, opts.schema.parse(opts.defaults()));
  }

  /** The file's current contents (defaults when missing); throws StoreError('corrupt') when bad. */
  read(): z.output<S> {
    this.low.read();
    return this.low.data;
  }

  /**
   * Applies `fn` to what is on disk now, under the lock, and saves the result atomically. If `fn`
   * throws, nothing is written.
   */
  change<R>(fn: (data: z.output<S>) => R, opts?: LockOptions): R {
    return withLock(this.file, () => this.apply(fn), opts);
  }

  /** The same change, waiting for the lock without blocking the event loop (the full-screen app). */
  changeAsync<R>(fn: (data: z.output<S>) => R, opts?: LockOptions): Promise<R> {
    return withLockAsync(this.file, () => this.apply(fn), opts);
  }

  private apply<R>(fn: (data: z.output<S>) => R): R {
    this.low.read();
    const result = fn(this.low.data);
    this.low.write();
    return result;
  }
}
