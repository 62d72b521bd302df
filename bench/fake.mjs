// The fake Bedrock (test/fake-bedrock/server.ts) as its own process for the benches, wrapped so it
// also prints `FAKE_REQUEST` the moment a request arrives: that instant starts the streaming window.
import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { NODE_BUNDLE } from '../scripts/node-bundle.mjs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CACHE = path.join(ROOT, 'node_modules/.cache/mockview');

const ENTRY = `
import { parseScenario, startFakeBedrock } from './test/fake-bedrock/server.ts';
// 'text:<tokens>:<rate>': FAKE_BEDROCK_TEXT streamed in <tokens> deltas at <rate> per second.
const spec = process.env.FAKE_BEDROCK_SCENARIO ?? 'normal';
const [kind, tokens, rate] = spec.split(':');
// FAKE_BEDROCK_MARKER: the interviewer's marker the reply starts with, as a model following the
// prompt writes it (an unmarked reply is sent back once to be re-marked: a second reply, not this one).
const marker = process.env.FAKE_BEDROCK_MARKER ?? '';
const longText = (n) => Array.from({ length: n }, (_, i) => (i % 12 === 11 ? 'word.\\n\\n' : i % 2 ? 'answer ' : 'the ')).join('');
const scenario =
  kind === 'text'
    ? { kind: 'normal', text: marker + process.env.FAKE_BEDROCK_TEXT, deltas: Number(tokens) + (marker ? 1 : 0), tokensPerSecond: Number(rate) }
    : kind === 'long' && marker
      ? { kind: 'normal', text: marker + longText(Number(tokens)), deltas: Number(tokens) + 1, tokensPerSecond: Number(rate) }
      : parseScenario(spec, process.env.FAKE_BEDROCK_TEXT);
const fake = await startFakeBedrock({ scenario });
fake.setScenario(() => {
  process.stdout.write('FAKE_REQUEST\\n');
  return scenario;
});
process.stdout.write('FAKE_BEDROCK_URL=' + fake.url + '\\n');
const stop = () => void fake.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
`;

let built;
function bundle() {
  built ??= build({
    stdin: { contents: ENTRY, resolveDir: ROOT, sourcefile: 'bench-fake-entry.mjs', loader: 'ts' },
    outfile: path.join(CACHE, 'bench-fake-bedrock.mjs'),
    ...NODE_BUNDLE,
  }).then(() => path.join(CACHE, 'bench-fake-bedrock.mjs'));
  return built;
}

/**
 * Starts the fake with a FAKE_BEDROCK_SCENARIO spec, e.g. `long:2000:100`, or `text:2000:100` and the
 * text; `marker` (e.g. `[Follow-up] `) starts the reply, as an interviewer's reply starts.
 */
export async function startFake(scenario, text, marker) {
  const script = await bundle();
  const env = { ...process.env, FAKE_BEDROCK_SCENARIO: scenario, ...(text ? { FAKE_BEDROCK_TEXT: text } : {}), ...(marker ? { FAKE_BEDROCK_MARKER: marker } : {}) };
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const listeners = new Set();
  const lines = readline.createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`fake bedrock exited (${code}) before it listened`)));
    lines.on('line', (line) => {
      if (line.startsWith('FAKE_BEDROCK_URL=')) resolve(line.slice('FAKE_BEDROCK_URL='.length));
      else if (line === 'FAKE_REQUEST') for (const l of listeners) l();
    });
  });
  return {
    url,
    /** Calls `fn` on every request until the returned function is called. */
    onRequest(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The reply text of the fake's `long:<tokens>:<rate>` scenario (server.ts builds it the same way). */
export function longReplyText(tokens) {
  return Array.from({ length: tokens }, (_, i) => (i % 12 === 11 ? 'word.\n\n' : i % 2 ? 'answer ' : 'the ')).join('');
}

/**
 * A reply as a model writes it, about 4 bytes per token: long paragraphs, a numbered list, a code
 * block, inline code and bold, repeated to `tokens` tokens' worth of text. It keeps the interviewer's
 * rules (no praise, no model answer: src/interview/rules.ts), or the app would ask for it again.
 */
export function realisticReplyText(tokens) {
  const part = [
    'Thank you, that helps, and I would like to go deeper into how you decided what to measure. When a migration like this one runs for weeks, the signals that matter change as the traffic moves over, so tell me how your **dashboards** and alerts evolved between the first shadow reads and the final cut-over, and who looked at them every day.',
    'Let me also ask about the people side. You mentioned that finance disagreed about the rounding rule; walk me through how that conversation went, what evidence you brought, and what you would do differently if the same disagreement came up again with a tighter deadline and less goodwill on both sides.',
    'Here is what the team that takes this over will ask about:\n\n1. The `p99` latency and error budget of both paths, compared daily.\n2. A reconciliation job with a clear owner and an alert when it drifts.\n3. A rollback plan that was rehearsed, not only written down.\n4. How the decision to pause was communicated to the stakeholders.',
    'For example, a nightly check might look like this:\n\n```ts\nconst drift = await compareLedgers(oldLedger, newLedger, { day });\nif (drift.invoices > 0) {\n  await page(\'billing-oncall\', `ledger drift on ${day}: ${drift.invoices} invoices`);\n}\nmetrics.gauge(\'ledger.drift.invoices\', drift.invoices);\n```',
  ].join('\n\n');
  let text = '';
  while (Buffer.byteLength(text) < tokens * 4) text += (text ? '\n\n' : '') + part;
  return text;
}
