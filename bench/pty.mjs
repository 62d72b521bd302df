// Runs a command under a pseudo-terminal (util-linux `script`), so Ink sees a TTY, and reports when
// the first frame matching `ready` appeared, every byte written, and CPU time used.
import { spawn } from 'node:child_process';

export function runInPty({ command, env = {}, ready, timeoutMs = 20000, columns = 80, rows = 24, afterReady }) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const shell = `stty cols ${columns} rows ${rows}; exec ${command}`;
    const child = spawn('script', ['-qfec', shell, '/dev/null'], {
      env: { ...process.env, TERM: 'xterm-256color', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = Buffer.alloc(0);
    let readyAt = null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out waiting for ${ready}: ${out.toString().slice(-500)}`));
    }, timeoutMs);
    child.stdout.on('data', (d) => {
      out = Buffer.concat([out, d]);
      if (readyAt === null && ready.test(out.toString('utf8'))) {
        readyAt = Number(process.hrtime.bigint() - started) / 1e6;
        afterReady?.(child, out.length);
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ readyMs: readyAt, totalMs: Number(process.hrtime.bigint() - started) / 1e6, bytes: out.length, output: out });
    });
  });
}
