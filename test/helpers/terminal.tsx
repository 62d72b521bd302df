// The real app shell rendered by Ink into a headless terminal emulator of a given size, the way it
// reaches a person: a TTY stdout, Ink 8's own incremental writer, the alternate screen, keys one at
// a time through src/terminal/key-by-key.ts (the production render options). ink-testing-library
// cannot show that (no rows, every frame separate). Import this module before anything that loads
// Ink (see live-terminal-env.ts). Tests wait for the frame they need, never for the clock.
import './live-terminal-env.js';
import xterm from '@xterm/headless';
import { EventEmitter } from 'node:events';
import type { ReactNode } from 'react';
import { render, useInput } from 'ink';
import stringWidth from 'string-width';
import { App } from '../../src/app.js';
import { createRepositories, type Repositories } from '../../src/app/repositories.js';
import { listCallableModels } from '../../src/bedrock/catalog-live.js';
import type { Route, Services } from '../../src/navigation.js';
import { openProvider } from '../../src/providers/index.js';
import type { Store } from '../../src/store/types.js';
import { splitKeys } from '../../src/terminal/key-by-key.js';
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

const ESC = '\u001b';

/**
 * Sits beside the app and sees every key Ink hands to the app's handlers. Ink holds a lone Esc back
 * for 20 ms (it could start an escape sequence): this is how a test knows it has gone through.
 */
function EscapeProbe({ seen }: { seen: () => void }): null {
  useInput((_input, key) => {
    if (key.escape && !key.meta) seen(); // a lone Esc, not Alt+Esc
  });
  return null;
}

export interface TerminalApp {
  /** The rows on screen now. */
  screen(): string[];
  /** The rows on screen now with their style as SGR escapes (colour, bold, dim, …), to check what is drawn coloured. */
  styledScreen(): string[];
  /** The screen after every frame Ink wrote, as the terminal showed it once it had parsed that frame. */
  frames: string[];
  /** Every byte written to the terminal so far, escape sequences included. */
  output(): string;
  /** Bytes Ink has written so far. */
  bytes(): number;
  /** Types keys one after another, each once the one before has been taken in and its frame is on screen. */
  press(...keys: string[]): Promise<void>;
  /** Writes raw input, as the terminal does when a key is pressed (no waiting). */
  stdin: { write(data: string): void };
  /**
   * Resolves once every key typed so far has been handed to the screens and taken in, and the frame
   * it led to has been written and parsed (Ink's own throttled writer is flushed through its public
   * `waitUntilRenderFlush`). What a key starts in the background (a save, a stream) is waited for
   * with waitFor.
   */
  settle(): Promise<void>;
  /** Everything in one read, as a slow link delivers keys typed ahead. */
  burst(text: string): void;
  /** Waits until the screen matches (checked after every write the terminal has parsed). */
  waitFor(re: RegExp | ((screen: string[]) => boolean), ms?: number): Promise<string[]>;
  resize(columns: number, rows: number): void;
  /** Rows drawn wider than the terminal so far (checked on each parsed write): none, when all is well. */
  tooWide(): string[];
  unmount(): void;
}

export interface TerminalAppShell extends TerminalApp {
  env: NodeJS.ProcessEnv;
  /** The app layer the screens were given. */
  repositories: Repositories;
}

/** The real app shell at `route`, on `store`. */
export function renderInTerminal(
  route: Route,
  opts: {
    store: Store;
    columns?: number;
    rows?: number;
    env?: NodeJS.ProcessEnv;
    /** Replaces parts of the app layer (e.g. a write that comes back `locked`) for a test. */
    repositories?: (real: Repositories) => Repositories;
  },
): TerminalAppShell {
  const env = opts.env ?? process.env;
  const real = createRepositories(opts.store);
  const repositories = opts.repositories ? opts.repositories(real) : real;
  const services: Services = {
    store: opts.store,
    repositories,
    env,
    now: () => Date.now(),
    openProvider: (config, purpose) => openProvider(config, { store: opts.store, purpose, env }),
    listModels: listCallableModels,
  };
  const terminal = mountInTerminal(<App services={services} initialRoute={route} />, opts);
  return {
    ...terminal,
    env,
    repositories,
    unmount: () => {
      terminal.unmount();
      real.close();
    },
  };
}

/**
 * Any element rendered the way the app is (the production render options) into a headless
 * terminal of `columns` × `rows`. Components that take keys should end with the app's
 * `useEffect(keyTakenIn)`, or each key waits key-by-key's idle moment before the next.
 */
