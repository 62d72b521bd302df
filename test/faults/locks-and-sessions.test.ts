// Locks left by killed processes, a busy store, two runs continuing one session, and a full disk.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBedrock, type FakeBedrock } from '../fake-bedrock/server.js';
import { CLI, ROOT } from '../helpers/build-tools.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/tmp.js';
import { savedSession } from './support.js';
import { waitForDir } from '../helpers/watch.js';

const HAIKU = 'anthropic.claude-haiku-4-5-20251001-v1:0';
const KEY = 'ABSKQmVkcm9ja0FQSUtleS1sb2NrLXRlc3QtMTIzNDU2Nzg5MA';

/** Another process holding `file`'s lock the way mockview does (refreshed every second), released after `holdMs` (never if 0). */
function holdLock(file: string, holdMs: number): Promise<ChildProcess> {
  const script = `
const lockfile = require('proper-lockfile');
lockfile.lock(${JSON.stringify(file)}, { realpath: false, stale: 2000, update: 1000, onCompromised() {} }).then((release) => {
  process.stdout.write('locked\\n');
  if (${holdMs} > 0) setTimeout(() => release().then(() => process.exit(0)), ${holdMs});
  else setInterval(() => {}, 1000);
});`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`lock holder exited ${code}`)));
  });
}

const addModel = (dataDir: string, name: string) => runCli(['models', 'add', '--name', name, '--model-id', HAIKU, '--api-key', KEY], { dataDir });

describe('locks', () => {
  it('a lock left by kill -9 is taken over in about 2 s (not a 5 s wait and a failure)', async () => {
    const dataDir = tempDir();
    expect((await addModel(dataDir, 'first')).code).toBe(0);
    const holder = await holdLock(path.join(dataDir, 'config.json'), 0);
    holder.kill('SIGKILL');
    await new Promise((r) => holder.once('exit', r));
    expect(fs.existsSync(path.join(dataDir, 'config.json.lock'))).toBe(true);
    const start = Date.now();
    const res = await addModel(dataDir, 'second');
    const waited = Date.now() - start;
    expect(res.code, res.stderr).toBe(0);
    // Measured, with a generous bound: stale after 2 s plus start-up; the old behaviour was ~5.7 s and exit 1.
    expect(waited).toBeLessThan(4_500);
    console.info(`stale lock taken over after ${waited} ms`);
  });

  it('a live writer holding the lock is waited for, with progress on stderr', async () => {
    const dataDir = tempDir();
    expect((await addModel(dataDir, 'first')).code).toBe(0);
    const holder = await holdLock(path.join(dataDir, 'config.json'), 2_200);
    const res = await addModel(dataDir, 'second');
    await new Promise((r) => (holder.exitCode !== null ? r(null) : holder.once('exit', r)));
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/waiting for .*config\.json \(\d+ s; another mockview is writing it\)/);
    const names = (JSON.parse((await runCli(['models', 'list', '--json'], { dataDir })).stdout) as { name: string }[]).map((m) => m.name);
    expect(names).toEqual(['first', 'second', 'demo']);
  });
});

describe('one session, one run', () => {
  let fake: FakeBedrock;
  beforeAll(async () => {
    fake = await startFakeBedrock();
  });
  afterAll(() => fake.close());

  it('a second `interview --continue ID` while the first runs is refused; the first keeps its answers', async () => {
    const dataDir = tempDir();
    const env = { AWS_ENDPOINT_URL_BEDROCK_RUNTIME: fake.url };
    expect((await runCli(['models', 'add', '--name', 'M', '--model-id', HAIKU, '--api-key', KEY], { dataDir, env })).code).toBe(0);
    // Slow replies, so the first run is still going when the second starts.
    fake.setScenario({ kind: 'normal', text: '[Q1] Tell me about a time you changed a plan at work.', tokensPerSecond: 6 });
    const answers = path.join(dataDir, 'a.txt');
    fs.writeFileSync(answers, 'First run answer one.\n---\nFirst run answer two.\n');
    const first = runCli(['interview', '--role', 'SRE', '--questions', '3', '--answers', answers], { dataDir, env, timeoutMs: 30_000 });
    // The first run's session file appearing is the event: its name is the session id.
    const id = await waitForDir(path.join(dataDir, 'sessions'), () => fs.readdirSync(path.join(dataDir, 'sessions')).find((f) => /^[\w-]+\.json$/.test(f))?.replace(/\.json$/, ''), 'the first run\'s session', 20_000);
    const listed = JSON.parse((await runCli(['sessions', 'list', '--json'], { dataDir })).stdout || '[]') as { id: string }[];
    expect(listed.map((l) => l.id)).toContain(id);
    const other = path.join(dataDir, 'b.txt');
    fs.writeFileSync(other, 'Second run answer.\n');
    const second = await runCli(['interview', '--continue', id!, '--answers', other], { dataDir, env });
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/session .* is already open in another mockview \(process \d+/);
    const done = await first;
    // Two answers for three questions: the run says so and keeps the session to continue (exit 1).
    expect(done.code, done.stderr).toBe(1);
    expect(done.stderr).toMatch(/ran out of answers/);
    const exported = JSON.parse((await runCli(['sessions', 'export', id!, '--format', 'json'], { dataDir })).stdout) as { turns: { role: string; text: string }[] };
    const answersGiven = exported.turns.filter((t) => t.role === 'candidate').map((t) => t.text);
    expect(answersGiven).toEqual(['First run answer one.', 'First run answer two.']);
    // Once the first run is over, the session can be continued again.
    expect(fs.existsSync(path.join(dataDir, 'sessions', `.${id}.owner`))).toBe(false);
  });
});

describe('disk full', () => {
  it('export to /dev/full: one line, exit 1', async () => {
    const dataDir = tempDir();
    const id = savedSession(dataDir);
    const res = await runCli(['sessions', 'export', id, '--output', '/dev/full'], { dataDir });
    expect(res.code).toBe(1);
    expect(res.stderr.trim()).toBe('mockview: /dev/full: cannot write it (ENOSPC)');
  });

  it('a full data directory: the write fails with a clear line, the file is unchanged, no temp file is left', async (ctx) => {
    if (process.platform !== 'linux' || process.getuid?.() !== 0) return ctx.skip('needs root on Linux to mount a small tmpfs');
    const mount = fs.mkdtempSync(path.join(os.tmpdir(), 'mockview-full-'));
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mount]);
    if (mounted.status !== 0) {
      fs.rmSync(mount, { recursive: true, force: true });
      return ctx.skip(`cannot mount tmpfs here: ${mounted.stderr.toString().trim()}`);
    }
    try {
      const dataDir = path.join(mount, 'data');
      expect((await addModel(dataDir, 'first')).code).toBe(0);
      const before = fs.readFileSync(path.join(dataDir, 'config.json'));
      // Fill the filesystem.
      try {
        fs.writeFileSync(path.join(mount, 'filler'), Buffer.alloc(1024 * 1024));
      } catch {
        // ENOSPC: full, as wanted.
      }
      const res = await addModel(dataDir, 'second');
      expect(res.code).toBe(1);
      expect(res.stderr).toMatch(/config\.json: cannot save it \(ENOSPC\)/);
      expect(fs.readFileSync(path.join(dataDir, 'config.json')).equals(before)).toBe(true);
      expect(fs.readdirSync(dataDir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    } finally {
      spawnSync('umount', [mount]);
      fs.rmSync(mount, { recursive: true, force: true });
    }
  });
});
void CLI;
