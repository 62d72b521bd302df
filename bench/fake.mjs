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
const scenario = parseScenario(process.env.FAKE_BEDROCK_SCENARIO ?? 'normal', process.env.FAKE_BEDROCK_TEXT);
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

/** Starts the fake with a FAKE_BEDROCK_SCENARIO spec, e.g. `long:2000:100`. */
export async function startFake(scenario) {
  const script = await bundle();
  const child = spawn(process.execPath, [script], { env: { ...process.env, FAKE_BEDROCK_SCENARIO: scenario }, stdio: ['ignore', 'pipe', 'inherit'] });
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
