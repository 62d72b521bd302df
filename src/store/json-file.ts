// A lowdb sync adapter for one JSON file that may hold keys. Read: JSON.parse → migrate → zod.
// Write: validated, then atomic (temp file 0600 in the same dir, fsync, rename). A file that
// fails to read is kept byte for byte, copied aside, and never written over while it stays bad.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { SyncAdapter } from 'lowdb';
import type { z } from 'zod';
import { migrate, NewerVersionError, storedVersion, type FileKind } from './migrations.js';
import { SCHEMA_VERSION } from './schema.js';
import { StoreError } from './types.js';
import { t } from '../i18n/index.js';
import { issueText } from './schema-messages.js';

const stamp = (): string => new Date().toISOString().replace(/[:.]/g, '-');
const errno = (e: unknown): string | undefined => (e as NodeJS.ErrnoException).code;

export function writeFileAtomic(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const fd = fs.openSync(tmp, 'wx', 0o600);
    try {
      fs.writeSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new StoreError('io', `${file}: ${t('store.file.cannotSave', { why: errno(e) ?? (e as Error).message })}`, file);
  }
  syncDir(path.dirname(file));
}

/** `.config.json.1234.9f8e7d6c.tmp`: what writeFileAtomic leaves if the process dies between open and rename. */
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/;

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: alive, just not ours to signal.
    return errno(e) === 'EPERM';
  }
}

/**
 * Removes temp files whose writer is gone (killed between writing and renaming). A temp file of a
 * process still running is left alone: it is about to be renamed. Returns how many were removed.
 */
export function removeOrphanTemps(dir: string, names?: string[]): number {
  let removed = 0;
  let list: string[];
  try {
    list = names ?? fs.readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of list) {
    const m = TEMP_NAME.exec(name);
    if (!m || processAlive(Number(m[1]))) continue;
    try {
      fs.rmSync(path.join(dir, name), { force: true });
      removed++;
    } catch {
      // Not ours to remove (permissions): harmless, it is never read.
    }
  }
  return removed;
}

/** Makes the rename itself survive a power cut. Not possible on Windows; best effort elsewhere. */
function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // The data is already in place; only its durability across a crash is at stake.
  }
}

/** `models[0].region: expected string, received number` — at most three, then a count. */
export function formatIssues(error: z.ZodError): string {
  const where = (p: PropertyKey[]): string =>
    p.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '') ||
    t('store.file.topLevel');
  const shown = error.issues.slice(0, 3).map((i) => `${where(i.path)}: ${issueText(i)}`);
  const more = error.issues.length > 3 ? t('store.file.andMore', { count: error.issues.length - 3 }) : '';
  return shown.join('; ') + more;
}

/** JSON.parse's own message may quote the file (and so a key); we only say where it broke. */
function describeJsonError(text: string, e: unknown): string {
  const message = (e as Error).message;
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol) return t('store.file.notJsonAt', { line: lineCol[1], column: lineCol[2] });
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const before = text.slice(0, Number(pos[1])).split('\n');
    return t('store.file.notJsonAt', { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 });
  }
  if (/end of (JSON )?input|Unterminated/i.test(message)) return t('store.file.notJsonEndsEarly');
  return t('store.file.notJson');
}

