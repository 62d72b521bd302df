// Waiting for something a process writes to disk: re-checked whenever the folder changes (fs.watch),
// never on a timer. The deadline only bounds a wait that would otherwise hang.
import fs from 'node:fs';

export function waitForDir<T>(dir: string, check: () => T | undefined | false, what: string, ms = 10_000): Promise<T> {
  fs.mkdirSync(dir, { recursive: true });
  return new Promise<T>((resolve, reject) => {
    const attempt = (): boolean => {
      let value: T | undefined | false;
      try {
        value = check();
      } catch {
        return false; // a file caught mid-write: the next change event checks again
      }
      if (value === undefined || value === false) return false;
      done();
      resolve(value);
      return true;
    };
    const watcher = fs.watch(dir, () => void attempt());
    const timer = setTimeout(() => {
      done();
      reject(new Error(`never written: ${what} (in ${dir})`));
    }, ms);
    function done(): void {
      clearTimeout(timer);
      watcher.close();
    }
    attempt();
  });
}
