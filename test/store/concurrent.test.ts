// Two (here three) real mockview processes writing the same store at once lose nothing. There is no
// TypeScript runner, so the store is bundled with esbuild into a temp dir inside the project (where
// node_modules still resolve) and each writer is a plain node process.
import { build } from 'esbuild';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { model, tempDir } from './support.js';
import { NODE_BUNDLE } from '../helpers/build-tools.js';

const OUT = path.join(import.meta.dirname, `.tmp-${process.pid}`);
const WRITER = path.join(OUT, 'writer.mjs');
const MODELS_EACH = 20;
const LOGS_EACH = 30;

beforeAll(async () => {
  await build({
    entryPoints: [path.join(import.meta.dirname, '../../src/store/index.ts')],
    outfile: path.join(OUT, 'store.mjs'),
    ...NODE_BUNDLE,
  });
  const template = model('TEMPLATE');
  fs.writeFileSync(
    WRITER,
    `import { openStore } from './store.mjs';
const [dir, who] = process.argv.slice(2);
const store = openStore({ dataDir: dir });
const template = ${JSON.stringify(template)};
// Interleaved, so both files are contended at the same time.
for (let i = 0; i < ${LOGS_EACH}; i++) {
  if (i < ${MODELS_EACH}) store.addModel({ ...template, name: who + '-' + i });
  store.appendLog({ level: 'info', kind: 'store', message: who + ' ' + i });
}
`,
  );
});

afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));

function run(dir: string, who: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dir, who], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('several processes at once', () => {
  it('lose none of each other’s models or log entries', async () => {
    const dir = tempDir();
    const writers = ['a', 'b', 'c'];
    const results = await Promise.all(writers.map((who) => run(dir, who)));
    for (const r of results) expect(r, r.stderr).toMatchObject({ code: 0 });

    const store = openStore({ dataDir: dir });
    const names = store.listModels().filter((m) => m.provider === 'bedrock').map((m) => m.name);
    expect(names).toHaveLength(writers.length * MODELS_EACH);
    for (const who of writers) {
      for (let i = 0; i < MODELS_EACH; i++) expect(names).toContain(`${who}-${i}`);
    }
    const messages = store.listLogs().map((l) => l.message);
    expect(messages).toHaveLength(writers.length * LOGS_EACH);
    for (const who of writers) {
      // Each writer's entries are all there, in the order it wrote them.
      const own = messages.filter((m) => m.startsWith(`${who} `)).reverse();
      expect(own).toEqual(Array.from({ length: LOGS_EACH }, (_, i) => `${who} ${i}`));
    }
    // The first model added by anyone became the default; no locks or temp files are left behind.
    expect(names).toContain(store.settings().defaultModel);
    expect(fs.readdirSync(dir).sort()).toEqual(['config.json', 'logs.json']);
  });
});