export function mountInTerminal(node: ReactNode, opts: { columns?: number; rows?: number } = {}): TerminalApp {
  let columns = opts.columns ?? 80;
  let rows = opts.rows ?? 24;
  // convertEol: a pseudo-terminal turns '\n' into CR LF before the terminal sees it.
  const term = new xterm.Terminal({ cols: columns, rows, scrollback: 0, convertEol: true, allowProposedApi: true });
  let bytes = 0;
  const written: string[] = [];
  const frames: string[] = [];
  let unparsed = 0; // writes the terminal has not parsed yet
  const parsed = new EventEmitter();
  const stdout = Object.assign(new EventEmitter(), {
    isTTY: true,
    columns,
    rows,
    write(s: string, done?: unknown): boolean {
      bytes += Buffer.byteLength(s);
      written.push(s);
      unparsed++;
      term.write(s, () => {
        unparsed--;
        // A frame is written in one go (src/terminal/compact-output.ts): record the screen once the
        // terminal has caught up with everything written so far.
        if (unparsed === 0) {
          const now = screen().join('\n');
          if (frames.at(-1) !== now) frames.push(now);
        }
        parsed.emit('frame');
        if (typeof done === 'function') (done as () => void)();
      });
      return true;
    },
  });
  const stdin = new TtyIn();
  let escapesWritten = 0;
  let escapesSeen = 0;
  const escapes = new EventEmitter();
  const input = {
    write(data: string): void {
      escapesWritten += splitKeys(data).filter((k) => k === ESC).length;
      stdin.write(data);
    },
  };
  const options = appRenderOptions(stdin as unknown as NodeJS.ReadStream, stdout as unknown as NodeJS.WriteStream);
  const keys = options.stdin as unknown as { settled(): boolean };
  const probe = (
    <>
      {node}
      <EscapeProbe
        seen={() => {
          escapesSeen++;
          escapes.emit('seen');
        }}
      />
    </>
  );
  const instance = render(probe, {
    ...options,
    stderr: stdout as unknown as NodeJS.WriteStream,
    exitOnCtrlC: false,
  });
  const line = (y: number): string => term.buffer.active.getLine(y)?.translateToString(true) ?? '';
  const screen = (): string[] => Array.from({ length: rows }, (_, i) => line(term.buffer.active.viewportY + i));
  const styledScreen = (): string[] => Array.from({ length: rows }, (_, i) => styledLine(term, term.buffer.active.viewportY + i));
  const wide: string[] = [];
  parsed.on('frame', () => {
    for (const l of screen()) if (stringWidth(l) > columns) wide.push(l);
    // A row written past the right edge wraps onto the next one, which the terminal marks as the
    // continuation of the row above: that row was drawn wider than the terminal.
    const top = term.buffer.active.viewportY;
    for (let y = 1; y < rows; y++) {
      if (!term.buffer.active.getLine(top + y)?.isWrapped) continue;
      const over = `${line(top + y - 1)}⏎${line(top + y)}`;
      if (!wide.includes(over)) wide.push(over);
    }
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
  let unmounted = false;
  const settle = async (): Promise<void> => {
    // A lone Esc is with Ink until its hold ends; bounded, in case the app stopped reading keys.
    if (escapesSeen < escapesWritten && !unmounted) {
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          escapes.off('seen', check);
          reject(new Error(`Esc never reached the app's key handlers:\n${screen().join('\n')}`));
        }, 5000);
        const check = (): void => {
          if (escapesSeen < escapesWritten) return;
          clearTimeout(timer);
          escapes.off('seen', check);
          resolve();
        };
        escapes.on('seen', check);
      });
    }
    // key-by-key hands each key over once React has rendered the one before (or, for a key that
    // changed nothing, a moment later).
    while (!keys.settled() && !unmounted) await new Promise((r) => setImmediate(r));
    if (unmounted) return;
    await instance.waitUntilRenderFlush();
  };
  return {
    screen,
    styledScreen,
    frames,
    output: () => written.join(''),
    stdin: input,
    settle,
    bytes: () => bytes,
    async press(...ks) {
      for (const k of ks) {
        input.write(k);
        await settle();
      }
    },
    burst: (text) => input.write(text),
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
      if (unmounted) return;
      unmounted = true;
      instance.unmount();
    },
  };
}

/** A cell's style as SGR escapes, one per attribute as chalk writes them ('' for the default style). */
function sgr(cell: xterm.IBufferCell): string {
  const codes: string[] = [];
  if (cell.isBold()) codes.push('1');
  if (cell.isDim()) codes.push('2');
  if (cell.isItalic()) codes.push('3');
  if (cell.isUnderline()) codes.push('4');
  if (cell.isInverse()) codes.push('7');
  if (cell.isStrikethrough()) codes.push('9');
  const colour = (base: number, mode: 'fg' | 'bg'): void => {
    const fg = mode === 'fg';
    const n = fg ? cell.getFgColor() : cell.getBgColor();
    if (fg ? cell.isFgDefault() : cell.isBgDefault()) return;
    if (fg ? cell.isFgRGB() : cell.isBgRGB()) codes.push(`${base + 8};2;${(n >> 16) & 255};${(n >> 8) & 255};${n & 255}`);
    else if (n < 8) codes.push(String(base + n));
    else if (n < 16) codes.push(String(base + 60 + n - 8));
    else codes.push(`${base + 8};5;${n}`);
  };
  colour(30, 'fg');
  colour(40, 'bg');
  return codes.map((c) => `\u001b[${c}m`).join('');
}

/** One row with its style re-encoded as SGR escapes, trailing blanks in the default style dropped. */
function styledLine(term: xterm.Terminal, y: number): string {
  const row = term.buffer.active.getLine(y);
  if (!row) return '';
  let out = '';
  let style = '';
  let pending = ''; // blanks in the default style, kept only if something follows them
  const cell = term.buffer.active.getNullCell();
  for (let x = 0; x < row.length; x++) {
    row.getCell(x, cell);
    if (cell.getWidth() === 0) continue; // the right half of a wide character
    const now = sgr(cell);
    const chars = cell.getChars() || ' ';
    if (now === '' && style === '' && chars === ' ') {
      pending += ' ';
      continue;
    }
    out += pending;
    pending = '';
    if (now !== style) {
      out += (style === '' ? '' : '\u001b[0m') + now;
      style = now;
    }
    out += chars;
  }
  return style === '' ? out : `${out}\u001b[0m`;
}
