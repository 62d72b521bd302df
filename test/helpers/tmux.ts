// Drives the real binary in a real terminal: tmux at a given size, send-keys to type, capture-pane
// to read the screen. Each test gets its own tmux server (socket) so runs never collide. Keys go
// out at once, as a fast typist's do (the app takes keys typed ahead one at a time, see
// src/terminal/key-by-key.ts); tests then wait for the frame that must appear, never for the clock:
// the pane's output is piped to a file (pipe-pane) and the screen is read again each time the app
// writes to it (fs.watch), so a wait ends with the write that draws the frame.
import { execFileSync } from 'node:child_process';
import fs, { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CLI } from './build-tools.js';

export interface TmuxSession {
  send(...keys: string[]): Promise<void>;
  type(text: string): Promise<void>;
  /** Keys and text in one go, no pause: keys typed ahead over a slow link. Key names as tmux knows them; other words are typed. */
  burst(...keys: string[]): Promise<void>;
  screen(): string;
  waitFor(re: RegExp | ((screen: string) => boolean), ms?: number): Promise<string>;
  resize(columns: number, rows: number): void;
  /** Ends the app the way a person does (Ctrl+C), waits for it to be gone, then the tmux server. */
  kill(): Promise<void>;
  /** The pid of the app: the node process under the pane's shell. */
  pid(): number;
  /** Terminal modes as tmux sees them: alternate screen, cursor shown, mouse reporting. */
  modes(): { alternate: boolean; cursor: boolean; mouse: boolean };
}

export function hasTmux(): boolean {
  try {
    execFileSync('tmux', ['-V']);
    return true;
  } catch {
    return false;
  }
}

export function startTmux(opts: { env: Record<string, string>; args?: string[]; columns?: number; rows?: number }): TmuxSession {
  const socket = `mockview-e2e-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  const tmux = (...args: string[]): string => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
  const envArgs = Object.entries(opts.env).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ');
  const command = `env ${envArgs} ${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} ${(opts.args ?? []).join(' ')}; echo "EXITED $?"; sleep 30`;
  tmux('-f', '/dev/null', 'new-session', '-d', '-s', 'e2e', '-x', String(opts.columns ?? 80), '-y', String(opts.rows ?? 24), command);
  // Lone Esc must reach the app at once, as it does in a plain terminal.
  tmux('set-option', '-g', 'escape-time', '0');
  // Everything the app writes also goes to this file: a change to it is a frame to look at.
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockview-pane-'));
  const out = path.join(outDir, 'pane.out');
  fs.writeFileSync(out, '');
  tmux('pipe-pane', '-t', 'e2e', '-o', `cat >> ${JSON.stringify(out)}`);
  /** Resolves once `ok(screen)` holds, checked now and after each write of the app. */
  const whenScreen = (ok: (screen: string) => boolean, ms: number, what: string): Promise<string> =>
    new Promise((resolve, reject) => {
      let last = '';
      let queued = false;
      const check = (): void => {
        queued = false;
        try {
          last = session.screen();
        } catch {
          return; // the tmux server is going away: the deadline ends the wait
        }
        if (!ok(last)) return;
        done();
        resolve(last);
      };
      // Watch first, then look: a frame written in between is not missed. Writes that come while a
      // check runs are looked at once, together.
      const watcher = fs.watch(out, () => {
        if (queued) return;
        queued = true;
        setImmediate(check);
      });
      const timer = setTimeout(() => {
        done();
        reject(new Error(`screen never matched ${what}:\n${last}`));
      }, ms);
      function done(): void {
        clearTimeout(timer);
        watcher.close();
      }
      check();
    });
  // The first frame is on screen a moment before the app takes keys: the terminal switches to raw
  // mode (until then the line discipline turns Enter into a newline), and the screen registers its
  // key handlers in the effects that run after its first frame — the same effects that list its
  // keys in the hint bar, before the global "? keys" (in any language). So the first keys of a session wait for both:
  // the terminal's mode is read until it changes (a mode change writes nothing to watch), then the
  // hint bar is waited for like any frame. Bounded: past that, keys go anyway and the test will tell.
  let listening = false;
  const untilListening = async (): Promise<void> => {
    if (listening) return;
    listening = true;
    const tty = tmux('display-message', '-p', '-t', 'e2e', '#{pane_tty}').trim();
    const until = Date.now() + 5000;
    while (Date.now() < until) {
      let modes: string;
      try {
        modes = execFileSync('stty', ['-F', tty, '-a'], { encoding: 'utf8' });
      } catch {
        return; // the pane is gone
      }
      if (/(^|\s)-icanon(\s|$)/.test(modes)) break;
      await new Promise((r) => setImmediate(r));
    }
    await whenScreen((screen) => /\S.* · \? \S/.test(screen) || /EXITED \d+/.test(screen), 5000, 'the screen listing its keys').catch(() => undefined);
  };
  const session: TmuxSession = {
    async send(...keys) {
      await untilListening();
      for (const key of keys) {
        const before = key === 'Escape' ? session.screen() : '';
        tmux('send-keys', '-t', 'e2e', key);
        // A lone Esc followed at once by a key reads as Alt+key: the next key waits for Esc's frame
        // (or a second, for an Esc that changes nothing).
        if (key === 'Escape') await session.waitFor((s) => s !== before, 1000).catch(() => undefined);
      }
    },
    async type(text) {
      await untilListening();
      tmux('send-keys', '-t', 'e2e', '-l', text);
    },
    async burst(...keys) {
      await untilListening();
      tmux('send-keys', '-t', 'e2e', ...keys);
    },
    screen: () => tmux('capture-pane', '-p', '-t', 'e2e'),
    async waitFor(re, ms = 8000) {
      return whenScreen((screen) => (typeof re === 'function' ? re(screen) : re.test(screen)), ms, String(re));
    },
    pid() {
      const shell = tmux('display-message', '-p', '-t', 'e2e', '#{pane_pid}').trim();
      const kids = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
      const app = kids.find((k) => readFileSync(`/proc/${k}/cmdline`, 'utf8').includes(CLI));
      if (!app) throw new Error('the app process is gone');
      return Number(app);
    },
    modes() {
      const [alternate, cursor, mouse] = tmux('display-message', '-p', '-t', 'e2e', '#{alternate_on} #{cursor_flag} #{mouse_any_flag}').trim().split(' ');
      return { alternate: alternate === '1', cursor: cursor === '1', mouse: mouse === '1' };
    },
    resize(columns, rows) {
      tmux('resize-window', '-t', 'e2e', '-x', String(columns), '-y', String(rows));
    },
    async kill() {
      // The app saves its session as it exits: let it finish before the test's data dir goes.
      try {
        if (!/EXITED \d+/.test(session.screen())) {
          tmux('send-keys', '-t', 'e2e', 'C-c');
          await whenScreen((screen) => /EXITED \d+/.test(screen), 5000, 'EXITED').catch(() => undefined);
        }
        tmux('kill-server');
      } catch {
        // already gone
      }
      fs.rmSync(outDir, { recursive: true, force: true });
    },
  };
  return session;
}