/** Copies a bad file aside once: a copy with the same bytes is reused rather than made again. */
function keepCopy(file: string, bytes: Buffer): { backup: string; created: boolean } {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.corrupt-`;
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(prefix)) continue;
    const candidate = path.join(dir, name);
    try {
      if (fs.statSync(candidate).size === bytes.length && fs.readFileSync(candidate).equals(bytes)) return { backup: candidate, created: false };
    } catch {
      // Vanished or unreadable: not a copy we can count on.
    }
  }
  return { backup: writeNewCopy(`${file}.corrupt-${stamp()}`, bytes), created: true };
}

/** Writes bytes to `target` (or target-2, -3… if taken) without ever replacing a file. */
function writeNewCopy(target: string, bytes: Buffer): string {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? target : `${target}-${n}`;
    try {
      fs.writeFileSync(candidate, bytes, { flag: 'wx', mode: 0o600 });
      return candidate;
    } catch (e) {
      if (errno(e) !== 'EEXIST' || n > 50) throw e;
    }
  }
}

/** Creates the data directory 0700, and tightens it to 0700 when it already exists and is ours. */
export function ensureDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  } catch (e) {
    throw new StoreError('io', `${dir}: ${t('store.file.cannotCreateDir', { why: errno(e) ?? (e as Error).message })}`, dir);
  }
  try {
    const owner = fs.statSync(dir).uid;
    if (process.getuid && owner === process.getuid() && (fs.statSync(dir).mode & 0o777) !== 0o700) fs.chmodSync(dir, 0o700);
  } catch {
    // Not ours to change (a shared mount, say): reading and writing still work.
  }
}

export interface JsonFileOptions<S extends z.ZodType> {
  kind: FileKind;
  schema: S;
  /**
   * What a missing file means, passed through the schema (so its literal `version` needs no cast);
   * without it a missing file reads as null (lowdb's convention).
   */
  defaults?: () => unknown;
  /** 2 for files people may open by hand; 0 for sessions, which are rewritten while streaming. */
  indent?: number;
}

export interface Refusal {
  error: StoreError;
  /** The bytes judged bad: the same bytes read again are refused without another copy. */
  bytes: Buffer;
  /** True when this read made the backup copy (so the caller can report it once, not on every read). */
  newBackup: boolean;
}

export class JsonFileAdapter<S extends z.ZodType> implements SyncAdapter<z.output<S>> {
  /** Set while the file on disk is bad: every write refuses until a read finds it fixed or gone. */
  refusal: Refusal | undefined;
  /** Set when the last read was an older layout: its bytes are backed up before the first write. */
  private migrated: { from: number; bytes: Buffer } | undefined;

  constructor(
    readonly file: string,
    private readonly opts: JsonFileOptions<S>,
  ) {}

  read(): z.output<S> | null {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(this.file);
    } catch (e) {
      if (errno(e) !== 'ENOENT') throw new StoreError('io', `${this.file}: ${t('store.file.cannotRead', { why: errno(e) ?? (e as Error).message })}`, this.file);
      this.refusal = undefined;
      this.migrated = undefined;
      return this.opts.defaults ? this.opts.schema.parse(this.opts.defaults()) : null;
    }
    if (this.refusal?.bytes.equals(bytes)) {
      this.refusal.newBackup = false;
      throw this.refusal.error;
    }
    this.refusal = undefined;
    this.migrated = undefined;

    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (e) {
      throw this.refuse(bytes, describeJsonError(text, e));
    }
    let data: unknown;
    try {
      data = migrate(raw, this.opts.kind);
    } catch (e) {
      // Not damaged, just from the future: nothing to copy aside, but nothing to write either.
      if (e instanceof NewerVersionError) throw this.refuse(bytes, e.message, false);
      throw e;
    }
    const parsed = this.opts.schema.safeParse(data);
    if (!parsed.success) throw this.refuse(bytes, formatIssues(parsed.error));
    const version = storedVersion(raw);
    if (version !== undefined && version < SCHEMA_VERSION) this.migrated = { from: version, bytes };
    return parsed.data;
  }

  write(data: z.output<S>): void {
    if (this.refusal) throw this.refusal.error;
    const parsed = this.opts.schema.safeParse(data);
    // Never write what we could not read back: that would turn our own file into a "corrupt" one.
    if (!parsed.success) throw new Error(`${this.file}: ${t('store.file.refusingInvalid', { issues: formatIssues(parsed.error) })}`);
    if (this.migrated) {
      const target = `${this.file}.v${this.migrated.from}.bak`;
      const same = fs.existsSync(target) && fs.readFileSync(target).equals(this.migrated.bytes);
      if (!same) writeNewCopy(fs.existsSync(target) ? `${this.file}.v${this.migrated.from}.${stamp()}.bak` : target, this.migrated.bytes);
      this.migrated = undefined;
    }
    writeFileAtomic(this.file, `${JSON.stringify(parsed.data, null, this.opts.indent ?? 2)}\n`);
  }

  private refuse(bytes: Buffer, problem: string, copy = true): StoreError {
    let backup: string | undefined;
    let newBackup = false;
    let where = '';
    if (copy) {
      try {
        ({ backup, created: newBackup } = keepCopy(this.file, bytes));
        where = t('store.file.copyKept', { file: backup });
      } catch (e) {
        where = t('store.file.copyFailed', { why: errno(e) ?? (e as Error).message });
      }
    }
    const advice = copy ? t('store.file.advice') : '';
    const error = new StoreError('corrupt', `${this.file}: ${t('store.file.damaged', { problem, where, advice })}`, this.file, backup);
    this.refusal = { error, bytes, newBackup };
    return error;
  }
}
