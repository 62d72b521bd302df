// The real app shell rendered by Ink into a headless terminal emulator of a given size, the way it
// reaches a person: a TTY stdout, frames drawn over each other, <Static> history scrolling up.
// ink-testing-library cannot show that (no rows, every frame separate). Import this module before
// anything that loads Ink (see live-terminal-env.ts).
import './live-terminal-env.js';
import xterm from '@xterm/headless';
import { EventEmitter } from 'node:events';
import { render } from 'ink';
import { App } from '../../src/app.js';
import { createRepositories } from '../../src/app/repositories.js';
import { listCallableModels } from '../../src/bedrock/catalog-live.js';
import type { Route, Services } from '../../src/navigation.js';
import { openProvider } from '../../src/providers/index.js';
import type { Store } from '../../src/store/types.js';
import { keyByKey } from '../../src/terminal/key-by-key.js';

class TtyIn extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write(data: string): void {
    this.data = data;
    this.emit('readable');
    this.emit('data', data);
  }
  read = (): string | null => {
    const { data } = this;
    this.data = null;
    return data;
  };
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

export interface TerminalApp {
  /** The rows on screen now. */
  screen(): string[];
  /** Scrollback and screen, trailing blank rows dropped. */
  everything(): string[];
  /** Bytes Ink has written so far. */
  bytes(): number;
  press(...keys: string[]): Promise<void>;
  /** Everything in one read, as a slow link delivers keys typed ahead. */
  burst(text: string): void;
  unmount(): void;
}

export function renderInTerminal(route: Route, opts: { store: Store; columns?: number; rows?: number }): TerminalApp {
  const columns = opts.columns ?? 80;
  const rows = opts.rows ?? 24;
  // convertEol: a pseudo-terminal turns '\n' into CR LF before the terminal sees it.
  const term = new xterm.Terminal({ cols: columns, rows, scrollback: 5000, convertEol: true, allowProposedApi: true });
  let bytes = 0;
  const stdout = Object.assign(new EventEmitter(), {
    isTTY: true,
    columns,
    rows,
    write(s: string): boolean {
      bytes += Buffer.byteLength(s);
      term.write(s);
      return true;
    },
  });
  const stdin = new TtyIn();
  const repositories = createRepositories(opts.store);
  const services: Services = {
    store: opts.store,
    repositories,
    env: process.env,
    now: () => Date.now(),
    openProvider: (config, purpose) => openProvider(config, { store: opts.store, purpose, env: process.env }),
    listModels: listCallableModels,
  };
  const instance = render(<App services={services} initialRoute={route} />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    // As in src/run-app.tsx: keys that arrive in one read reach the app one at a time.
    stdin: keyByKey(stdin as unknown as NodeJS.ReadStream),
    stderr: stdout as unknown as NodeJS.WriteStream,
    patchConsole: false,
    exitOnCtrlC: false,
    maxFps: 30,
  });
  const line = (y: number): string => term.buffer.active.getLine(y)?.translateToString(true) ?? '';
  return {
    screen: () => Array.from({ length: rows }, (_, i) => line(term.buffer.active.viewportY + i)),
    everything: () => {
      const out = Array.from({ length: term.buffer.active.length }, (_, y) => line(y));
      while (out.length && !out.at(-1)?.trim()) out.pop();
      return out;
    },
    bytes: () => bytes,
    async press(...keys) {
      for (const k of keys) {
        stdin.write(k);
        await new Promise((r) => setTimeout(r, 40));
      }
    },
    burst: (text) => stdin.write(text),
    unmount: () => {
      instance.unmount();
      repositories.close();
    },
  };
}
