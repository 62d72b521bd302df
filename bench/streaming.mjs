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
import { CLI, makeHome, measureHeadless, measureReply, replyMarker, writeSession } from './chat-run.mjs';
import { CACHE, ROOT, longReplyText, realisticReplyText, startFake } from './fake.mjs';

const TOKENS = 2000;
const RATE = 100;
/** The two replies: the fake's word pattern (a paragraph every 12 tokens: the worst case for rows moving), and a model-like one. */
export const REPLIES = {
  bench: { scenario: `long:${TOKENS}:${RATE}`, text: undefined, bytes: Buffer.byteLength(longReplyText(TOKENS)) },
  realistic: { scenario: `text:${TOKENS}:${RATE}`, text: realisticReplyText(TOKENS), bytes: Buffer.byteLength(realisticReplyText(TOKENS)) },
};
export const SIZES = [
  { columns: 80, rows: 24 },
  { columns: 200, rows: 50 },
];
const REPLY_BYTES = REPLIES.bench.bytes;

/**
 * The fake streams `reply`, marked as a continuation of the session's current question (`[Qn]`,
 * chat-run.mjs): an unmarked reply is sent back once to be re-marked, and the window would then
 * hold two replies (measureReply now fails on a second request).
 */
async function withFake(fn, reply = REPLIES.bench, history = 0) {
  const fake = await startFake(reply.scenario, reply.text, replyMarker(history));
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
export function appRun(history, { reply = 'bench', columns = 80, rows = 24 } = {}) {
  const key = `${history}:${reply}:${columns}x${rows}`;
  if (!appRuns.has(key)) {
    appRuns.set(
      key,
      withFake((fake, home) => {
        const id = `bench-${history}`;
        writeSession(home, id, history);
        return measureReply({
          script: CLI,
          args: ['interview', '--continue', id],
          env: { MOCKVIEW_HOME: home, AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url },
          fake,
          doneMarker: 'Type your answer',
          columns,
          rows,
        });
      }, REPLIES[reply], history),
    );
  }
  return appRuns.get(key);
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
  }, REPLIES.bench, history);
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
function figures(r, replyBytes = REPLY_BYTES) {
  return {
    bytesPerReplyByte: round(r.bytes / replyBytes),
    cpuPercentOfCore: round((100 * r.cpuSeconds) / r.streamSeconds, 1),
    frames: r.frames,
    framesPerSecond: round(r.frames / r.streamSeconds, 1),
    terminalBytes: r.bytes,
    cpuSeconds: round(r.cpuSeconds),
    streamSeconds: round(r.streamSeconds),
    rssMB: r.rssMB,
  };
}

export async function run() {
  const naive = figures(await naiveRun(0));
  const headless = await headlessRun();
  // Every case side by side in one run: two sizes × two replies × 0 and 500 earlier messages.
  const cases = [];
  for (const size of SIZES) {
    for (const reply of Object.keys(REPLIES)) {
      for (const history of [0, 500]) {
        const r = figures(await appRun(history, { reply, ...size }), REPLIES[reply].bytes);
        cases.push({ terminal: `${size.columns}×${size.rows}`, reply, history, ...r });
      }
    }
  }
  const worstBytes = Math.max(...cases.map((c) => c.bytesPerReplyByte));
  const worstCpu = Math.max(...cases.map((c) => c.cpuPercentOfCore));
  const at80 = cases.filter((c) => c.terminal === '80×24' && c.reply === 'bench');
  const within = {
    bytesPerReplyByte: round(at80[1].bytesPerReplyByte / at80[0].bytesPerReplyByte),
    cpuPercentOfCore: round(at80[1].cpuPercentOfCore / at80[0].cpuPercentOfCore),
  };
  return {
    reply: { tokens: TOKENS, tokensPerSecond: RATE, benchBytes: REPLIES.bench.bytes, realisticBytes: REPLIES.realistic.bytes },
    cases,
    naiveInkHistory0: naive,
    noRenderingHeadless0: { cpuPercentOfCore: round((100 * headless.cpuSeconds) / headless.streamSeconds, 1), cpuSeconds: round(headless.cpuSeconds), streamSeconds: round(headless.streamSeconds) },
    history500Vs0: within,
    budget: '≤ 4 terminal bytes per reply byte (aim 3) in every case; ≤ 10 % of one core at 100 tokens/s',
    met: { bytes: worstBytes <= 4, cpu: worstCpu <= 10, history: Math.max(within.bytesPerReplyByte, within.cpuPercentOfCore) <= 1.2 },
    worst: { bytesPerReplyByte: worstBytes, cpuPercentOfCore: worstCpu },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify(await run(), null, 2));
