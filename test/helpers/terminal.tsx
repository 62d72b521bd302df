// The real app shell rendered by Ink into a headless terminal emulator of a given size, the way it
// reaches a person: a TTY stdout, Ink 8's own incremental writer, the alternate screen, keys one at
// a time through src/terminal/key-by-key.ts (the production render options). ink-testing-library
// cannot show that (no rows, every frame separate). Import this module before anything that loads
// Ink (see live-terminal-env.ts). Tests wait for the frame they need, never for the clock.
import './live-terminal-env.js';
import xterm from '@xterm/headless';
import { EventEmitter } from 'node:events';
import { render } from 'ink';
import stringWidth from 'string-width';
import { App } from '../../src/app.js';
import { createRepositories } from '../../src/app/repositories.js';
import { listCallableModels } from '../../src/bedrock/catalog-live.js';
import type { Route, Services } from '../../src/navigation.js';
import { openProvider } from '../../src/providers/index.js';
import type { Store } from '../../src/store/types.js';
import { appRenderOptions } from '../../src/terminal/render-options.js';

class TtyIn extends EventEmitter {
  isTTY = true;
  private data: string[] = [];
  write(data: string): void {
    this.data.push(data);
    this.emit('readable');
  }
  read = (): string | null => this.data.shift() ?? null;
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
  /** Bytes Ink has written so far. */
  bytes(): number;
  /** Types keys one after another, each once the one before has been taken in. */
  press(...keys: string[]): Promise<void>;
  /** Everything in one read, as a slow link delivers keys typed ahead. */
  burst(text: string): void;
  /** Waits until the screen matches (checked after every write the terminal has parsed). */
  waitFor(re: RegExp | ((screen: string[]) => boolean), ms?: number): Promise<string[]>;
  resize(columns: number, rows: number): void;
  /** Every row drawn so far was within the terminal's width (checked on each parsed write). */
  tooWide(): string[];
  unmount(): void;
  env: NodeJS.ProcessEnv;
}

export function renderInTerminal(route: Route, opts: { store: Store; columns?: number; rows?: number; env?: NodeJS.ProcessEnv }): TerminalApp {
  let columns = opts.columns ?? 80;
  let rows = opts.rows ?? 24;
  const env = opts.env ?? process.env;
  // convertEol: a pseudo-terminal turns '\n' into CR LF before the terminal sees it.
  const term = new xterm.Terminal({ cols: columns, rows, scrollback: 0, convertEol: true, allowProposedApi: true });
  let bytes = 0;
  const parsed = new EventEmitter();
  const stdout = Object.assign(new EventEmitter(), {
    isTTY: true,
    columns,
    rows,
    write(s: string): boolean {
      bytes += Buffer.byteLength(s);
      term.write(s, () => parsed.emit('frame'));
      return true;
    },
  });
  const stdin = new TtyIn();
  const repositories = createRepositories(opts.store);
  const services: Services = {
    store: opts.store,
    repositories,
    env,
    now: () => Date.now(),
    openProvider: (config, purpose) => openProvider(config, { store: opts.store, purpose, env }),
    listModels: listCallableModels,
  };
  const options = appRenderOptions(stdin as unknown as NodeJS.ReadStream, stdout as unknown as NodeJS.WriteStream);
  const keys = options.stdin as unknown as { settled(): boolean };
  const instance = render(<App services={services} initialRoute={route} />, {
    ...options,
    stderr: stdout as unknown as NodeJS.WriteStream,
    exitOnCtrlC: false,
  });
  const line = (y: number): string => term.buffer.active.getLine(y)?.translateToString(true) ?? '';
  const screen = (): string[] => Array.from({ length: rows }, (_, i) => line(term.buffer.active.viewportY + i));
  const wide: string[] = [];
  parsed.on('frame', () => {
    for (const l of screen()) if (stringWidth(l) > columns) wide.push(l);
  });
  const waitFor: TerminalApp['waitFor'] = (re, ms = 10_000) => {
    const ok = (s: string[]): boolean => (typeof re === 'function' ? re(s) : re.test(s.join('\n')));
    if (ok(screen())) return Promise.resolve(screen());
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const s = screen();
        if (!ok(s)) return;
        cleanup();
        resolve(s);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`screen never matched ${String(re)}:\n${screen().join('\n')}`));
      }, ms);
      const cleanup = (): void => {
        clearTimeout(timer);
        parsed.off('frame', check);
      };
      parsed.on('frame', check);
    });
  };
  /** Resolves once key-by-key has handed every key over and React has taken it in. */
  const settled = async (): Promise<void> => {
    while (!keys.settled()) await new Promise((r) => setImmediate(r));
  };
  return {
    screen,
    bytes: () => bytes,
    async press(...ks) {
      for (const k of ks) {
        stdin.write(k);
        await settled();
      }
    },
    burst: (text) => stdin.write(text),
    waitFor,
    resize(c, r) {
      columns = c;
      rows = r;
      term.resize(c, r);
      stdout.columns = c;
      stdout.rows = r;
      stdout.emit('resize');
    },
    tooWide: () => wide,
    unmount: () => {
      instance.unmount();
      repositories.close();
    },
    env,
  };
}
