// Start-up: `mockview` to its first frame and `mockview --help`, against a bare Ink "hello" on the
// same machine in the same run. The hello is bundled exactly as dist/ is (scripts/build.mjs's
// esbuild options: one file with Ink and React inside), so both sides pay the same module loading.
// Runs alternate so drift hits both sides alike; medians reported.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInPty } from './pty.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const node = JSON.stringify(process.execPath);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** bench/ink-hello.mjs bundled like dist/cli.js. */
async function bundledHello() {
  const outfile = path.join(ROOT, 'node_modules/.cache/mockview/ink-hello.bundle.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'bench/ink-hello.mjs')],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    external: ['react-devtools-core'],
    banner: { js: "import { createRequire as __mvCreateRequire } from 'node:module';\nconst require = __mvCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

export async function benchStartup(runs = 9) {
  const helloScript = await bundledHello();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mockview-bench-'));
  const hello = [];
  const app = [];
  const help = [];
  for (let i = 0; i < runs; i++) {
    hello.push((await runInPty({ command: `${node} ${helloScript}`, ready: /hello/ })).readyMs);
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
    budget: 'first frame ≤ 1.25× a bundled Ink hello',
  };
}
