// A lowdb sync adapter for one JSON file that may hold keys: validated on read, written atomically
// (temp file, fsync, rename) with mode 0600, and never overwritten once it failed to read.
import fs from 'node:fs';
import path from 'node:path';
import type { SyncAdapter } from 'lowdb';
import type { z } from 'zod';
import { StoreError } from './types.js';

export function writeFileAtomic(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const fd = fs.openSync(tmp, 'w', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
  const more = error.issues.length > 3 ? ` (+${error.issues.length - 3} more)` : '';
  return first.join('; ') + more;
}

export interface JsonFileOptions<T> {
  schema: z.ZodType<T>;
  defaults: () => T;
  /** Brings an older layout up to date; returns the input when nothing changed. */
  migrate?: (raw: unknown) => { data: unknown; migratedFrom?: number };
}

export class JsonFile<T> implements SyncAdapter<T> {
  /** Set once the file failed to read: every write refuses from then on. */
  private corrupt: StoreError | undefined;
  /** Set when the file was read in an older layout; the original is backed up before the first write. */
  private migratedFrom: number | undefined;

  constructor(
    readonly file: string,
    private readonly opts: JsonFileOptions<T>,
  ) {}

  read(): T {
    if (this.corrupt) throw this.corrupt;
    let text: string;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return this.opts.defaults();
      throw new StoreError('io', `${this.file}: cannot read (${(e as Error).message})`, this.file);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw this.markCorrupt(`not valid JSON (${(e as Error).message})`);
    }
    let data = raw;
    if (this.opts.migrate) {
      try {
        const migrated = this.opts.migrate(raw);
        data = migrated.data;
        this.migratedFrom = migrated.migratedFrom;
      } catch (e) {
        throw this.markCorrupt((e as Error).message);
      }
    }
    const parsed = this.opts.schema.safeParse(data);
    if (!parsed.success) throw this.markCorrupt(describeIssues(parsed.error));
    return parsed.data;
  }

  write(data: T): void {
    if (this.corrupt) throw this.corrupt;
    if (this.migratedFrom !== undefined && fs.existsSync(this.file)) {
      fs.copyFileSync(this.file, `${this.file}.v${this.migratedFrom}.bak`);
      fs.chmodSync(`${this.file}.v${this.migratedFrom}.bak`, 0o600);
      this.migratedFrom = undefined;
    }
    writeFileAtomic(this.file, `${JSON.stringify(data, null, 2)}\n`);
  }

  private markCorrupt(problem: string): StoreError {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const backup = `${this.file}.corrupt-${stamp}`;
    try {
      fs.copyFileSync(this.file, backup);
      fs.chmodSync(backup, 0o600);
    } catch {
      // The original stays in place untouched either way.
    }
    this.corrupt = new StoreError(
      'corrupt',
      `${this.file}: ${problem} — mockview will not overwrite it; fix or move it (a copy is kept at ${backup})`,
      this.file,
      backup,
    );
    return this.corrupt;
  }
}
