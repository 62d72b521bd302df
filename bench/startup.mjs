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

/**
 * bench/ink-hello.mjs bundled like dist/cli.js: splitting on (Ink's optional devtools import then
 * stays a chunk that is never loaded; bundled into one file, its import of the absent
 * react-devtools-core failed at start — the hello crashed and its error, naming
 * ink-hello.bundle.mjs, was taken for the frame), production React fixed at build time.
 */
async function bundledHello() {
  const outdir = path.join(ROOT, 'node_modules/.cache/mockview/ink-hello');
  fs.rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: [path.join(ROOT, 'bench/ink-hello.mjs')],
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    external: ['react-devtools-core'],
    define: { 'process.env.NODE_ENV': '"production"' },
    banner: { js: "import { createRequire as __mvCreateRequire } from 'node:module';\nconst require = __mvCreateRequire(import.meta.url);" },
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
  });
  return path.join(outdir, 'ink-hello.js');
}

/** A run whose output is an error is not a start-up: fail the bench rather than time the crash. */
async function timed(opts) {
  const r = await runInPty(opts);
  if (r.readyMs === null || /\bError\b[:[]|node:internal\//.test(r.output.toString('utf8'))) {
    throw new Error(`${opts.command} failed:\n${r.output.toString('utf8').slice(0, 500)}`);
  }
  cpu.get(opts.command)?.push(r.readyCpuMs);
  return r.readyMs;
}
/** CPU ms at the first frame, per command (filled by timed()). */
const cpu = new Map();

export async function benchStartup(runs = 9) {
  const helloScript = await bundledHello();
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mockview-bench-'));
  const hello = [];
  const app = [];
  const help = [];
  const appCommand = `${node} ${path.join(ROOT, 'dist/cli.js')}`;
  cpu.set(`${node} ${helloScript}`, []);
  cpu.set(appCommand, []);
  for (let i = 0; i < runs; i++) {
    // The word on its own: the script's path (…/ink-hello.js) in an error must not count as the frame.
    hello.push(await timed({ command: `${node} ${helloScript}`, ready: /(?<![./-])hello(?![\w.-])/ }));
    app.push(
      await timed({
        command: appCommand,
        env: { MOCKVIEW_HOME: home },
        ready: /interview practice/,
        afterReady: (child) => setTimeout(() => child.stdin.write('\u0003'), 20),
      }),
    );
    help.push(await timed({ command: `${node} ${path.join(ROOT, 'dist/cli.js')} --help`, ready: /Usage: mockview/ }));
  }
  fs.rmSync(home, { recursive: true, force: true });
  const h = median(hello);
  const cpuOf = (command) => {
    const xs = cpu.get(command).filter((x) => x !== null);
    return xs.length ? median(xs) : null;
  };
  const helloCpu = cpuOf(`${node} ${helloScript}`);
  const appCpu = cpuOf(appCommand);
  return {
    inkHelloMs: Math.round(h),
    firstFrameMs: Math.round(median(app)),
    helpMs: Math.round(median(help)),
    firstFrameRatio: Number((median(app) / h).toFixed(2)),
    helpRatio: Number((median(help) / h).toFixed(2)),
    // CPU time each had used at its first frame (clock ticks of 10 ms), medians: what waiting for a busy machine does not inflate.
    inkHelloCpuMs: helloCpu,
    firstFrameCpuMs: appCpu,
    firstFrameCpuRatio: helloCpu && appCpu ? Number((appCpu / helloCpu).toFixed(2)) : null,
    budget: 'first frame ≤ 1.25× a bundled Ink hello',
  };
}
