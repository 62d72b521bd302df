// A cached read of one file (or folder) that knows when it went stale, in the shape React's
// useSyncExternalStore wants: getSnapshot returns the same object until the data really changed, and
// subscribe tells listeners when it did — our own writes at once, another process's within about a
// second (fs.watch where the OS offers it, a stat poll as the fallback for network filesystems).
import fs from 'node:fs';
import path from 'node:path';

/** mtime + size + inode: an atomic save (temp + rename) always changes the inode. */
function signatureOf(target: string): string {
  try {
    const st = fs.statSync(target);
    return `${st.mtimeMs}:${st.size}:${st.ino}`;
  } catch {
    return 'missing';
  }
}

export const POLL_MS = 1_000;

export class FileSnapshot<T> {
  private cached: { signature: string; value: T } | undefined;
  private readonly listeners = new Set<() => void>();
  private watcher: fs.FSWatcher | undefined;
  private poll: NodeJS.Timeout | undefined;

  constructor(
    /** The file whose changes make the snapshot stale (a folder for sessions: every save renames into it). */
    readonly target: string,
    private readonly read: () => T,
  ) {}

  /** The current data; parsed again only when the file changed since the last read. */
  getSnapshot = (): T => {
    const signature = signatureOf(this.target);
    if (this.cached?.signature !== signature) this.cached = { signature, value: this.read() };
    return this.cached.value;
  };

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) this.startWatching();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stopWatching();
    };
  };

  /** After our own write: read again and tell everyone now, not at the next poll. */
  invalidate(): void {
    this.cached = undefined;
    this.notify();
  }

  close(): void {
    this.listeners.clear();
    this.stopWatching();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }

  /** Compares the signature with the cached one and notifies only on a real change. */
  private check = (): void => {
    if (this.cached && this.cached.signature === signatureOf(this.target)) return;
    this.notify();
  };

  private startWatching(): void {
    try {
      // The parent folder: an atomic save replaces the file, which a watch on the file itself would lose.
      const dir = fs.existsSync(this.target) && fs.statSync(this.target).isDirectory() ? this.target : path.dirname(this.target);
      this.watcher = fs.watch(dir, { persistent: false }, () => this.check());
      this.watcher.on('error', () => this.stopWatcherOnly());
    } catch {
      // No watching here (some network filesystems): the poll below still sees changes.
    }
    this.poll = setInterval(this.check, POLL_MS);
    this.poll.unref();
  }

  private stopWatcherOnly(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  private stopWatching(): void {
    this.stopWatcherOnly();
    if (this.poll) clearInterval(this.poll);
    this.poll = undefined;
  }
}
