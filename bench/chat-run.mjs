// Shared by bench/streaming.mjs and bench/memory.mjs: a data dir with a model pointing at the fake,
// stored sessions whose last turn is a candidate answer (so the chat asks the model at once), and a
// pseudo-terminal run that measures one streamed reply: bytes written, frames, CPU and RSS of the
// rendering node process, read from /proc.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from './fake.mjs';

export const CLI = path.join(ROOT, 'dist/cli.js');
/** The last history turn ends with this word: output after it is the reply's, not the history's. */
export const HISTORY_END = 'zqxj-end-of-history';
const BSU = '\u001b[?2026h'; // Ink wraps every frame it writes in synchronized-update marks
const ERASE_LINE = '\u001b[2K';
export const TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** A data dir with model `B` (API key auth) added through the real CLI. */
export function makeHome(fakeUrl) {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'mockview-bench-'));
  execFileSync(
    process.execPath,
    [CLI, 'models', 'add', '--name', 'B', '--region', 'us-east-1', '--model-id', 'anthropic.claude-haiku-4-5-20251001-v1:0', '--api-key', 'ABSKxxxxxxxxxxxxxxxx'],
    { env: { ...process.env, MOCKVIEW_HOME: home, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fakeUrl }, stdio: 'pipe' },
  );
  return home;
}

const QUESTION = 'Tell me about a time you had to change the plan of a project half way through. What did you notice first, and who did you bring in?';
const ANSWER =
  'On the billing migration we found in week three that the old ledger rounded per line, not per invoice. ' +
  'I paused the cut-over, wrote a reconciliation job that compared both systems nightly, and agreed with finance ' +
  'which rounding rule was right. We moved two weeks later with zero disputed invoices, and the job still runs as a guard.';

/**
 * Writes sessions/<id>.json with `total` turns (at least 1): question/answer pairs ending with a
 * candidate answer. Most questions are follow-ups, so the interview is never complete (≤ 26 main
 * questions of 30).
 */
export function writeSession(home, id, total) {
  const history = Math.max(1, total) - 1;
  const at = (i) => new Date(Date.UTC(2026, 0, 1, 9, 0, 0) + i * 30_000).toISOString();
  const turns = [];
  for (let i = 0; i < history; i++) {
    const pair = Math.floor(i / 2);
    const q = Math.floor(pair / 10) + 1;
    if (i % 2 === 0) turns.push({ role: 'interviewer', text: `${QUESTION} (${pair + 1})`, at: at(i), questionNumber: q, ...(pair % 10 ? { followUp: true } : {}) });
    else turns.push({ role: 'candidate', text: ANSWER, at: at(i), questionNumber: q, timing: { thinkMs: 4000, answeringMs: 90_000, words: 60 } });
  }
  const last = Math.floor(history / 20) + 1;
  turns.push({ role: 'candidate', text: `${ANSWER} ${HISTORY_END}`, at: at(history), questionNumber: last });
  const session = {
    version: 1,
    id,
    createdAt: at(0),
    updatedAt: at(history),
    status: 'in-progress',
    setup: { type: 'behavioural', role: 'Backend engineer', level: 'senior', questionCount: 30, language: 'English', modelName: 'B' },
    modelLabel: 'Claude 3.5 Haiku · us-east-1',
    turns,
  };
  fs.mkdirSync(path.join(home, 'sessions'), { recursive: true });
  const file = path.join(home, 'sessions', `${id}.json`);
  fs.writeFileSync(file, `${JSON.stringify(session)}\n`);
  return file;
}

/** The marker of a reply that goes on with the current question of a `writeSession(…, total)` session. */
export const replyMarker = (total) => `[Q${Math.floor((Math.max(1, total) - 1) / 20) + 1}] `;

/** utime + stime of a process, in seconds. */
export function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) / TICKS;
}

/** VmRSS and VmHWM (peak) in MB. */
export function memoryMB(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMB: Math.round(kb('VmRSS') / 102.4) / 10, peakRssMB: Math.round(kb('VmHWM') / 102.4) / 10 };
}

