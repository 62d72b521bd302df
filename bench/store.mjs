// Store: saving one interview turn with 1 and with 1,000 stored sessions, and listing sessions at
// app start with 1,000 of them.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function loadStore() {
  const out = path.join(ROOT, 'node_modules/.cache/mockview/bench-store.mjs');
  await build({ entryPoints: [path.join(ROOT, 'src/store/index.ts')], outfile: out, bundle: true, format: 'esm', platform: 'node', packages: 'external', logLevel: 'error' });
  return import(pathToFileURL(out).href);
}

function session(id, turns) {
  return {
    version: 1,
    id,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, 0) + Number(id.replace(/\D/g, '')) * 1000).toISOString(),
    updatedAt: new Date().toISOString(),
    status: 'finished',
    setup: { type: 'behavioural', role: 'Backend engineer', level: 'senior', questionCount: 8, language: 'English', modelName: 'demo' },
    modelLabel: 'Offline demo',
    turns: Array.from({ length: turns }, (_, i) => ({
      role: i % 2 ? 'candidate' : 'interviewer',
      text: 'A realistic answer about a billing migration, its rollout and what we measured. '.repeat(4),
      at: new Date().toISOString(),
      questionNumber: Math.floor(i / 2) + 1,
    })),
  };
}

function timeSaves(store, s, n = 200) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    s.turns.push({ role: 'candidate', text: `turn ${i}`, at: new Date().toISOString() });
    store.saveSession(s);
  }
  return Number(process.hrtime.bigint() - t0) / 1e6 / n;
}

export async function benchStore() {
  const { openStore } = await loadStore();
  const one = fs.mkdtempSync(path.join(os.tmpdir(), 'mockview-bench-'));
  const many = fs.mkdtempSync(path.join(os.tmpdir(), 'mockview-bench-'));
  const s1 = openStore({ dataDir: one });
  s1.saveSession(session('s0', 16));
  const sN = openStore({ dataDir: many });
  for (let i = 0; i < 1000; i++) sN.saveSession(session(`s${i}`, 16));
  const saveOneMs = timeSaves(s1, session('live', 16));
  const saveManyMs = timeSaves(sN, session('live', 16));
  const fresh = openStore({ dataDir: many });
  const t0 = process.hrtime.bigint();
  const listed = fresh.listSessions().length;
  const listMs = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.rmSync(one, { recursive: true, force: true });
  fs.rmSync(many, { recursive: true, force: true });
  return {
    saveTurnWith1SessionMs: Number(saveOneMs.toFixed(3)),
    saveTurnWith1000SessionsMs: Number(saveManyMs.toFixed(3)),
    ratio: Number((saveManyMs / saveOneMs).toFixed(2)),
    listSessionsAtStartWith1000Ms: Math.round(listMs),
    sessionsListed: listed,
    budget: 'save with 1,000 sessions within 2× of 1',
  };
}
