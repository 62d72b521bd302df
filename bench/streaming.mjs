// Streaming (SPEC §10): a 2,000-token reply from the fake Bedrock at 100 tokens/s, rendered by the
// real chat screen (`mockview interview --continue ID`, the built binary) in an 80×24 pseudo-terminal,
// with 0 and with 500 history messages before it; against a naive Ink rendering of the same stream
// (bench/naive-chat.tsx: everything in the live tree, setState per token). Per case: terminal bytes
// written per byte of reply text, CPU of the rendering process per second of streaming (/proc), and
// frames written (Ink wraps each in a synchronized-update mark).
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../scripts/node-bundle.mjs';
import fs from 'node:fs';
import path from 'node:path';
import { CLI, makeHome, measureHeadless, measureReply, writeSession } from './chat-run.mjs';
import { CACHE, ROOT, longReplyText, startFake } from './fake.mjs';

const TOKENS = 2000;
const RATE = 100;
const SCENARIO = `long:${TOKENS}:${RATE}`;
const REPLY_BYTES = Buffer.byteLength(longReplyText(TOKENS));

async function withFake(fn) {
  const fake = await startFake(SCENARIO);
  const home = makeHome(fake.url);
  try {
    return await fn(fake, home);
  } finally {
    await fake.stop();
    fs.rmSync(home, { recursive: true, force: true });
  }
}

const appRuns = new Map();
/** The real chat screen on a session with `history` messages before the candidate's answer; memoised (bench/memory.mjs reuses the 500 run). */
export function appRun(history, fresh = false) {
  if (fresh) appRuns.delete(history);
  if (!appRuns.has(history)) {
    appRuns.set(
      history,
      withFake((fake, home) => {
        const id = `bench-${history}`;
        writeSession(home, id, history);
        return measureReply({
          script: CLI,
          args: ['interview', '--continue', id],
          env: { MOCKVIEW_HOME: home, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url },
          fake,
          doneMarker: 'Type your answer',
        });
      }),
    );
  }
  return appRuns.get(history);
}

async function naiveRun(history) {
  const script = path.join(CACHE, 'naive-chat.mjs');
  await build({
    entryPoints: [path.join(ROOT, 'bench/naive-chat.tsx')],
    outfile: script,
    ...NODE_BUNDLE,
    jsx: 'automatic',
  });
  return withFake((fake, home) => {
    const file = writeSession(home, `naive-${history}`, history);
    return measureReply({
      script,
      env: { NAIVE_SESSION: file, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url, NODE_ENV: 'production' },
      fake,
      doneMarker: 'NAIVE-DONE',
    });
  });
}

/** The same reply with no rendering at all: the headless CLI, stdout a pipe. */
function headlessRun() {
  return withFake((fake, home) => {
    writeSession(home, 'headless', 0);
    const answers = path.join(home, 'answers.txt');
    fs.writeFileSync(answers, '');
    return measureHeadless({
      args: ['interview', '--continue', 'headless', '--answers', answers],
      env: { MOCKVIEW_HOME: home, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url },
      fake,
      // 'Interviewer: ' and the reply (trimmed)
      doneBytes: 'Interviewer: '.length + Buffer.byteLength(longReplyText(TOKENS).trim()),
    });
  });
}

const round = (x, d = 2) => Number(x.toFixed(d));
function figures(r) {
  return {
    bytesPerReplyByte: round(r.bytes / REPLY_BYTES),
    cpuPercentOfCore: round((100 * r.cpuSeconds) / r.streamSeconds, 1),
    frames: r.frames,
    framesPerSecond: round(r.frames / r.streamSeconds, 1),
    terminalBytes: r.bytes,
    cpuSeconds: round(r.cpuSeconds),
    streamSeconds: round(r.streamSeconds),
  };
}

/** Two runs of a case, figures averaged (CPU on a busy 2-core machine wobbles by ~10 %). */
function mean(a, b) {
  const out = {};
  for (const k of Object.keys(a)) out[k] = k === 'frames' || k === 'terminalBytes' ? Math.round((a[k] + b[k]) / 2) : round((a[k] + b[k]) / 2, k === 'cpuPercentOfCore' ? 1 : 2);
  return out;
}

export async function run() {
  const naive = figures(await naiveRun(0));
  const headless = await headlessRun();
  // 0, 500, 0, 500: drift hits both alike. The first 500 run is memoised for bench/memory.mjs.
  const first0 = figures(await appRun(0));
  const first500 = figures(await appRun(500));
  const second0 = figures(await appRun(0, true));
  const second500 = figures(await appRun(500, true));
  const app0 = { ...mean(first0, second0), runs: 2 };
  const app500 = { ...mean(first500, second500), runs: 2 };
  const vs = (k) => round(app500[k] / app0[k]);
  const within = { bytesPerReplyByte: vs('bytesPerReplyByte'), cpuPercentOfCore: vs('cpuPercentOfCore'), frames: vs('frames') };
  return {
    reply: { tokens: TOKENS, tokensPerSecond: RATE, bytes: REPLY_BYTES, terminal: '80×24' },
    chatHistory0: app0,
    chatHistory500: app500,
    naiveInkHistory0: naive,
    noRenderingHeadless0: { cpuPercentOfCore: round((100 * headless.cpuSeconds) / headless.streamSeconds, 1), cpuSeconds: round(headless.cpuSeconds), streamSeconds: round(headless.streamSeconds) },
    history500Vs0: within,
    vsNaive: { bytes: round(app0.bytesPerReplyByte / naive.bytesPerReplyByte, 3), cpu: round(app0.cpuPercentOfCore / naive.cpuPercentOfCore) },
    budget: '≤ 4 terminal bytes per reply byte (aim 3); ≤ 15 % of one core (aim 10 %); 500 history within 20 % of 0',
    met: {
      bytes: app0.bytesPerReplyByte <= 4 && app500.bytesPerReplyByte <= 4,
      cpu: app0.cpuPercentOfCore <= 15 && app500.cpuPercentOfCore <= 15,
      history: Math.max(within.bytesPerReplyByte, within.cpuPercentOfCore) <= 1.2,
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run(), null, 2));