/** The node process `script` started (the shell execs it, so it is script's child). */
function nodeChildOf(scriptPid, needle) {
  let kids = [];
  try {
    kids = fs.readFileSync(`/proc/${scriptPid}/task/${scriptPid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    // no children file: scan /proc for the parent id
    for (const name of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        if (stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1] === String(scriptPid)) kids.push(name);
      } catch {
        // gone
      }
    }
  }
  for (const k of kids) {
    try {
      if (fs.readFileSync(`/proc/${k}/cmdline`, 'utf8').includes(needle)) return Number(k);
    } catch {
      // gone
    }
  }
  return undefined;
}

const count = (haystack, needle) => {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
};

/**
 * Runs `node <script> ...args` under a pseudo-terminal and measures one streamed reply:
 * - the window for bytes and frames opens after `HISTORY_END` is printed and closes when
 *   `doneMarker` appears (plus a short settle);
 * - the window for CPU opens when the fake receives the request and closes at `doneMarker`.
 * Then sends Ctrl+C and waits for the exit.
 */
export function measureReply({ script, args = [], env = {}, fake, doneMarker, columns = 80, rows = 24, timeoutMs = 90_000 }) {
  return new Promise((resolve, reject) => {
    const cmd = [process.execPath, script, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const child = spawn('script', ['-qfec', `stty cols ${columns} rows ${rows}; exec ${cmd}`, '/dev/null'], {
      env: { ...process.env, TERM: 'xterm-256color', CI: undefined, CONTINUOUS_INTEGRATION: undefined, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.on('error', () => {}); // the process may be gone by the time Ctrl+C is sent
    const chunks = [];
    let seen = 0;
    let carry = '';
    let startByte = null;
    let doneByte = null;
    let pid;
    let req = null;
    let done = null;
    let mem = null;
    let endByte = null;
    const fail = (e) => {
      clearTimeout(timer);
      off();
      child.kill('SIGKILL');
      reject(e);
    };
    const timer = setTimeout(() => fail(new Error(`timed out (${startByte === null ? 'no history marker' : req === null ? 'no request' : 'reply never completed'}): ${Buffer.concat(chunks).toString('utf8').slice(-400)}`)), timeoutMs);
    let requests = 0;
    const off = fake.onRequest(() => {
      // One reply is measured: a second request (a re-mark or a corrective regeneration) is a bench fault.
      if (++requests > 1 && !process.env.BENCH_ALLOW_RETRY) return fail(new Error('the app asked the model twice: the window would hold two replies'));
      if (req) return;
      pid = nodeChildOf(child.pid, script);
      if (!pid) return fail(new Error('could not find the node process under script'));
      try {
        req = { at: performance.now(), cpu: cpuSeconds(pid) };
      } catch (e) {
        fail(e);
      }
    });
    child.stdout.on('data', (d) => {
      chunks.push(d);
      const text = carry + d.toString('latin1');
      const base = seen - carry.length;
      seen += d.length;
      if (startByte === null) {
        const i = text.indexOf(HISTORY_END);
        if (i >= 0) startByte = base + i + HISTORY_END.length;
      }
      if (startByte !== null && doneByte === null && req) {
        const i = text.indexOf(doneMarker, Math.max(0, startByte - base));
        if (i >= 0) {
          doneByte = base + i;
          try {
            done = { at: performance.now(), cpu: cpuSeconds(pid) };
            mem = memoryMB(pid);
          } catch (e) {
            return fail(new Error(`the process ended before it could be measured: ${e.message}`));
          }
          setTimeout(() => {
            endByte = seen;
            child.stdin.write('\u0003');
          }, 150);
        }
      }
      carry = text.slice(-64);
    });
    child.on('exit', () => {
      clearTimeout(timer);
      off();
      endByte ??= seen;
      if (!done) return reject(new Error(`exited before the reply completed: ${Buffer.concat(chunks).toString('utf8').slice(-400)}`));
      const all = Buffer.concat(chunks);
      if (process.env.BENCH_DUMP_DIR) fs.writeFileSync(path.join(process.env.BENCH_DUMP_DIR, `${path.basename(script)}-${args.join('_') || 'run'}.out`), all);
      const window = all.subarray(startByte, endByte).toString('latin1');
      const seconds = (done.at - req.at) / 1000;
      resolve({
        bytes: endByte - startByte,
        frames: count(window, BSU) || count(window, `${ERASE_LINE}\u001b[1A${ERASE_LINE}`),
        streamSeconds: seconds,
        cpuSeconds: done.cpu - req.cpu,
        ...mem,
        totalBytes: seen,
      });
    });
  });
}

/**
 * The same reply through the headless CLI (`interview --continue ID --answers FILE`, no terminal):
 * the cost of the request, the SDK's event-stream parsing, the reply parsing and the saves without
 * any rendering. CPU from the request until `doneBytes` of stdout (the whole reply) arrived.
 */
export function measureHeadless({ args, env = {}, fake, doneBytes, timeoutMs = 90_000 }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let req = null;
    let done = null;
    let last = null;
    let seen = 0;
    const sample = () => {
      try {
        return { at: performance.now(), cpu: cpuSeconds(child.pid), ...memoryMB(child.pid) };
      } catch {
        return null; // exited
      }
    };
    // In case the process is gone before the end is seen, the last sample (≤ 50 ms old) stands in.
    const poll = setInterval(() => {
      if (req && !done) last = sample() ?? last;
    }, 50);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error('headless run timed out'));
    }, timeoutMs);
    const off = fake.onRequest(() => {
      req ??= sample();
    });
    child.stdout.on('data', (d) => {
      seen += d.length;
      if (req && !done && seen >= doneBytes) done = sample() ?? last;
    });
    child.on('exit', () => {
      clearTimeout(timer);
      clearInterval(poll);
      off();
      done ??= last;
      if (!req || !done) return reject(new Error('headless run: no request or no end seen'));
      resolve({ streamSeconds: (done.at - req.at) / 1000, cpuSeconds: done.cpu - req.cpu, rssMB: done.rssMB });
    });
  });
}
