// Start-up: `mockview` to its first frame and `mockview --help`, against a bare Ink "hello" on the
// same machine in the same run. Runs alternate so drift hits both sides alike; medians reported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInPty } from './pty.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = JSON.stringify(process.execPath);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchStartup(runs = 9) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mockview-bench-'));
  const hello = [];
  const app = [];
  const help = [];
  for (let i = 0; i < runs; i++) {
    hello.push((await runInPty({ command: `${node} ${path.join(ROOT, 'bench/ink-hello.mjs')}`, ready: /hello/ })).readyMs);
    app.push(
      (
        await runInPty({
          command: `${node} ${path.join(ROOT, 'dist/cli.js')}`,
          env: { MOCKVIEW_HOME: home },
          ready: /interview practice/,
          afterReady: (child) => setTimeout(() => child.stdin.write('\u0003'), 20),
        })
      ).readyMs,
    );
    help.push((await runInPty({ command: `${node} ${path.join(ROOT, 'dist/cli.js')} --help`, ready: /Usage: mockview/ })).readyMs);
  }
  fs.rmSync(home, { recursive: true, force: true });
  const h = median(hello);
  return {
    inkHelloMs: Math.round(h),
    firstFrameMs: Math.round(median(app)),
    helpMs: Math.round(median(help)),
    firstFrameRatio: Number((median(app) / h).toFixed(2)),
    helpRatio: Number((median(help) / h).toFixed(2)),
    budget: 'first frame ≤ 1.25× Ink hello',
  };
}
