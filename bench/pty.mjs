// Runs a command under a pseudo-terminal (util-linux `script`), so Ink sees a TTY, and reports when
// the first frame matching `ready` appeared (and the CPU time the process had used by then, which a
// loaded machine inflates far less than the wall time), every byte written.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpuSeconds } from './chat-run.mjs';

/** CPU time (utime + stime, ms) of the process `script` runs (the shell execs it: script's child); null if unreadable. */
function childCpuMs(scriptPid) {
  try {
    const kid = readFileSync(`/proc/${scriptPid}/task/${scriptPid}/children`, 'utf8').trim().split(/\s+/)[0];
    return kid ? Math.round(cpuSeconds(Number(kid)) * 1000) : null;
  } catch {
    return null;
  }
}

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
    let readyCpuMs = null;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out waiting for ${ready}: ${out.toString().slice(-500)}`));
    }, timeoutMs);
    child.stdout.on('data', (d) => {
      out = Buffer.concat([out, d]);
      if (readyAt === null && ready.test(out.toString('utf8'))) {
        readyAt = Number(process.hrtime.bigint() - started) / 1e6;
        readyCpuMs = childCpuMs(child.pid);
        afterReady?.(child, out.length);
      }
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve({ readyMs: readyAt, readyCpuMs, totalMs: Number(process.hrtime.bigint() - started) / 1e6, bytes: out.length, output: out });
    });
  });
}
