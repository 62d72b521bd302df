// Drives the real binary in a real terminal: tmux at a given size, send-keys to type, capture-pane
// to read the screen. Each test gets its own tmux server (socket) so runs never collide. Keys go
// out at once, as a fast typist's do (the app takes keys typed ahead one at a time, see
// src/terminal/key-by-key.ts); tests then wait for the frame that must appear, never for the clock.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

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
  const session: TmuxSession = {
    async send(...keys) {
      for (const key of keys) {
        const before = key === 'Escape' ? session.screen() : '';
        tmux('send-keys', '-t', 'e2e', key);
        // A lone Esc followed at once by a key reads as Alt+key: the next key waits for Esc's frame
        // (or a second, for an Esc that changes nothing).
        if (key === 'Escape') await session.waitFor((s) => s !== before, 1000).catch(() => undefined);
      }
    },
    async type(text) {
      tmux('send-keys', '-t', 'e2e', '-l', text);
    },
    async burst(...keys) {
      tmux('send-keys', '-t', 'e2e', ...keys);
    },
    screen: () => tmux('capture-pane', '-p', '-t', 'e2e'),
    async waitFor(re, ms = 8000) {
      const until = Date.now() + ms;
      let last = '';
      while (Date.now() < until) {
        last = session.screen();
        if (typeof re === 'function' ? re(last) : re.test(last)) return last;
        await sleep(40); // polling the screen for the frame, not a pause between keys
      }
      throw new Error(`screen never matched ${String(re)}:\n${last}`);
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
          const until = Date.now() + 5000;
          while (Date.now() < until && !/EXITED \d+/.test(session.screen())) await sleep(50);
        }
        tmux('kill-server');
      } catch {
        // already gone
      }
    },
  };
  return session;
}
